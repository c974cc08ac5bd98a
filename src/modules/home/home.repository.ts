import { and, asc, eq, getTableName, isNotNull, type SQL, sql } from 'drizzle-orm';
import { preparedFor, type Queryable } from '../../db/client.js';
import { type BookingRow, bookings, stations, type VehicleRow, vehicles } from '../../db/schema.js';
import type { Near } from '../fleet/geo.js';
import { distanceSql } from '../fleet/stations.repository.js';
import { type StatusClock, vehicleStatusSql } from '../fleet/vehicle-status.js';

export interface ActiveBooking {
  booking: Pick<BookingRow, 'id' | 'reference' | 'status' | 'startAt' | 'endAt'>;
  vehicle: Pick<VehicleRow, 'id' | 'plateNumber' | 'brand' | 'model' | 'images'>;
}

export interface NearbyStation {
  id: number;
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  images: string[];
  /** Unrounded km from the point; null without one. */
  distanceKm: number | null;
  availableVehicles: number;
}

export interface FeaturedVehicle extends Pick<
  VehicleRow,
  'id' | 'brand' | 'model' | 'category' | 'images' | 'hourlyRateMinor' | 'dailyRateMinor'
> {
  station: { id: number; name: string };
}

/**
 * A column of the station of the `vehicles` row in scope, as a scalar subquery (a primary-key probe).
 * Table-qualified by hand: drizzle prints bare column names in a query on one table.
 */
function stationColumn(column: 'name' | 'status'): SQL<string> {
  const V = sql.identifier(getTableName(vehicles));
  const own = (c: { name: string }) => sql`${V}.${sql.identifier(c.name)}`;
  return sql<string>`(SELECT fs.${sql.identifier(stations[column].name)} FROM ${stations} fs
    WHERE fs.id = ${own(vehicles.stationId)} AND fs.agency_id = ${own(vehicles.agencyId)})`;
}

/** The client's active booking (the one due back first, should there be two) with its car. */
const activeBooking = preparedFor((q) =>
  q
    .select({
      booking: {
        id: bookings.id,
        reference: bookings.reference,
        status: bookings.status,
        startAt: bookings.startAt,
        endAt: bookings.endAt,
      },
      vehicle: {
        id: vehicles.id,
        plateNumber: vehicles.plateNumber,
        brand: vehicles.brand,
        model: vehicles.model,
        images: vehicles.images,
      },
    })
    .from(bookings)
    .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
    .where(
      and(
        eq(bookings.agencyId, sql.placeholder('agencyId')),
        eq(bookings.clientId, sql.placeholder('clientId')),
        eq(bookings.status, 'active'),
      ),
    )
    .orderBy(asc(bookings.endAt), asc(bookings.id))
    .limit(1)
    .prepare('home_active_booking'),
);

/**
 * The reads of the home feed. Each is one statement whatever the fleet's size; every method takes
 * the agency id.
 */
export class HomeRepository {
  async activeBooking(q: Queryable, agencyId: number, clientId: number): Promise<ActiveBooking | undefined> {
    const rows = await activeBooking(q).execute({ agencyId, clientId });
    return rows[0];
  }

  /**
   * Up to `limit` active stations of the agency: nearest first (no radius: a home screen always has
   * its nearest stations) with a point, else by name. The stations are chosen first and the available
   * vehicles counted for those alone (a lateral count per chosen station, in the same statement).
   */
  async nearbyStations(
    q: Queryable,
    agencyId: number,
    at: StatusClock,
    limit: number,
    near?: Pick<Near, 'latitude' | 'longitude'>,
  ): Promise<NearbyStation[]> {
    const distance = near ? distanceSql(near) : sql<null>`NULL::float8`;
    const chosen = q
      .select({
        id: stations.id,
        name: stations.name,
        address: stations.address,
        latitude: stations.latitude,
        longitude: stations.longitude,
        images: stations.images,
        distanceKm: distance.as('distance_km'),
      })
      .from(stations)
      .where(and(eq(stations.agencyId, agencyId), eq(stations.status, 'active')))
      .orderBy(...(near ? [asc(sql`distance_km`), asc(stations.id)] : [asc(stations.name), asc(stations.id)]))
      .limit(limit)
      .as('chosen');
    const counts = q
      .select({ available: sql<number>`count(*)::int`.as('available_vehicles') })
      .from(vehicles)
      .where(
        and(
          eq(vehicles.agencyId, agencyId),
          eq(vehicles.stationId, chosen.id),
          sql`${vehicleStatusSql(at)} = 'available'`,
        ),
      )
      .as('counts');
    const rows = await q
      .select({
        id: chosen.id,
        name: chosen.name,
        address: chosen.address,
        latitude: chosen.latitude,
        longitude: chosen.longitude,
        images: chosen.images,
        distanceKm: chosen.distanceKm,
        availableVehicles: counts.available,
      })
      .from(chosen)
      .crossJoinLateral(counts)
      .orderBy(...(near ? [asc(chosen.distanceKm), asc(chosen.id)] : [asc(chosen.name), asc(chosen.id)]));
    return rows.map((r) => ({ ...r, distanceKm: near ? Number(r.distanceKm) : null }));
  }

  /**
   * Up to `limit` featured vehicles that can be booked right now: derived status `available` (the fleet's
   * one status expression), a telematics unit (else it could not be unlocked), at an active station.
   *
   * One scan of the agency's featured cars (vehicles_featured_idx) and nothing else: the station is
   * looked up per car by primary key in scalar subqueries rather than joined, because the planner
   * cannot estimate the status condition and, guessing that almost no car passes it, otherwise joins
   * every station against every featured car (0.1 s with 500 of each). For the same reason it probes
   * the status of every featured car before taking the first ten: the cost follows how many cars the
   * agency features (a hand-picked few), not the size of its fleet.
   */
  async featuredVehicles(q: Queryable, agencyId: number, at: StatusClock, limit: number): Promise<FeaturedVehicle[]> {
    const rows = await q
      .select({
        id: vehicles.id,
        brand: vehicles.brand,
        model: vehicles.model,
        category: vehicles.category,
        images: vehicles.images,
        hourlyRateMinor: vehicles.hourlyRateMinor,
        dailyRateMinor: vehicles.dailyRateMinor,
        stationId: vehicles.stationId,
        stationName: stationColumn('name'),
      })
      .from(vehicles)
      .where(
        and(
          eq(vehicles.agencyId, agencyId),
          eq(vehicles.featured, true),
          isNotNull(vehicles.telematicsDeviceId),
          sql`${stationColumn('status')} = 'active'`,
          sql`${vehicleStatusSql(at)} = 'available'`,
        ),
      )
      .orderBy(asc(vehicles.id))
      .limit(limit);
    return rows.map(({ stationId, stationName, ...v }) => ({ ...v, station: { id: stationId, name: stationName } }));
  }
}
