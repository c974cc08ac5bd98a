import { randomUUID } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import { z } from 'zod';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import {
  type CommandResult,
  type TelematicsCommand,
  type TelematicsProvider,
  type TelemetryReport,
  type TelemetryState,
  VEHICLE_ACTIONS,
  type VehicleAction,
} from './telematics.provider.js';

/*
 * The MQTT contract (docs/telematics.md is the vendor-facing description of the same):
 *   daakey/<agency code>/vehicles/<device id>/commands   server -> unit, QoS 1, not retained
 *   daakey/<agency code>/vehicles/<device id>/acks       unit -> server, QoS 1
 *   daakey/<agency code>/vehicles/<device id>/telemetry  unit -> server, QoS 1, on change and every 30 s
 */

export const TOPIC_ROOT = 'daakey';
export type TopicKind = 'commands' | 'acks' | 'telemetry';

/** A topic level may not be empty nor hold MQTT's separators and wildcards. */
const SEGMENT = /^[^/+#\s]+$/;

export function unitTopic(agencyCode: string, deviceId: string, kind: TopicKind): string {
  if (!SEGMENT.test(agencyCode) || !SEGMENT.test(deviceId))
    throw new Error(`Agency code and device id must be valid MQTT topic levels (got ${agencyCode}/${deviceId})`);
  return `${TOPIC_ROOT}/${agencyCode}/vehicles/${deviceId}/${kind}`;
}

export function parseTopic(topic: string): { agencyCode: string; deviceId: string; kind: TopicKind } | undefined {
  const m = /^daakey\/([^/]+)\/vehicles\/([^/]+)\/(commands|acks|telemetry)$/.exec(topic);
  return m ? { agencyCode: m[1]!, deviceId: m[2]!, kind: m[3] as TopicKind } : undefined;
}

const door = z.enum(['open', 'closed']);

/** TelemetryState on the wire (the same field names and units). */
export const telemetryStateSchema = z.object({
  is_locked: z.boolean(),
  driving_enabled: z.boolean(),
  is_engine_running: z.boolean(),
  fuel_level: z.number().min(0).max(100).nullable(),
  mileage: z.number().min(0),
  battery_voltage: z.number().min(0).max(100).nullable(),
  doors: z.object({ front_left: door, front_right: door, rear_left: door, rear_right: door, trunk: door }),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  signal_strength: z.enum(['strong', 'medium', 'weak']).nullable(),
});

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

/** Server -> unit. The unit must ignore a command whose expires_at has passed (the server gave up on it). */
export const commandMessageSchema = z.object({
  command_id: z.string().min(1).max(64),
  action: z.enum(VEHICLE_ACTIONS),
  issued_at: isoDate,
  expires_at: isoDate,
});
export type CommandMessage = z.infer<typeof commandMessageSchema>;

/** Unit -> server, once per command id. `state` (recommended) is the unit's state after the command. */
export const ackMessageSchema = z.object({
  command_id: z.string().min(1).max(64),
  status: z.enum(['ok', 'rejected']),
  message: z.string().max(255).optional(),
  at: isoDate.optional(),
  state: telemetryStateSchema.optional(),
});
export type AckMessage = z.infer<typeof ackMessageSchema>;

/** Unit -> server: the state fields plus the unit's time of the reading. */
export const telemetryMessageSchema = telemetryStateSchema.extend({ reported_at: isoDate });
export type TelemetryMessage = z.infer<typeof telemetryMessageSchema>;

export interface MqttOptions {
  url: string;
  /**
   * Telemetry is taken through the MQTT shared subscription `$share/<group>/...`: the broker hands each
   * report to one instance of the group, so a deployment stores it once. Default `daakey`.
   */
  shareGroup?: string;
  /** How long one connection attempt may take (ms). */
  connectTimeoutMs?: number;
  /** Pause between reconnection attempts (ms). */
  reconnectMs?: number;
}

interface Pending {
  agencyCode: string;
  deviceId: string;
  action: VehicleAction;
  settle(result: CommandResult): void;
}

/** The telemetry filter of a share group: one instance of the group receives each report. */
export function sharedTelemetryFilter(group: string): string {
  if (!SEGMENT.test(group)) throw new Error(`The MQTT share group must be a valid topic level (got ${group})`);
  return `$share/${group}/${TOPIC_ROOT}/+/vehicles/+/telemetry`;
}

/**
 * Real units over MQTT (TELEMATICS_DRIVER=mqtt). One connection per process, reconnecting on its own.
 * It subscribes to every unit's acks (each instance: the acks of its own commands come back to it) and,
 * through a shared subscription, to their telemetry (one instance per report). A command is published at
 * QoS 1 and waits for the acknowledgement that echoes its id, until its deadline. While the broker is
 * unreachable, commands fail at once with `offline` (never hang, never crash the process).
 */
export class MqttTelematicsProvider implements TelematicsProvider {
  readonly name = 'mqtt' as const;
  private client: MqttClient | undefined;
  /** Connected and subscribed: commands can be sent and their acks will be seen. */
  private ready = false;
  /** Settles when the first connection attempt succeeded or failed (a command sent during it waits). */
  private firstAttempt: Promise<void> = Promise.resolve();
  private readonly pending = new Map<string, Pending>();
  private onTelemetry: ((report: TelemetryReport) => Promise<void>) | undefined;

  constructor(
    private readonly options: MqttOptions,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async start(onTelemetry: (report: TelemetryReport) => Promise<void>): Promise<void> {
    if (this.client) return;
    this.onTelemetry = onTelemetry;
    let settleFirst!: () => void;
    this.firstAttempt = new Promise<void>((resolve) => (settleFirst = resolve));
    const client = mqtt.connect(this.options.url, {
      clientId: `daakey-api-${randomUUID()}`,
      clean: true,
      connectTimeout: this.options.connectTimeoutMs ?? 3000,
      reconnectPeriod: this.options.reconnectMs ?? 1000,
      resubscribe: false, // we subscribe on every connect ourselves and know when it is done
    });
    this.client = client;
    client.on('connect', () => {
      const filters = [`${TOPIC_ROOT}/+/vehicles/+/acks`, sharedTelemetryFilter(this.options.shareGroup ?? 'daakey')];
      client.subscribe(filters, { qos: 1 }, (err) => {
        if (err) this.logger.warn({ error: err.message }, 'mqtt subscribe failed');
        else {
          this.ready = true;
          this.logger.info({ url: redactUrl(this.options.url) }, 'mqtt telematics connected');
        }
        settleFirst();
      });
    });
    client.on('close', () => {
      if (this.ready) this.logger.warn('mqtt telematics connection lost; reconnecting');
      this.ready = false;
      settleFirst();
    });
    client.on('error', (err) => {
      // Broker down, refused, bad credentials: commands answer offline meanwhile; the client retries.
      this.logger.warn({ error: err.message }, 'mqtt telematics error');
      settleFirst();
    });
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
  }

  async send(command: TelematicsCommand): Promise<CommandResult> {
    const client = this.client;
    if (!client) return { ok: false, reason: 'offline', message: 'The MQTT connection is not started' };
    if (!this.ready) await this.firstAttempt;
    if (!this.ready) return { ok: false, reason: 'offline', message: 'The MQTT broker is unreachable' };
    let topic: string;
    try {
      topic = unitTopic(command.agencyCode, command.deviceId, 'commands');
    } catch (err) {
      return { ok: false, reason: 'offline', message: (err as Error).message };
    }
    const now = this.clock.now();
    const remaining = command.deadline.getTime() - now.getTime();
    if (remaining <= 0) return { ok: false, reason: 'timeout', message: 'The deadline passed before sending' };
    const message: CommandMessage = {
      command_id: command.commandId,
      action: command.action,
      issued_at: now.toISOString(),
      expires_at: command.deadline.toISOString(),
    };
    return new Promise<CommandResult>((resolve) => {
      let done = false;
      /** The broker acknowledged the publish (PUBACK): mqtt.js no longer holds it for re-sending. */
      let delivered = false;
      const published = (err?: Error) => {
        if (err) settle({ ok: false, reason: 'offline', message: `Publishing failed: ${err.message}` });
        else delivered = true;
      };
      const timer = setTimeout(
        () => settle({ ok: false, reason: 'timeout', message: `No acknowledgement within ${remaining} ms` }),
        remaining,
      );
      const settle = (result: CommandResult) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.pending.delete(command.commandId);
        // mqtt.js re-sends an unacknowledged QoS 1 publish after a reconnect: a command already reported
        // as failed must not reach the unit later, so it leaves the outgoing store.
        if (!result.ok && !delivered) dropOutgoing(client, published);
        resolve(result);
      };
      this.pending.set(command.commandId, {
        agencyCode: command.agencyCode,
        deviceId: command.deviceId,
        action: command.action,
        settle,
      });
      client.publish(topic, JSON.stringify(message), { qos: 1, retain: false }, published);
    });
  }

  private onMessage(topic: string, payload: Buffer): void {
    const address = parseTopic(topic);
    if (!address) return;
    let json: unknown;
    try {
      json = JSON.parse(payload.toString('utf8'));
    } catch {
      this.logger.warn({ topic }, 'mqtt: payload is not JSON; dropped');
      return;
    }
    if (address.kind === 'acks') this.onAck(address, json);
    else if (address.kind === 'telemetry') this.onTelemetryMessage(address, json, topic);
  }

  private onAck(address: { agencyCode: string; deviceId: string }, json: unknown): void {
    const parsed = ackMessageSchema.safeParse(json);
    if (!parsed.success) {
      this.logger.warn({ device: address.deviceId, agency: address.agencyCode }, 'mqtt: malformed ack; dropped');
      return;
    }
    const ack = parsed.data;
    const p = this.pending.get(ack.command_id);
    // Only the unit the command went to may acknowledge it; unknown ids (late, or another instance's) are ignored.
    if (!p || p.agencyCode !== address.agencyCode || p.deviceId !== address.deviceId) return;
    if (ack.status === 'ok') {
      const at = ack.at ? new Date(ack.at) : this.clock.now();
      p.settle({ ok: true, at, state: ack.state as TelemetryState | undefined });
    } else {
      p.settle({ ok: false, reason: 'rejected', message: ack.message ?? 'The unit rejected the command' });
    }
  }

  private onTelemetryMessage(address: { agencyCode: string; deviceId: string }, json: unknown, topic: string): void {
    const parsed = telemetryMessageSchema.safeParse(json);
    if (!parsed.success) {
      this.logger.warn({ topic }, 'mqtt: malformed telemetry; dropped');
      return;
    }
    const { reported_at, ...state } = parsed.data;
    const report: TelemetryReport = { ...address, state, reportedAt: new Date(reported_at) };
    void this.onTelemetry?.(report).catch((err: Error) =>
      this.logger.warn({ error: err.message, topic }, 'mqtt: storing telemetry failed'),
    );
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.ready = false;
    // Every waiter is answered now (offline), and its publish leaves mqtt.js's outgoing store.
    for (const p of [...this.pending.values()])
      p.settle({ ok: false, reason: 'offline', message: 'The MQTT connection is closing' });
    if (client) await client.endAsync(true).catch(() => {});
  }
}

/** Removes a QoS 1 publish, found by its callback, from the client's outgoing store (never re-sent). */
function dropOutgoing(client: MqttClient, callback: (err?: Error) => void): void {
  for (const [messageId, entry] of Object.entries(client.outgoing)) {
    if (entry.cb === callback) client.removeOutgoingMessage(Number(messageId));
  }
}

/** A broker URL without its password, for logs. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'mqtt://?';
  }
}
