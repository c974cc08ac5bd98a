import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { violatedUniqueConstraint } from '../../db/errors.js';
import { type CommandActor, type VehicleCommandRow, vehicles } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import type {
  CommandFailure,
  CommandResult,
  TelematicsProvider,
  TelemetryReport,
  TelemetryState,
  VehicleAction,
} from '../../providers/telematics/telematics.provider.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { BookingAccess } from '../bookings/booking-access.js';
import { CommandsRepository, IDEMPOTENCY_INDEX, ONE_PENDING_INDEX } from './commands.repository.js';
import { type StatusView, TelemetryRepository } from './telemetry.repository.js';
import type { CommandOptions, CommandOutcome, TelemetrySnapshot, VehicleCommander } from './vehicle-commander.js';

/** Seconds the client is told to wait before retrying (data.retry_after and the Retry-After header). */
export const RETRY_AFTER_SECONDS: Record<CommandFailure, number> = { timeout: 10, offline: 30, rejected: 10 };
/** A unit not heard from (telemetry, acknowledgement) for this long shows as offline. */
export const ONLINE_WINDOW_MS = 90_000;
/** A pending command older than its timeout plus this is one whose sender died: it is released. */
export const STALE_GRACE_MS = 30_000;
/** Actions after which the car is open: the first one inside the pickup window starts the booking. */
const UNLOCKING: ReadonlySet<VehicleAction> = new Set(['unlock', 'unlock-and-enable-driving']);
/** The reported position counts as "at the station" (the station's address applies) within this distance. */
const AT_STATION_METERS = 250;
/** Client commands allowed to wait behind the running one for a vehicle (in this process); more: 409 VEHICLE_BUSY. */
export const MAX_WAITING_COMMANDS = 3;
/** A unit's vehicle (agency code + device id) is looked up at most this often per unit for its telemetry. */
const UNIT_CACHE_MS = 60_000;
/** Units remembered at most (the oldest is forgotten first). */
const UNIT_CACHE_MAX = 10_000;

export interface VehicleControlOptions {
  /** How long a command waits for the unit's acknowledgement (TELEMATICS_TIMEOUT_MS). */
  timeoutMs: number;
}

interface QueueOfVehicle {
  tail: Promise<unknown>;
  /** Commands accepted and not finished: the running one and those waiting behind it. */
  size: number;
}

interface ControlledVehicle {
  id: number;
  agencyId: number;
  deviceId: string | null;
}

