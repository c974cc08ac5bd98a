import { getTableName, type SQL, sql } from 'drizzle-orm';
import { bookings, type BookingStatus, vehicles, type VehicleStatus } from '../../db/schema.js';
import type { Agency } from '../agencies/agencies.service.js';

/**
 * A vehicle's status is derived when it is read, never stored, so it cannot go stale. This file is
 * the one definition; every read (station counts, lists, details) selects `vehicleStatusSql`, so two
 * screens can never disagree about a car.
 *
 * - `maintenance`: the vehicle's maintenance flag is set;
 * - `in_use`: a booking of it is active;
 * - `booked`: a booking that holds it (pending or upcoming) has reached its pickup window
 *   (start_at - pickup_window_minutes <= now);
 * - otherwise `available`.
 */

/** Booking statuses that hold a car (the same set as the bookings_no_overlap exclusion constraint). */
export const HOLDING_STATUSES = ['pending', 'upcoming', 'active'] as const satisfies readonly BookingStatus[];

/** `'pending', 'upcoming', 'active'` for SQL text (constants only, never input). */
const HOLDING_SQL = sql.raw(HOLDING_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * The vehicle row in scope, always table-qualified: drizzle prints bare column names in a query on one
 * table, and a bare "id" inside the bookings subqueries below would mean the booking's id.
 */
const V = sql.identifier(getTableName(vehicles));
const vehicleId = sql`${V}.${sql.identifier(vehicles.id.name)}`;
const vehicleMaintenance = sql`${V}.${sql.identifier(vehicles.maintenance.name)}`;

export const VEHICLE_STATUSES = [
  'available',
  'booked',
  'in_use',
  'maintenance',
] as const satisfies readonly VehicleStatus[];

/** The instant inputs of the status at `now` for an agency: a booking starting before `dueBefore` makes the car booked. */
export interface StatusClock {
  dueBefore: Date;
}

export function statusClock(agency: Pick<Agency, 'settings'>, now: Date): StatusClock {
  return { dueBefore: new Date(now.getTime() + agency.settings.pickup_window_minutes * 60_000) };
}

/**
 * The status of the `vehicles` row in scope, as an SQL expression. One index probe per vehicle on
 * bookings_vehicle_idx (vehicle_id, start_at) over holding bookings only, whatever the booking history.
 */
export function vehicleStatusSql(at: StatusClock): SQL<VehicleStatus> {
  const dueBefore = at.dueBefore.toISOString();
  return sql<VehicleStatus>`(CASE WHEN ${vehicleMaintenance} THEN 'maintenance' ELSE COALESCE((
    SELECT CASE WHEN hb.status = 'active' THEN 'in_use' ELSE 'booked' END
    FROM ${bookings} hb
    WHERE hb.vehicle_id = ${vehicleId}
      AND hb.status IN (${HOLDING_SQL})
      AND (hb.status = 'active' OR hb.start_at <= ${dueBefore}::timestamptz)
    ORDER BY (hb.status = 'active') DESC
    LIMIT 1), 'available') END)`;
}

/**
 * True when no booking holds the `vehicles` row in scope during [start, blockedUntil): the window a
 * new booking from start to end would hold (blockedUntil = end + the agency's turnaround). Existing
 * bookings hold [start_at, blocked_until), exactly what the exclusion constraint compares.
 */
export function freeDuringSql(start: Date, blockedUntil: Date): SQL<boolean> {
  return sql<boolean>`NOT EXISTS (
    SELECT 1 FROM ${bookings} ob
    WHERE ob.vehicle_id = ${vehicleId}
      AND ob.status IN (${HOLDING_SQL})
      AND ob.start_at < ${blockedUntil.toISOString()}::timestamptz
      AND ob.blocked_until > ${start.toISOString()}::timestamptz)`;
}
