/**
 * Factories for the fleet and bookings: rows written straight to the database (a test's own agency),
 * and a client who meets every booking requirement, set up through the API where the API exists.
 */
import { eq } from 'drizzle-orm';
import {
  type BookingRow,
  type BookingStatus,
  bookings,
  clients,
  type StationRow,
  stations,
  type VehicleRow,
  vehicles,
} from '../../src/db/schema.js';
import { CLIENT, call, registerClient, type TestAgency, type TestApp, uniq } from './app.js';
import { png, uploadDocument } from './uploads.js';

const HOUR = 3_600_000;

export async function createStation(
  t: TestApp,
  agency: TestAgency,
  over: Partial<typeof stations.$inferInsert> = {},
): Promise<StationRow> {
  const now = t.clock.now();
  const [row] = await t.deps.database.db
    .insert(stations)
    .values({
      agencyId: agency.agency.id,
      name: `Station ${uniq()}`,
      address: '123 Main St, New York, NY',
      latitude: 40.7128,
      longitude: -74.006,
      operatingHours: { monday: '06:00-22:00', tuesday: '06:00-22:00' },
      amenities: ['parking'],
      images: [],
      createdAt: now,
      updatedAt: now,
      ...over,
    })
    .returning();
  return row!;
}

export async function createVehicle(
  t: TestApp,
  agency: TestAgency,
  station: StationRow,
  over: Partial<typeof vehicles.$inferInsert> = {},
): Promise<VehicleRow> {
  const now = t.clock.now();
  const tag = uniq();
  const [row] = await t.deps.database.db
    .insert(vehicles)
    .values({
      agencyId: agency.agency.id,
      stationId: station.id,
      plateNumber: `P-${tag}`.slice(0, 32),
      brand: 'Toyota',
      model: 'Corolla',
      year: 2023,
      color: 'White',
      category: 'sedan',
      seats: 5,
      fuelType: 'petrol',
      transmission: 'automatic',
      hourlyRateMinor: 1500,
      dailyRateMinor: 8000,
      features: ['Air Conditioning', 'Bluetooth'],
      images: ['https://cdn.example.com/vehicles/corolla.jpg'],
      telematicsDeviceId: `DEV-${tag}`.slice(0, 64),
      createdAt: now,
      updatedAt: now,
      ...over,
    })
    .returning();
  return row!;
}

/** A booking row as the service would leave it (no payment rows): for tests of what reads bookings. */
export async function insertBooking(
  t: TestApp,
  agency: TestAgency,
  clientId: number,
  vehicle: VehicleRow,
  over: Partial<typeof bookings.$inferInsert> & { status?: BookingStatus; startAt?: Date; endAt?: Date } = {},
): Promise<BookingRow> {
  const now = t.clock.now();
  const startAt = over.startAt ?? new Date(now.getTime() + 2 * HOUR);
  const endAt = over.endAt ?? new Date(startAt.getTime() + 8 * HOUR);
  const [row] = await t.deps.database.db
    .insert(bookings)
    .values({
      agencyId: agency.agency.id,
      clientId,
      vehicleId: vehicle.id,
      pickupStationId: vehicle.stationId,
      dropoffStationId: vehicle.stationId,
      reference: `BK-T-${uniq()}`.slice(0, 16),
      status: 'upcoming',
      blockedUntil: endAt,
      currency: agency.agency.currency,
      hourlyRateMinor: vehicle.hourlyRateMinor,
      dailyRateMinor: vehicle.dailyRateMinor,
      hours: 8,
      subtotalMinor: 12000,
      taxMinor: 1200,
      paymentStatus: 'authorized',
      createdAt: now,
      updatedAt: now,
      ...over,
      startAt,
      endAt,
    })
    .returning();
  return row!;
}

export interface Driver {
  token: string;
  clientId: number;
  email: string;
  phone: string;
  /** The client's default card (payment_methods.id). */
  paymentMethodId: number;
}

/**
 * A client who may book: phone (and email) verified, both licence sides uploaded and approved with an
 * expiry a year out, and a Visa test card saved.
 */
export async function bookableClient(t: TestApp, agency: TestAgency): Promise<Driver> {
  const reg = await registerClient(t, agency);
  const now = t.clock.now();
  await t.deps.database.db
    .update(clients)
    .set({ phoneVerifiedAt: now, emailVerifiedAt: now })
    .where(eq(clients.id, reg.user.id));
  const expires = new Date(now.getTime() + 365 * 24 * HOUR).toISOString().slice(0, 10);
  for (const type of agency.agency.settings.documents.required) {
    const up = await uploadDocument(
      t,
      agency,
      reg.token,
      { type, expires_at: expires },
      { name: 'file', filename: 'licence.png', contentType: 'image/png', bytes: await png() },
    );
    if (up.statusCode !== 201) throw new Error(`upload failed: ${up.statusCode} ${up.body}`);
    await t.deps.documents.review(agency.agency, reg.user.id, type, { approve: true, number: 'D1234567' });
  }
  const card = await call(t, {
    method: 'POST',
    url: `${CLIENT}/payment-methods`,
    agency,
    token: reg.token,
    body: { payment_method_id: 'pm_card_visa' },
  });
  if (card.statusCode !== 201) throw new Error(`card failed: ${card.statusCode} ${card.body}`);
  return {
    token: reg.token,
    clientId: reg.user.id,
    email: reg.user.email,
    phone: reg.user.phone,
    paymentMethodId: card.json().data.id,
  };
}

/** ISO-8601 UTC without milliseconds (how the API prints datetimes). */
export function iso(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

export function hoursFrom(base: Date, hours: number): Date {
  return new Date(base.getTime() + hours * HOUR);
}
