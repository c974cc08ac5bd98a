import { and, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/client.js';
import { agencies, simulatorUnits, stations, vehicles, vehicleTelemetry } from '../../db/schema.js';
import type { Clock } from '../../lib/clock.js';
import type {
  CommandResult,
  TelematicsCommand,
  TelematicsProvider,
  TelemetryReport,
  TelemetryState,
  VehicleAction,
} from './telematics.provider.js';

export interface SimulatorOptions {
  /** Simulated radio round trip per command (SIMULATOR_LATENCY_MS). */
  latencyMs: number;
  /** Share of commands the unit never answers (SIMULATOR_FAILURE_RATE, 0..1): they time out. */
  failureRate: number;
  /** How often online units count as heard from (a real unit's telemetry heartbeat); 0 disables it. */
  heartbeatMs?: number;
  /** Source of randomness for the failure share (tests pass a fixed one). */
  random?: () => number;
}

/** What each action does to a unit's state. Disabling driving also stops the engine. */
export const ACTION_EFFECTS: Record<VehicleAction, Partial<TelemetryState>> = {
  lock: { is_locked: true },
  unlock: { is_locked: false },
  'enable-driving': { driving_enabled: true },
  'disable-driving': { driving_enabled: false, is_engine_running: false },
  'unlock-and-enable-driving': { is_locked: false, driving_enabled: true },
  'lock-and-disable-driving': { is_locked: true, driving_enabled: false, is_engine_running: false },
};

/**
 * A new unit's state: locked, immobilized, engine off, doors closed, at its station, with a plausible
 * fuel level (55-95 %) and odometer (8,000-68,000 km) derived from the vehicle id (stable across runs).
 */
export function initialUnitState(vehicleId: number, position: { latitude: number; longitude: number }): TelemetryState {
  return {
    is_locked: true,
    driving_enabled: false,
    is_engine_running: false,
    fuel_level: 55 + ((vehicleId * 37) % 41),
    mileage: 8000 + ((vehicleId * 7919) % 60_000),
    battery_voltage: 12.6,
    doors: { front_left: 'closed', front_right: 'closed', rear_left: 'closed', rear_right: 'closed', trunk: 'closed' },
    latitude: position.latitude,
    longitude: position.longitude,
    signal_strength: 'strong',
  };
}

interface UnitVehicle {
  vehicleId: number;
  agencyId: number;
  latitude: number;
  longitude: number;
}

const vehicleColumns = {
  vehicleId: vehicles.id,
  agencyId: vehicles.agencyId,
  latitude: stations.latitude,
  longitude: stations.longitude,
};

/** The unit row for a vehicle, created with its initial state when it does not exist yet. */
async function ensureUnit(
  q: Queryable,
  v: UnitVehicle,
  now: Date,
): Promise<{ online: boolean; state: TelemetryState }> {
  await q
    .insert(simulatorUnits)
    .values({
      vehicleId: v.vehicleId,
      agencyId: v.agencyId,
      state: initialUnitState(v.vehicleId, v) as unknown as Record<string, unknown>,
      online: true,
      updatedAt: now,
    })
    .onConflictDoNothing();
  const rows = await q
    .select({ online: simulatorUnits.online, state: simulatorUnits.state })
    .from(simulatorUnits)
    .where(eq(simulatorUnits.vehicleId, v.vehicleId));
  return { online: rows[0]!.online, state: rows[0]!.state as unknown as TelemetryState };
}

/**
 * `daakey vehicle:offline`: makes the simulated unit of a vehicle (agency + plate) unreachable, or
 * reachable again. Returns false when the agency has no such vehicle.
 */
export async function setSimulatedUnitOnline(
  db: Db,
  clock: Clock,
  agencyId: number,
  plateNumber: string,
  online: boolean,
): Promise<boolean> {
  const rows = await db
    .select(vehicleColumns)
    .from(vehicles)
    .innerJoin(stations, eq(stations.id, vehicles.stationId))
    .where(and(eq(vehicles.agencyId, agencyId), eq(vehicles.plateNumber, plateNumber)))
    .limit(1);
  const v = rows[0];
  if (!v) return false;
  const now = clock.now();
  await ensureUnit(db, v, now);
  await db.update(simulatorUnits).set({ online, updatedAt: now }).where(eq(simulatorUnits.vehicleId, v.vehicleId));
  return true;
}

/** A simulated unit's stored state and reachability (undefined before its first use). */
export async function simulatedUnit(
  db: Db,
  vehicleId: number,
): Promise<{ online: boolean; state: TelemetryState } | undefined> {
  const rows = await db
    .select({ online: simulatorUnits.online, state: simulatorUnits.state })
    .from(simulatorUnits)
    .where(eq(simulatorUnits.vehicleId, vehicleId));
  const row = rows[0];
  return row ? { online: row.online, state: row.state as unknown as TelemetryState } : undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Virtual in-process telematics units (TELEMATICS_DRIVER=simulator, the default). Each vehicle with a
 * telematics device id has one, created on its first command; its state lives in simulator_units, so
 * every instance and the CLI share it. A command takes `latencyMs`, changes the state and answers with
 * it (the caller stores it as the vehicle's telemetry); an offline unit fails at once with `offline`;
 * `failureRate` of commands get no answer and time out at their deadline.
 */
export class SimulatorTelematicsProvider implements TelematicsProvider {
  readonly name = 'simulator' as const;
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly options: SimulatorOptions,
  ) {}

  async start(_onTelemetry: (report: TelemetryReport) => Promise<void>): Promise<void> {
    // Command answers carry the state, so there is no telemetry to push; but like a real unit's
    // heartbeat, an online unit counts as heard from, so GET /status shows it online while idle.
    const every = this.options.heartbeatMs ?? 30_000;
    if (every > 0 && !this.heartbeat) {
      this.heartbeat = setInterval(() => void this.beat().catch(() => {}), every);
      this.heartbeat.unref();
    }
  }

  /** Marks every online simulated unit's telemetry as seen now (one statement for the whole fleet). */
  async beat(): Promise<void> {
    if (this.closed) return;
    await this.db
      .update(vehicleTelemetry)
      .set({ lastSeenAt: this.clock.now() })
      .where(sql`${vehicleTelemetry.vehicleId} IN (SELECT vehicle_id FROM simulator_units WHERE online)`);
  }

  async send(command: TelematicsCommand): Promise<CommandResult> {
    const found = await this.db
      .select(vehicleColumns)
      .from(vehicles)
      .innerJoin(agencies, eq(agencies.id, vehicles.agencyId))
      .innerJoin(stations, eq(stations.id, vehicles.stationId))
      .where(and(eq(agencies.code, command.agencyCode), eq(vehicles.telematicsDeviceId, command.deviceId)))
      .limit(1);
    const vehicle = found[0];
    if (!vehicle)
      return { ok: false, reason: 'offline', message: `No unit ${command.deviceId} for ${command.agencyCode}` };
    const unit = await ensureUnit(this.db, vehicle, this.clock.now());
    if (!unit.online) return { ok: false, reason: 'offline', message: 'The unit is offline (simulated)' };

    const remaining = command.deadline.getTime() - this.clock.now().getTime();
    const dropped = (this.options.random ?? Math.random)() < this.options.failureRate;
    if (dropped || this.options.latencyMs >= remaining) {
      await sleep(remaining);
      return { ok: false, reason: 'timeout', message: `No acknowledgement within ${Math.max(0, remaining)} ms` };
    }
    await sleep(this.options.latencyMs);

    // One statement: the change applies atomically, and not at all if the unit went offline meanwhile.
    const effect = ACTION_EFFECTS[command.action];
    const now = this.clock.now();
    const updated = await this.db
      .update(simulatorUnits)
      .set({ state: sql`${simulatorUnits.state} || ${JSON.stringify(effect)}::jsonb`, updatedAt: now })
      .where(and(eq(simulatorUnits.vehicleId, vehicle.vehicleId), eq(simulatorUnits.online, true)))
      .returning({ state: simulatorUnits.state });
    const state = updated[0]?.state;
    if (!state) return { ok: false, reason: 'offline', message: 'The unit went offline (simulated)' };
    return { ok: true, at: now, state: state as unknown as TelemetryState };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}