/** GET /vehicles/{id}/status data (the documented shape, plus telemetry.driving_enabled). */
export interface VehicleStatus {
  vehicle_id: number;
  status: 'available' | 'booked' | 'in_use' | 'maintenance';
  location: { latitude: number; longitude: number; address: string | null; last_update: string | null };
  telemetry: {
    fuel_level: number | null;
    fuel_type: string;
    mileage: number | null;
    battery_voltage: number | null;
    is_locked: boolean | null;
    is_engine_running: boolean | null;
    driving_enabled: boolean | null;
    doors: TelemetryState['doors'] | null;
    last_update: string | null;
  };
  connectivity: {
    status: 'online' | 'offline';
    signal_strength: TelemetryState['signal_strength'];
    last_seen: string | null;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function iso(d: Date | null | undefined): string | null {
  return d ? `${d.toISOString().slice(0, 19)}Z` : null;
}

/** Great-circle distance in metres. */
function metersBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The failure reason stored as "<reason>: <detail>"; an abandoned command reads as a timeout. */
function storedReason(row: VehicleCommandRow): CommandFailure {
  const code = (row.failureReason ?? '').split(':', 1)[0];
  return code === 'offline' || code === 'rejected' ? code : 'timeout';
}

/**
 * Vehicle control: sends commands to a vehicle's telematics unit, one at a time per vehicle, records
 * each in vehicle_commands, and keeps the last telemetry as the vehicle's snapshot.
 *
 * Serialization: an in-process queue per vehicle, and across instances the unique index
 * vehicle_commands_one_pending (one pending row per vehicle): a second sender waits until the first
 * row is settled. No transaction is held open while the unit is being talked to.
 */
export class VehicleControlService implements VehicleCommander {
  private readonly queues = new Map<number, QueueOfVehicle>();
  private readonly units = new Map<string, { unit: { vehicleId: number; agencyId: number }; until: number }>();
  private readonly commands = new CommandsRepository();
  private readonly telemetry = new TelemetryRepository();

  constructor(
    private readonly db: Db,
    private readonly telematics: TelematicsProvider,
    private readonly access: BookingAccess,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: VehicleControlOptions,
  ) {}

  /** Start receiving the units' telemetry (deps.ts calls it once). */
  async start(): Promise<void> {
    await this.telematics.start(async (report) => {
      await this.ingest(report);
    });
  }

  /**
   * A client's command (POST /vehicles/{id}/{action}): allowed under a ControlGrant only (403
   * otherwise); the first successful unlock inside the pickup window starts the booking. More than
   * MAX_WAITING_COMMANDS already waiting for the vehicle: 409 VEHICLE_BUSY at once.
   */
  async control(
    agency: Agency,
    clientId: number,
    vehicleId: number,
    action: VehicleAction,
    idempotencyKey?: string,
  ): Promise<CommandOutcome> {
    const vehicle = await this.vehicleOf(agency, vehicleId);
    const grant = await this.access.controlGrant(agency, clientId, vehicle.id);
    if (!grant) throw new AppError('VEHICLE_ACCESS_DENIED');
    // The unlock, the booking's start and the check after it run as one queued step: no other command
    // to this car comes between the unlock and the lock that may have to undo it.
    return this.serialized(
      vehicle.id,
      async () => {
        const outcome = await this.execute(agency, vehicle, action, {
          actor: { type: 'client', id: clientId },
          bookingId: grant.bookingId,
          idempotencyKey,
        });
        if (!UNLOCKING.has(action)) return outcome;
        if (grant.startsOnUnlock) {
          // Conditional in BookingAccess: only an upcoming booking moves, so a replay or a race is harmless.
          const snap = await this.telemetry.get(this.db, agency.id, vehicle.id);
          await this.access.startOnUnlock(agency, grant.bookingId, snap?.state.mileage ?? null);
        }
        // The booking may have been cancelled (or lost the car) while the unit was unlocking: the car
        // must not stay open for a client who may no longer drive it.
        if (await this.access.controlGrant(agency, clientId, vehicle.id)) return outcome;
        await this.relock(agency, vehicle, grant.bookingId);
        throw new AppError('VEHICLE_ACCESS_DENIED');
      },
      MAX_WAITING_COMMANDS,
    );
  }

  /** Undoes an unlock whose booking lost its access meanwhile (a failure is logged: the car may be open). */
  private async relock(agency: Agency, vehicle: ControlledVehicle, bookingId: number): Promise<void> {
    this.logger.warn(
      { vehicle_id: vehicle.id, booking_id: bookingId },
      'unlocked for a booking that lost access; locking',
    );
    try {
      await this.execute(agency, vehicle, 'lock-and-disable-driving', {
        actor: { type: 'system', id: null },
        bookingId,
      });
    } catch (err) {
      this.logger.error(
        { err, vehicle_id: vehicle.id, booking_id: bookingId },
        'could not lock a car unlocked for a booking that lost access',
      );
    }
  }

  async run(
    agency: Agency,
    vehicleId: number,
    action: VehicleAction,
    options: CommandOptions,
  ): Promise<CommandOutcome> {
    const vehicle = await this.vehicleOf(agency, vehicleId);
    return this.serialized(vehicle.id, () => this.execute(agency, vehicle, action, options));
  }

  async snapshot(agency: Agency, vehicleId: number): Promise<TelemetrySnapshot | null> {
    return this.telemetry.get(this.db, agency.id, vehicleId);
  }

  /** GET /vehicles/{id}/status: only for the client whose booking of the vehicle is active; from stored telemetry. */
  async status(agency: Agency, clientId: number, vehicleId: number): Promise<VehicleStatus> {
    const vehicle = await this.vehicleOf(agency, vehicleId);
    const bookingId = await this.access.activeBookingId(agency, clientId, vehicle.id);
    if (bookingId === null) throw new AppError('VEHICLE_ACCESS_DENIED');
    const now = this.clock.now();
    const view = await this.telemetry.statusView(this.db, agency, vehicle.id, now);
    if (!view) throw new AppError('VEHICLE_NOT_FOUND');
    return toStatus(view, now);
  }

  /** Telemetry a unit pushed: stored as its vehicle's snapshot (units nobody knows are ignored). */
  async ingest(report: TelemetryReport): Promise<boolean> {
    const unit = await this.unitVehicle(report.agencyCode, report.deviceId);
    if (!unit) {
      this.logger.debug({ agency: report.agencyCode, device: report.deviceId }, 'telemetry from an unknown unit');
      return false;
    }
    const now = this.clock.now();
    await this.telemetry.upsert(this.db, {
      vehicleId: unit.vehicleId,
      agencyId: unit.agencyId,
      state: report.state,
      // A unit's clock ahead of ours must not freeze the snapshot: a reading is never later than its arrival.
      reportedAt: report.reportedAt.getTime() > now.getTime() ? now : report.reportedAt,
      lastSeenAt: now,
    });
    return true;
  }

  /** The vehicle of a unit, cached briefly: every unit reports at least every 30 s. */
  private async unitVehicle(
    agencyCode: string,
    deviceId: string,
  ): Promise<{ vehicleId: number; agencyId: number } | undefined> {
    const key = `${agencyCode}/${deviceId}`;
    const now = this.clock.now().getTime();
    const cached = this.units.get(key);
    if (cached && cached.until > now) return cached.unit;
    this.units.delete(key);
    const unit = await this.telemetry.vehicleForUnit(this.db, agencyCode, deviceId);
    if (unit) {
      if (this.units.size >= UNIT_CACHE_MAX) this.units.delete(this.units.keys().next().value!);
      this.units.set(key, { unit, until: now + UNIT_CACHE_MS });
    }
    return unit;
  }

  private async vehicleOf(agency: Agency, vehicleId: number): Promise<ControlledVehicle> {
    // vehicles.id is an int4: a larger id names no vehicle (and must not reach the query as an error).
    if (!Number.isSafeInteger(vehicleId) || vehicleId < 1 || vehicleId > 2_147_483_647)
      throw new AppError('VEHICLE_NOT_FOUND');
    const rows = await this.db
      .select({ id: vehicles.id, agencyId: vehicles.agencyId, deviceId: vehicles.telematicsDeviceId })
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, agency.id), eq(vehicles.id, vehicleId)))
      .limit(1);
    const row = rows[0];
    if (!row) throw new AppError('VEHICLE_NOT_FOUND');
    return row;
  }

  /**
   * Runs `fn` after every earlier command of this process to the same vehicle has finished. With
   * `maxWaiting`, refuses (409 VEHICLE_BUSY) when that many are already waiting behind the running one.
   */
  private serialized<T>(vehicleId: number, fn: () => Promise<T>, maxWaiting = Infinity): Promise<T> {
    const queue = this.queues.get(vehicleId) ?? { tail: Promise.resolve(), size: 0 };
    if (queue.size > maxWaiting) return Promise.reject(new AppError('VEHICLE_BUSY'));
    queue.size += 1;
    this.queues.set(vehicleId, queue);
    const result = queue.tail.then(fn, fn);
    queue.tail = result.then(
      () => {
        this.finished(vehicleId, queue);
      },
      () => {
        this.finished(vehicleId, queue);
      },
    );
    return result;
  }

  private finished(vehicleId: number, queue: QueueOfVehicle): void {
    queue.size -= 1;
    if (queue.size === 0 && this.queues.get(vehicleId) === queue) this.queues.delete(vehicleId);
  }

  private async execute(
    agency: Agency,
    vehicle: ControlledVehicle,
    action: VehicleAction,
    options: CommandOptions,
  ): Promise<CommandOutcome> {
    const key = options.idempotencyKey ?? null;
    const actor = options.actor;
    if (key) {
      const prior = await this.commands.findByKey(this.db, agency.id, actor.type, actor.id, key);
      if (prior && prior.status !== 'pending') return this.replay(prior, vehicle, action, options.bookingId ?? null);
    }
    const claimed = await this.claim(agency, vehicle, action, options.bookingId ?? null, actor, key);
    if ('replay' in claimed) return this.replay(claimed.replay, vehicle, action, options.bookingId ?? null);
    const row = claimed.row;

    const started = performance.now();
    const deadline = new Date(this.clock.now().getTime() + this.options.timeoutMs);
    let result: CommandResult;
    if (!vehicle.deviceId) {
      result = { ok: false, reason: 'offline', message: 'The vehicle has no telematics unit' };
    } else {
      try {
        result = await this.telematics.send({
          agencyCode: agency.code,
          deviceId: vehicle.deviceId,
          commandId: row.commandId,
          action,
          deadline,
        });
      } catch (err) {
        // Drivers report device trouble as results; a throw is a driver fault, still not the client's.
        this.logger.error({ err, vehicle_id: vehicle.id, action }, 'telematics driver threw');
        result = { ok: false, reason: 'offline', message: (err as Error).message };
      }
    }
    const latencyMs = Math.round(performance.now() - started);
    const now = this.clock.now();

    if (result.ok) {
      await this.commands.finish(this.db, row.id, {
        status: 'completed',
        failureReason: null,
        latencyMs,
        completedAt: now,
      });
      if (result.state) {
        await this.telemetry.upsert(this.db, {
          vehicleId: vehicle.id,
          agencyId: vehicle.agencyId,
          state: result.state,
          reportedAt: result.at.getTime() > now.getTime() ? now : result.at,
          lastSeenAt: now,
        });
      } else {
        await this.telemetry.touch(this.db, vehicle.id, now);
      }
      return { vehicleId: vehicle.id, action, status: 'completed', timestamp: now };
    }

    await this.commands.finish(this.db, row.id, {
      status: 'failed',
      failureReason: `${result.reason}: ${result.message}`.slice(0, 255),
      latencyMs,
      completedAt: now,
    });
    this.logger.warn(
      {
        vehicle_id: vehicle.id,
        action,
        command_id: row.commandId,
        reason: result.reason,
        detail: result.message,
        latency_ms: latencyMs,
      },
      'vehicle command failed',
    );
    throw didNotRespond(vehicle.id, action, result.reason);
  }

  /**
   * Inserts the pending row. While another instance's command to this vehicle is pending, waits for it
   * (up to the command timeout plus a margin, then 409 VEHICLE_BUSY); a pending row whose sender died
   * is released once it is older than the timeout plus STALE_GRACE_MS.
   */
  private async claim(
    agency: Agency,
    vehicle: ControlledVehicle,
    action: VehicleAction,
    bookingId: number | null,
    actor: { type: CommandActor; id: number | null },
    key: string | null,
  ): Promise<{ row: VehicleCommandRow } | { replay: VehicleCommandRow }> {
    const giveUpAt = Date.now() + this.options.timeoutMs + 2000;
    let pause = 20;
    for (;;) {
      const now = this.clock.now();
      try {
        const row = await this.commands.insertPending(this.db, {
          agencyId: agency.id,
          vehicleId: vehicle.id,
          bookingId,
          actorType: actor.type,
          actorId: actor.id,
          action,
          commandId: randomUUID(),
          idempotencyKey: key,
          requestedAt: now,
        });
        return { row };
      } catch (err) {
        const index = violatedUniqueConstraint(err);
        if (index === IDEMPOTENCY_INDEX && key) {
          const prior = await this.commands.findByKey(this.db, agency.id, actor.type, actor.id, key);
          if (prior && prior.status !== 'pending') return { replay: prior };
        } else if (index !== ONE_PENDING_INDEX) {
          throw err;
        }
        const released = await this.commands.abandonStale(
          this.db,
          vehicle.id,
          new Date(now.getTime() - this.options.timeoutMs - STALE_GRACE_MS),
          now,
        );
        if (released > 0) continue;
        if (Date.now() >= giveUpAt) throw new AppError('VEHICLE_BUSY');
        await sleep(pause);
        pause = Math.min(pause * 2, 200);
      }
    }
  }

  /**
   * The first outcome of an Idempotency-Key, for a retried request (no second command is sent). The key
   * names one request: the same action on the same vehicle under the same booking, else 422.
   */
  private replay(
    prior: VehicleCommandRow,
    vehicle: ControlledVehicle,
    action: VehicleAction,
    bookingId: number | null,
  ): CommandOutcome {
    if (prior.vehicleId !== vehicle.id || prior.action !== action || prior.bookingId !== bookingId)
      throw AppError.validation({
        idempotency_key: ['The idempotency key has already been used for a different request.'],
      });
    if (prior.status === 'completed')
      return { vehicleId: vehicle.id, action, status: 'completed', timestamp: prior.completedAt ?? prior.requestedAt };
    throw didNotRespond(vehicle.id, action, storedReason(prior));
  }
}

