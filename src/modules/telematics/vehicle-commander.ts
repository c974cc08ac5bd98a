import type { CommandActor } from '../../db/schema.js';
import type { TelemetryState, VehicleAction } from '../../providers/telematics/telematics.provider.js';
import type { Agency } from '../agencies/agencies.service.js';

/** What other modules (bookings' end/return) use to drive a vehicle; implemented by VehicleControlService. */
export interface CommandOptions {
  actor: { type: CommandActor; id: number | null };
  bookingId?: number | null;
  /** A retried request with the same key gets the first outcome instead of a second command. */
  idempotencyKey?: string;
}

export interface CommandOutcome {
  vehicleId: number;
  action: VehicleAction;
  status: 'completed';
  /** When the unit confirmed it. */
  timestamp: Date;
}

export interface TelemetrySnapshot {
  state: TelemetryState;
  reportedAt: Date;
  lastSeenAt: Date;
}

export interface VehicleCommander {
  /**
   * Send one command to the vehicle (commands to one vehicle run one at a time) and record it.
   * Throws AppError VEHICLE_DID_NOT_RESPOND (503, data {vehicle_id, action, status: "failed", reason,
   * retry_after}) when the unit is unreachable or silent; VEHICLE_NOT_FOUND for another agency's vehicle.
   */
  run(agency: Agency, vehicleId: number, action: VehicleAction, options: CommandOptions): Promise<CommandOutcome>;
  /** The last telemetry the vehicle pushed (never polls the unit). */
  snapshot(agency: Agency, vehicleId: number): Promise<TelemetrySnapshot | null>;
}
