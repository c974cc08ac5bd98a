import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { BookingAccess, ControlGrant } from './booking-access.js';

/**
 * Who may drive which car right now, read straight from the bookings table: the client's active
 * booking of the vehicle, or its upcoming one inside the agency's pickup window.
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
      SELECT id, status FROM bookings
      WHERE agency_id = ${agency.id} AND client_id = ${clientId} AND vehicle_id = ${vehicleId}
        AND (
          status = 'active'
          OR (status = 'upcoming'
              AND start_at - make_interval(mins => ${windowMinutes}::int) <= ${now.toISOString()}::timestamptz
              AND ${now.toISOString()}::timestamptz < end_at)
        )
      ORDER BY (status = 'active') DESC, start_at
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
    // Conditional: only an upcoming booking moves, so a second unlock (or the lifecycle worker) is a no-op.
    await this.db.execute(sql`
      UPDATE bookings
      SET status = 'active', actual_start = ${now.toISOString()}::timestamptz,
          start_mileage = COALESCE(start_mileage, ${mileage === null ? null : Math.round(mileage)}::int),
          updated_at = ${now.toISOString()}::timestamptz
      WHERE id = ${bookingId} AND agency_id = ${agency.id} AND status = 'upcoming'`);
  }
}

/** node-postgres returns {rows}; PGlite's drizzle driver too. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