export function didNotRespond(vehicleId: number, action: VehicleAction, reason: CommandFailure): AppError {
  const retryAfter = RETRY_AFTER_SECONDS[reason];
  return new AppError('VEHICLE_DID_NOT_RESPOND', {
    data: { vehicle_id: vehicleId, action, status: 'failed', reason, retry_after: retryAfter },
    headers: { 'retry-after': String(retryAfter) },
  });
}

function toStatus(view: StatusView, now: Date): VehicleStatus {
  const t = view.telemetry;
  const s = t?.state;
  const reported =
    s && s.latitude !== null && s.longitude !== null ? { latitude: s.latitude, longitude: s.longitude } : null;
  const position = reported ?? { latitude: view.station.latitude, longitude: view.station.longitude };
  const atStation = !reported || metersBetween(reported, view.station) <= AT_STATION_METERS;
  const online = t !== null && now.getTime() - t.lastSeenAt.getTime() <= ONLINE_WINDOW_MS;
  return {
    vehicle_id: view.vehicleId,
    status: view.status,
    location: {
      latitude: position.latitude,
      longitude: position.longitude,
      address: atStation ? view.station.address : null,
      last_update: iso(reported ? t?.reportedAt : null),
    },
    telemetry: {
      fuel_level: s?.fuel_level ?? null,
      fuel_type: view.fuelType,
      mileage: s?.mileage ?? null,
      battery_voltage: s?.battery_voltage ?? null,
      is_locked: s?.is_locked ?? null,
      is_engine_running: s?.is_engine_running ?? null,
      driving_enabled: s?.driving_enabled ?? null,
      doors: s?.doors ?? null,
      last_update: iso(t?.reportedAt),
    },
    connectivity: {
      status: online ? 'online' : 'offline',
      signal_strength: online ? (s?.signal_strength ?? null) : null,
      last_seen: iso(t?.lastSeenAt),
    },
  };
}
