import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import {
  stations,
  type VehicleCategory,
  type VehicleRow,
  type VehicleStatus,
  vehicles,
  vehicleTelemetry,
} from '../../db/schema.js';
import { freeDuringSql, type StatusClock, vehicleStatusSql } from './vehicle-status.js';

export type VehicleWithStatus = VehicleRow & { status: VehicleStatus };

export interface VehicleListRow extends VehicleWithStatus {
  stationName: string;
}

export interface VehicleDetailRow extends VehicleWithStatus {
  station: { id: number; name: string; address: string; latitude: number; longitude: number };
  /** vehicle_telemetry.state (TelemetryState), or null when the unit never reported. */
  telemetry: Record<string, unknown> | null;
}

export interface VehicleSearch {
  stationId?: number;
  category?: VehicleCategory;
  /** Only vehicles no booking holds during [start, blockedUntil). */
  freeDuring?: { start: Date; blockedUntil: Date };
  limit: number;
  offset: number;
}

export type NewVehicle = Omit<typeof vehicles.$inferInsert, 'id' | 'agencyId' | 'createdAt' | 'updatedAt'>;

/** Every method takes the agency: another agency's vehicle does not exist here. */
export class VehiclesRepository {
  /** All vehicles at a station, with their status (maintenance ones included: they are there). */
  async atStation(q: Queryable, agencyId: number, stationId: number, at: StatusClock): Promise<VehicleWithStatus[]> {
    const rows = await q
      .select({ vehicle: vehicles, status: vehicleStatusSql(at) })
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, agencyId), eq(vehicles.stationId, stationId)))
      .orderBy(asc(vehicles.id));
    return rows.map((r) => ({ ...r.vehicle, status: r.status }));
  }

  /**
   * Bookable vehicles: not in maintenance, at an active station of the agency, filtered; featured
   * first, then by id. One page and the total of all matches.
   */
  async search(
    q: Queryable,
    agencyId: number,
    s: VehicleSearch,
    at: StatusClock,
  ): Promise<{ rows: VehicleListRow[]; total: number }> {
    const where = and(
      eq(vehicles.agencyId, agencyId),
      eq(vehicles.maintenance, false),
      // A car without a telematics unit could never be unlocked nor returned: not bookable.
      isNotNull(vehicles.telematicsDeviceId),
      eq(stations.status, 'active'),
      s.stationId !== undefined ? eq(vehicles.stationId, s.stationId) : undefined,
      s.category !== undefined ? eq(vehicles.category, s.category) : undefined,
      s.freeDuring ? freeDuringSql(s.freeDuring.start, s.freeDuring.blockedUntil) : undefined,
    );
    // The page is chosen first and the status computed for its rows only (not for every match).
    const page = q
      .select({ id: vehicles.id, total: sql<number>`(count(*) OVER ())::int`.as('total') })
      .from(vehicles)
      .innerJoin(stations, and(eq(stations.agencyId, vehicles.agencyId), eq(stations.id, vehicles.stationId)))
      .where(where)
      .orderBy(desc(vehicles.featured), asc(vehicles.id))
      .limit(s.limit)
      .offset(s.offset)
      .as('page');
    const rows = await q
      .select({ vehicle: vehicles, status: vehicleStatusSql(at), stationName: stations.name, total: page.total })
      .from(page)
      .innerJoin(vehicles, eq(vehicles.id, page.id))
      .innerJoin(stations, eq(stations.id, vehicles.stationId))
      .orderBy(desc(vehicles.featured), asc(vehicles.id));
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && s.offset > 0) {
      // A page past the end: the window count had no row to ride on.
      const counted = await q
        .select({ n: sql<number>`count(*)::int` })
        .from(vehicles)
        .innerJoin(stations, and(eq(stations.agencyId, vehicles.agencyId), eq(stations.id, vehicles.stationId)))
        .where(where);
      total = counted[0]?.n ?? 0;
    }
    return {
      rows: rows.map((r) => ({ ...r.vehicle, status: r.status, stationName: r.stationName })),
      total,
    };
  }

  /**
   * One vehicle of the agency with its station and last telemetry, whatever its status or its
   * station's (a car in maintenance is still shown; a booking may link to any car).
   */
  async findDetail(q: Queryable, agencyId: number, id: number, at: StatusClock): Promise<VehicleDetailRow | undefined> {
    const rows = await q
      .select({
        vehicle: vehicles,
        status: vehicleStatusSql(at),
        station: {
          id: stations.id,
          name: stations.name,
          address: stations.address,
          latitude: stations.latitude,
          longitude: stations.longitude,
        },
        telemetry: vehicleTelemetry.state,
      })
      .from(vehicles)
      .innerJoin(stations, and(eq(stations.agencyId, vehicles.agencyId), eq(stations.id, vehicles.stationId)))
      .leftJoin(
        vehicleTelemetry,
        and(eq(vehicleTelemetry.agencyId, vehicles.agencyId), eq(vehicleTelemetry.vehicleId, vehicles.id)),
      )
      .where(and(eq(vehicles.agencyId, agencyId), eq(vehicles.id, id)))
      .limit(1);
    const r = rows[0];
    return r ? { ...r.vehicle, status: r.status, station: r.station, telemetry: r.telemetry } : undefined;
  }

  async findByPlate(q: Queryable, agencyId: number, plate: string): Promise<VehicleRow | undefined> {
    const rows = await q
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, agencyId), eq(vehicles.plateNumber, plate)))
      .limit(1);
    return rows[0];
  }

  async findByPlates(q: Queryable, agencyId: number, plates: string[]): Promise<VehicleRow[]> {
    if (plates.length === 0) return [];
    return q
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, agencyId), inArray(vehicles.plateNumber, plates)));
  }

  /** Vehicles holding any of these telematics device ids (a device belongs to one vehicle per agency). */
  async findByDevices(q: Queryable, agencyId: number, deviceIds: string[]): Promise<VehicleRow[]> {
    if (deviceIds.length === 0) return [];
    return q
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, agencyId), inArray(vehicles.telematicsDeviceId, deviceIds)));
  }

  async insert(q: Queryable, agencyId: number, values: NewVehicle, now: Date): Promise<VehicleRow> {
    const rows = await q
      .insert(vehicles)
      .values({ ...values, agencyId, createdAt: now, updatedAt: now })
      .returning();
    return rows[0]!;
  }

  async update(q: Queryable, agencyId: number, id: number, values: Partial<NewVehicle>, now: Date): Promise<void> {
    await q
      .update(vehicles)
      .set({ ...values, updatedAt: now })
      .where(and(eq(vehicles.agencyId, agencyId), eq(vehicles.id, id)));
  }
}
