import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { agencies, type FuelType, stations, type VehicleStatus, vehicles, vehicleTelemetry } from '../../db/schema.js';
import type { TelemetryState } from '../../providers/telematics/telematics.provider.js';
import type { Agency } from '../agencies/agencies.service.js';
import { statusClock, vehicleStatusSql } from '../fleet/vehicle-status.js';

export interface StoredTelemetry {
  state: TelemetryState;
  reportedAt: Date;
  lastSeenAt: Date;
}

/** What GET /vehicles/{id}/status is built from: one query, the vehicle, its station and its last telemetry. */
export interface StatusView {
  vehicleId: number;
  fuelType: FuelType;
  /** Derived by the fleet module's one definition (maintenance > in_use > booked > available). */
  status: VehicleStatus;
  station: { latitude: number; longitude: number; address: string };
  telemetry: StoredTelemetry | null;
}

/** The last state each vehicle's unit reported (vehicle_telemetry). */
export class TelemetryRepository {
  /**
   * Stores a report. A report older than the stored one (out of order) does not replace the state, but
   * still counts as a sign of life (last_seen_at only moves forward).
   */
  async upsert(
    q: Queryable,
    r: { vehicleId: number; agencyId: number; state: TelemetryState; reportedAt: Date; lastSeenAt: Date },
  ): Promise<void> {
    await q
      .insert(vehicleTelemetry)
      .values({
        vehicleId: r.vehicleId,
        agencyId: r.agencyId,
        state: r.state as unknown as Record<string, unknown>,
        reportedAt: r.reportedAt,
        lastSeenAt: r.lastSeenAt,
      })
      .onConflictDoUpdate({
        target: vehicleTelemetry.vehicleId,
        set: {
          state: sql`CASE WHEN excluded.reported_at >= ${vehicleTelemetry.reportedAt} THEN excluded.state ELSE ${vehicleTelemetry.state} END`,
          reportedAt: sql`GREATEST(excluded.reported_at, ${vehicleTelemetry.reportedAt})`,
          lastSeenAt: sql`GREATEST(excluded.last_seen_at, ${vehicleTelemetry.lastSeenAt})`,
        },
      });
  }

  /** We heard from the unit (an acknowledgement without a state): only last_seen_at moves. */
  async touch(q: Queryable, vehicleId: number, at: Date): Promise<void> {
    await q
      .update(vehicleTelemetry)
      .set({ lastSeenAt: sql`GREATEST(${vehicleTelemetry.lastSeenAt}, ${at.toISOString()}::timestamptz)` })
      .where(eq(vehicleTelemetry.vehicleId, vehicleId));
  }

  async get(q: Queryable, agencyId: number, vehicleId: number): Promise<StoredTelemetry | null> {
    const rows = await q
      .select({
        state: vehicleTelemetry.state,
        reportedAt: vehicleTelemetry.reportedAt,
        lastSeenAt: vehicleTelemetry.lastSeenAt,
      })
      .from(vehicleTelemetry)
      .where(and(eq(vehicleTelemetry.vehicleId, vehicleId), eq(vehicleTelemetry.agencyId, agencyId)))
      .limit(1);
    const row = rows[0];
    return row
      ? { state: row.state as unknown as TelemetryState, reportedAt: row.reportedAt, lastSeenAt: row.lastSeenAt }
      : null;
  }

  /** The vehicle a unit belongs to: agency code (from the topic) and telematics device id. */
  async vehicleForUnit(
    q: Queryable,
    agencyCode: string,
    deviceId: string,
  ): Promise<{ vehicleId: number; agencyId: number } | undefined> {
    const rows = await q
      .select({ vehicleId: vehicles.id, agencyId: vehicles.agencyId })
      .from(vehicles)
      .innerJoin(agencies, eq(agencies.id, vehicles.agencyId))
      .where(and(eq(agencies.code, agencyCode), eq(vehicles.telematicsDeviceId, deviceId)))
      .limit(1);
    return rows[0];
  }

  async statusView(q: Queryable, agency: Agency, vehicleId: number, now: Date): Promise<StatusView | undefined> {
    const rows = await q
      .select({
        vehicleId: vehicles.id,
        fuelType: vehicles.fuelType,
        status: vehicleStatusSql(statusClock(agency, now)),
        stationLatitude: stations.latitude,
        stationLongitude: stations.longitude,
        stationAddress: stations.address,
        state: vehicleTelemetry.state,
        reportedAt: vehicleTelemetry.reportedAt,
        lastSeenAt: vehicleTelemetry.lastSeenAt,
      })
      .from(vehicles)
      .innerJoin(stations, eq(stations.id, vehicles.stationId))
      .leftJoin(vehicleTelemetry, eq(vehicleTelemetry.vehicleId, vehicles.id))
      .where(and(eq(vehicles.agencyId, agency.id), eq(vehicles.id, vehicleId)))
      .limit(1);
    const row = rows[0];
    if (!row) return undefined;
    return {
      vehicleId: row.vehicleId,
      fuelType: row.fuelType,
      status: row.status,
      station: { latitude: row.stationLatitude, longitude: row.stationLongitude, address: row.stationAddress },
      telemetry:
        row.state && row.reportedAt && row.lastSeenAt
          ? { state: row.state as unknown as TelemetryState, reportedAt: row.reportedAt, lastSeenAt: row.lastSeenAt }
          : null,
    };
  }
}
