import { randomUUID } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import {
  type AckMessage,
  commandMessageSchema,
  type TelemetryMessage,
  unitTopic,
} from '../../providers/telematics/mqtt.telematics.js';
import { ACTION_EFFECTS } from '../../providers/telematics/simulator.telematics.js';
import type { TelemetryState, VehicleAction } from '../../providers/telematics/telematics.provider.js';

export interface AgentOptions {
  /** Broker URL, e.g. mqtt://127.0.0.1:1883. */
  url: string;
  agencyCode: string;
  deviceId: string;
  /** Telemetry is pushed on every change and at least this often (ms). Default 30 s. */
  heartbeatMs?: number;
  /** The unit's state at start (defaults: locked, immobilized, 80 % fuel, 15,000 km, no position). */
  initialState?: Partial<TelemetryState>;
  /** Reconnect pause (ms). */
  reconnectMs?: number;
  /** Progress lines (the CLI prints them). */
  log?: (line: string) => void;
}

export function defaultAgentState(): TelemetryState {
  return {
    is_locked: true,
    driving_enabled: false,
    is_engine_running: false,
    fuel_level: 80,
    mileage: 15_000,
    battery_voltage: 12.6,
    doors: { front_left: 'closed', front_right: 'closed', rear_left: 'closed', rear_right: 'closed', trunk: 'closed' },
    latitude: null,
    longitude: null,
    signal_strength: 'strong',
  };
}

/** How many recent command ids are remembered, so a QoS 1 redelivery is acknowledged again, not redone. */
const REMEMBERED_COMMANDS = 256;

/**
 * A stand-alone telematics unit speaking the MQTT contract (docs/telematics.md): it obeys commands and
 * keeps its own state, acknowledges each command id, and pushes telemetry on every change and on a
 * heartbeat. `daakey vehicle:agent` runs one; tests run it in-process.
 */
export class VehicleAgent {
  private client: MqttClient | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private current: TelemetryState;
  private readonly answered = new Map<string, AckMessage>();
  /** Commands obeyed (not counting redeliveries or expired ones). */
  handled = 0;

  constructor(private readonly options: AgentOptions) {
    this.current = { ...defaultAgentState(), ...options.initialState };
  }

  get state(): TelemetryState {
    return structuredClone(this.current);
  }

  get connected(): boolean {
    return this.client?.connected ?? false;
  }

  private topic(kind: 'commands' | 'acks' | 'telemetry'): string {
    return unitTopic(this.options.agencyCode, this.options.deviceId, kind);
  }

  /** Connects, subscribes to its command topic and pushes its state; resolves once subscribed. */
  async start(): Promise<void> {
    if (this.client) return;
    const client = mqtt.connect(this.options.url, {
      clientId: `daakey-unit-${this.options.deviceId}-${randomUUID().slice(0, 8)}`,
      // A unit that was away must not obey commands queued while it was: it starts a clean session.
      clean: true,
      reconnectPeriod: this.options.reconnectMs ?? 1000,
      resubscribe: false,
    });
    this.client = client;
    let first = true;
    await new Promise<void>((resolve, reject) => {
      client.on('connect', () => {
        client.subscribe(this.topic('commands'), { qos: 1 }, (err) => {
          if (err) {
            if (first) reject(err);
            return;
          }
          this.options.log?.(
            `Unit ${this.options.deviceId} of ${this.options.agencyCode} listening on ${this.topic('commands')}`,
          );
          void this.publishTelemetry();
          if (first) {
            first = false;
            resolve();
          }
        });
      });
      client.on('error', (err) => {
        this.options.log?.(`MQTT error: ${err.message}`);
      });
      client.on('message', (_topic, payload) => void this.onCommand(payload));
    });
    const every = this.options.heartbeatMs ?? 30_000;
    if (every > 0) this.heartbeat = setInterval(() => void this.publishTelemetry(), every);
  }

  /** Changes the state as if the car did it (driving, a door opening) and pushes telemetry. */
  async update(change: Partial<TelemetryState>): Promise<void> {
    this.current = { ...this.current, ...change };
    await this.publishTelemetry();
  }

  async publishTelemetry(): Promise<void> {
    const client = this.client;
    if (!client?.connected) return;
    const message: TelemetryMessage = { ...this.current, reported_at: new Date().toISOString() };
    await client.publishAsync(this.topic('telemetry'), JSON.stringify(message), { qos: 1 }).catch(() => {});
  }

  private async onCommand(payload: Buffer): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(payload.toString('utf8'));
    } catch {
      return;
    }
    const parsed = commandMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const command = parsed.data;
    const seen = this.answered.get(command.command_id);
    if (seen) {
      await this.publishAck(seen);
      return;
    }
    // The server has given up on an expired command: obeying it now (an unlock an hour late) would be wrong.
    if (Date.parse(command.expires_at) <= Date.now()) {
      this.options.log?.(`Ignored expired command ${command.command_id} (${command.action})`);
      return;
    }
    const ack = this.apply(command.command_id, command.action);
    this.answered.set(command.command_id, ack);
    if (this.answered.size > REMEMBERED_COMMANDS) this.answered.delete(this.answered.keys().next().value!);
    await this.publishAck(ack);
    if (ack.status === 'ok') await this.publishTelemetry();
    this.options.log?.(`${command.action}: ${ack.status}${ack.message ? ` (${ack.message})` : ''}`);
  }

  private apply(commandId: string, action: VehicleAction): AckMessage {
    const effect = ACTION_EFFECTS[action];
    const at = new Date().toISOString();
    if (effect.is_locked === true && Object.values(this.current.doors).includes('open'))
      return { command_id: commandId, status: 'rejected', message: 'A door is open', at };
    this.current = { ...this.current, ...effect };
    this.handled += 1;
    return { command_id: commandId, status: 'ok', at, state: this.state };
  }

  private async publishAck(ack: AckMessage): Promise<void> {
    await this.client?.publishAsync(this.topic('acks'), JSON.stringify(ack), { qos: 1 }).catch(() => {});
  }

  /** Stops the heartbeat and disconnects (the unit goes silent: commands to it time out). */
  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    const client = this.client;
    this.client = undefined;
    if (client) await client.endAsync(true).catch(() => {});
  }
}
