import { and, asc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { type StationRow, stations, vehicles } from '../../db/schema.js';
import { boundingBox, EARTH_RADIUS_KM, type Near } from './geo.js';
import { type StatusClock, vehicleStatusSql } from './vehicle-status.js';

export interface StationListRow {
  id: number;
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  images: string[];
  operatingHours: StationRow['operatingHours'];
  amenities: string[];
  /** Unrounded km from the search point; null without one. */
  distanceKm: number | null;
  totalVehicles: number;
  availableVehicles: number;
}

export type NewStation = Omit<typeof stations.$inferInsert, 'id' | 'agencyId' | 'createdAt' | 'updatedAt'>;

/** Haversine distance (km) from a point to the station row in scope; the argument is clamped against rounding. */
export function distanceSql(near: Pick<Near, 'latitude' | 'longitude'>): SQL<number> {
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(${stations.latitude} - ${near.latitude}::float8) / 2), 2)
    + cos(radians(${near.latitude}::float8)) * cos(radians(${stations.latitude}))
      * power(sin(radians(${stations.longitude} - ${near.longitude}::float8) / 2), 2)))))`;
}

/** The box around the search point (stations_geo_idx), before the exact distance decides. */
function insideBox(near: Near): SQL | undefined {
  const box = boundingBox(near);
  const lat = and(gte(stations.latitude, box.latMin), lte(stations.latitude, box.latMax));
  if (!box.lngRanges) return lat;
  return and(lat, or(...box.lngRanges.map(([w, e]) => and(gte(stations.longitude, w), lte(stations.longitude, e)))));
}

/** Every method takes the agency: another agency's station does not exist here. */
export class StationsRepository {
  /**
   * The agency's active stations with their vehicle counts, in one statement: a lateral count per
   * station (vehicles_station_idx) rather than one query per station. With a point, only stations
   * within the radius, nearest first.
   */
  async listActive(q: Queryable, agencyId: number, at: StatusClock, near?: Near): Promise<StationListRow[]> {
    const counts = q
      .select({
        total: sql<number>`count(*)::int`.as('total_vehicles'),
        available: sql<number>`(count(*) FILTER (WHERE ${vehicleStatusSql(at)} = 'available'))::int`.as(
          'available_vehicles',
        ),
      })
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, stations.agencyId), eq(vehicles.stationId, stations.id)))
      .as('counts');
    const distance = near ? distanceSql(near) : sql<null>`NULL::float8`;
    const rows = await q
      .select({
        id: stations.id,
        name: stations.name,
        address: stations.address,
        latitude: stations.latitude,
        longitude: stations.longitude,
        images: stations.images,
        operatingHours: stations.operatingHours,
        amenities: stations.amenities,
        distanceKm: distance.mapWith(Number).as('distance_km'),
        totalVehicles: counts.total,
        availableVehicles: counts.available,
      })
      .from(stations)
      .crossJoinLateral(counts)
      .where(
        and(
          eq(stations.agencyId, agencyId),
          eq(stations.status, 'active'),
          near ? insideBox(near) : undefined,
          near ? sql`${distance} <= ${near.radiusKm}::float8` : undefined,
        ),
      )
      .orderBy(...(near ? [asc(sql`distance_km`), asc(stations.id)] : [asc(stations.id)]));
    return rows.map((r) => ({ ...r, distanceKm: near ? Number(r.distanceKm) : null }));
  }

  /** An active station of the agency (what clients may see). */
  async findActive(q: Queryable, agencyId: number, id: number): Promise<StationRow | undefined> {
    const rows = await q
      .select()
      .from(stations)
      .where(and(eq(stations.agencyId, agencyId), eq(stations.id, id), eq(stations.status, 'active')))
      .limit(1);
    return rows[0];
  }

  async count(q: Queryable, agencyId: number): Promise<number> {
    const rows = await q
      .select({ n: sql<number>`count(*)::int` })
      .from(stations)
      .where(eq(stations.agencyId, agencyId));
    return rows[0]?.n ?? 0;
  }

  /** Stations by exact name (fleet:import matches stations by name), whatever their status. */
  async findByNames(q: Queryable, agencyId: number, names: string[]): Promise<StationRow[]> {
    if (names.length === 0) return [];
    return q
      .select()
      .from(stations)
      .where(and(eq(stations.agencyId, agencyId), inArray(stations.name, names)));
  }

  async insert(q: Queryable, agencyId: number, values: NewStation, now: Date): Promise<StationRow> {
    const rows = await q
      .insert(stations)
      .values({ ...values, agencyId, createdAt: now, updatedAt: now })
      .returning();
    return rows[0]!;
  }

  async update(q: Queryable, agencyId: number, id: number, values: Partial<NewStation>, now: Date): Promise<void> {
    await q
      .update(stations)
      .set({ ...values, updatedAt: now })
      .where(and(eq(stations.agencyId, agencyId), eq(stations.id, id)));
  }
}
