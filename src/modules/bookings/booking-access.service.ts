import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { BookingAccess, ControlGrant } from './booking-access.js';

/**
 * Who may drive which car right now, read straight from the bookings table: the client's active
 * booking of the vehicle, or its upcoming one inside the agency's pickup window while no other booking
 * still holds the car.
 */
export class BookingAccessService implements BookingAccess {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async controlGrant(agency: Agency, clientId: number, vehicleId: number): Promise<ControlGrant | null> {
    const now = this.clock.now();
    const windowMinutes = agency.settings.pickup_window_minutes;
    const rows = await this.db.execute<{ id: string | number; status: string }>(sql`
      SELECT b.id, b.status FROM bookings b
      WHERE b.agency_id = ${agency.id} AND b.client_id = ${clientId} AND b.vehicle_id = ${vehicleId}
        AND (
          b.status = 'active'
          OR (b.status = 'upcoming'
              AND b.start_at - make_interval(mins => ${windowMinutes}::int) <= ${now.toISOString()}::timestamptz
              AND ${now.toISOString()}::timestamptz < b.end_at
              AND NOT ${anotherBookingHoldsTheCar(now)})
        )
      ORDER BY (b.status = 'active') DESC, b.start_at
      LIMIT 1`);
    const row = rowsOf<{ id: string | number; status?: string }>(rows)[0];
    if (!row) return null;
    return { bookingId: Number(row.id), startsOnUnlock: row.status === 'upcoming' };
  }

  async activeBookingId(agency: Agency, clientId: number, vehicleId: number): Promise<number | null> {
    const rows = await this.db.execute<{ id: string | number }>(sql`
      SELECT id FROM bookings
      WHERE agency_id = ${agency.id} AND client_id = ${clientId} AND vehicle_id = ${vehicleId} AND status = 'active'
      ORDER BY start_at DESC
      LIMIT 1`);
    const row = rowsOf<{ id: string | number; status?: string }>(rows)[0];
    return row ? Number(row.id) : null;
  }

  async startOnUnlock(agency: Agency, bookingId: number, mileage: number | null): Promise<void> {
    const now = this.clock.now();
    // Conditional: only an upcoming booking moves, so a second unlock (or the lifecycle worker) is a no-op;
    // and never while another booking still holds the car (two active bookings of one car).
    await this.db.execute(sql`
      UPDATE bookings AS b
      SET status = 'active', actual_start = ${now.toISOString()}::timestamptz,
          start_mileage = COALESCE(b.start_mileage, ${mileage === null ? null : Math.round(mileage)}::int),
          updated_at = ${now.toISOString()}::timestamptz
      WHERE b.id = ${bookingId} AND b.agency_id = ${agency.id} AND b.status = 'upcoming'
        AND NOT ${anotherBookingHoldsTheCar(now)}`);
  }
}

/**
 * True when a booking other than `b` (the outer query's alias) still holds b's car at `now`: one that is
 * active (running, or overdue past b's start), or an earlier one not yet started whose slot
 * [start_at, blocked_until) has not passed. While it does, b's pickup window grants nothing.
 */
function anotherBookingHoldsTheCar(now: Date): SQL {
  return sql`EXISTS (
    SELECT 1 FROM bookings o
    WHERE o.agency_id = b.agency_id AND o.vehicle_id = b.vehicle_id AND o.id <> b.id
      AND (o.status = 'active'
           OR (o.status IN ('pending', 'upcoming') AND o.start_at < b.start_at
               AND o.blocked_until > ${now.toISOString()}::timestamptz)))`;
}

/** node-postgres returns {rows}; PGlite's drizzle driver too. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
