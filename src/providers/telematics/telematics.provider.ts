/**
 * The telematics boundary: one interface for every kind of in-car unit. Daakey sends a command with an
 * id and a deadline and waits for the unit's acknowledgement of that id; units also push telemetry
 * (their state) whenever it changes or on a heartbeat, which we store as the vehicle's last snapshot.
 * The topic and payload contract for MQTT units is in docs/telematics.md.
 */

export const VEHICLE_ACTIONS = [
  'lock',
  'unlock',
  'enable-driving',
  'disable-driving',
  'unlock-and-enable-driving',
  'lock-and-disable-driving',
] as const;
export type VehicleAction = (typeof VEHICLE_ACTIONS)[number];

export type DoorState = 'open' | 'closed';

/** What a unit reports about its vehicle (stored as vehicle_telemetry.state). */
export interface TelemetryState {
  is_locked: boolean;
  /** The immobilizer: false means the engine cannot be started. */
  driving_enabled: boolean;
  is_engine_running: boolean;
  /** Percent of tank (or of battery for an electric car). */
  fuel_level: number | null;
  /** Odometer, km. */
  mileage: number;
  /** 12 V battery, volts. */
  battery_voltage: number | null;
  doors: {
    front_left: DoorState;
    front_right: DoorState;
    rear_left: DoorState;
    rear_right: DoorState;
    trunk: DoorState;
  };
  latitude: number | null;
  longitude: number | null;
  signal_strength: 'strong' | 'medium' | 'weak' | null;
}

/** Addresses a unit: the agency's code and the unit's device id (vehicles.telematics_device_id). */
export interface UnitAddress {
  agencyCode: string;
  deviceId: string;
}

export interface TelematicsCommand extends UnitAddress {
  /** Unique id the unit echoes in its acknowledgement (a UUID). */
  commandId: string;
  action: VehicleAction;
  /** Give up waiting at this instant. */
  deadline: Date;
}

export type CommandFailure =
  /** No acknowledgement before the deadline. */
  | 'timeout'
  /** The unit is known to be unreachable (the broker or the simulator says so). */
  | 'offline'
  /** The unit answered that it could not do it (e.g. a door is open for a lock). */
  | 'rejected';

export type CommandResult =
  { ok: true; at: Date; state?: TelemetryState } | { ok: false; reason: CommandFailure; message: string };

export interface TelemetryReport extends UnitAddress {
  state: TelemetryState;
  /** The unit's own time for the reading. */
  reportedAt: Date;
}

export interface TelematicsProvider {
  readonly name: 'simulator' | 'mqtt';
  /** Begin receiving telemetry (called once at start). */
  start(onTelemetry: (report: TelemetryReport) => Promise<void>): Promise<void>;
  /** Send a command and wait for its acknowledgement or the deadline. Device trouble is a result, never a throw. */
  send(command: TelematicsCommand): Promise<CommandResult>;
  close(): Promise<void>;
}
