/**
 * Bench fixtures for the fleet and bookings: a small agency (3 stations, 10 vehicles, a client with
 * 10 past bookings) and a large one (500 stations spread over a country, 5,000 vehicles, a client
 * with 1,000 past bookings), written with set-based SQL so setup takes seconds.
 */
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Deps } from '../src/deps.js';
import type { Agency } from '../src/modules/agencies/agencies.service.js';
import { inspectUpload } from '../src/modules/files/file-inspection.js';

export interface BenchFleet {
  agency: Agency;
  secretKey: string;
  token: string;
  clientId: number;
  paymentMethodId: number;
  /** A station near the query point and one of its vehicles. */
  vehicleId: number;
  /** Vehicles POST /bookings may cycle through. */
  vehicleIds: number[];
  latitude: number;
  longitude: number;
}

const CENTER = { latitude: 25.2, longitude: 55.27 };

export async function benchFleet(
  deps: Deps,
  label: string,
  size: { stations: number; vehiclesPerStation: number; pastBookings: number },
): Promise<BenchFleet> {
  const code = `BENCH${label}${Date.now().toString(36).toUpperCase()}`;
  const { agency, secretKey } = await deps.agencies.create({ code, name: `Bench ${label}` });
  const db = deps.database.db;
  // Stations on a grid about 11 km apart around the centre (the first one at the centre), so a 10 km
  // radius always finds a handful whatever the fleet's size.
  const side = Math.ceil(Math.sqrt(size.stations));
  await db.execute(sql`
    INSERT INTO stations (agency_id, name, address, latitude, longitude, images, operating_hours, amenities, created_at, updated_at)
    SELECT ${agency.id}, 'Station ' || g, g || ' Bench Road',
           ${CENTER.latitude} + ((g - 1) / ${side}) * 0.1, ${CENTER.longitude} + ((g - 1) % ${side}) * 0.1,
           '["https://cdn.example.com/stations/1.jpg"]'::jsonb,
           '{"monday": "06:00-22:00", "tuesday": "06:00-22:00"}'::jsonb, '["parking", "charging"]'::jsonb, now(), now()
    FROM generate_series(1, ${size.stations}) g`);
  await db.execute(sql`
    INSERT INTO vehicles (agency_id, station_id, plate_number, brand, model, year, color, category, seats, fuel_type,
                          transmission, hourly_rate_minor, daily_rate_minor, features, images, telematics_device_id,
                          created_at, updated_at)
    SELECT ${agency.id}, s.id, 'B' || s.id || '-' || k, 'Toyota', 'Corolla', 2024, 'White', 'sedan', 5, 'petrol',
           'automatic', 1500, 8000, '["Bluetooth"]'::jsonb, '["https://cdn.example.com/vehicles/1.jpg"]'::jsonb,
           'DEV-' || s.id || '-' || k, now(), now()
    FROM stations s CROSS JOIN generate_series(1, ${size.vehiclesPerStation}) k
    WHERE s.agency_id = ${agency.id}`);
  const vehicleRows = (await db.execute(sql`
    SELECT v.id FROM vehicles v JOIN stations s ON s.id = v.station_id
    WHERE v.agency_id = ${agency.id} ORDER BY s.id, v.id LIMIT 50`)) as unknown as { rows: { id: number }[] };
  const vehicleIds = rowsOf<{ id: number }>(vehicleRows).map((r) => Number(r.id));

  const { client, token } = await deps.auth.register(agency, {
    name: 'Bench Driver',
    email: `driver-${code.toLowerCase()}@example.com`,
    phone: '+15550100300',
    password: 'bench-password-1',
  });
  await db.execute(
    sql`UPDATE clients SET phone_verified_at = now(), email_verified_at = now() WHERE id = ${client.id}`,
  );
  const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#3366cc' } })
    .jpeg()
    .toBuffer();
  const expires = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  for (const type of agency.settings.documents.required) {
    await deps.documents.upload(agency, client, { type, expiresAt: expires, file: await inspectUpload(photo) });
    await deps.documents.review(agency, client.id, type, { approve: true, number: 'B1234567' });
  }
  const card = await deps.paymentMethods.add(agency, client, 'pm_card_visa', false);
  // Past trips, spread over the vehicles and the last few years (completed: they hold no car).
  await db.execute(sql`
    INSERT INTO bookings (agency_id, client_id, vehicle_id, pickup_station_id, dropoff_station_id, payment_method_id,
                          reference, status, start_at, end_at, blocked_until, actual_start, actual_end, currency,
                          hourly_rate_minor, daily_rate_minor, hours, subtotal_minor, tax_minor, payment_status,
                          created_at, updated_at)
    SELECT ${agency.id}, ${client.id}, v.id, v.station_id, v.station_id, ${card.id},
           'BK-2025-' || lpad(g::text, 5, '0'), 'completed',
           now() - (g || ' days')::interval, now() - (g || ' days')::interval + interval '8 hours',
           now() - (g || ' days')::interval + interval '8 hours',
           now() - (g || ' days')::interval, now() - (g || ' days')::interval + interval '8 hours', ${agency.currency},
           1500, 8000, 8, 12000, 1200, 'paid', now() - (g || ' days')::interval, now() - (g || ' days')::interval
    FROM generate_series(1, ${size.pastBookings}) g
    JOIN LATERAL (SELECT id, station_id FROM vehicles WHERE agency_id = ${agency.id}
                  ORDER BY id OFFSET (g % ${Math.min(50, size.stations * size.vehiclesPerStation)}) LIMIT 1) v ON true`);
  // A production table is vacuumed and analyzed by autovacuum; a freshly bulk-loaded one is not
  // until autovacuum wakes up, which would land in the middle of a measurement. Do it now.
  for (const table of ['stations', 'vehicles', 'bookings']) await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
  return {
    agency,
    secretKey,
    token,
    clientId: client.id,
    paymentMethodId: card.id,
    vehicleId: vehicleIds[0]!,
    vehicleIds,
    latitude: CENTER.latitude + 0.01,
    longitude: CENTER.longitude + 0.01,
  };
}

/** node-postgres and PGlite both answer `{rows}`. */
function rowsOf<T>(result: { rows: T[] }): T[] {
  return result.rows;
}
