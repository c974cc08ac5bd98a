/**
 * Helpers of the booking tests: a scene (agency, station, vehicle, bookable client), the booking
 * calls, and the rows they leave (booking, ledger, outbox).
 */
import assert from 'node:assert/strict';
import { and, asc, eq } from 'drizzle-orm';
import {
  type BookingRow,
  bookings,
  outbox,
  type PaymentRow,
  payments,
  type StationRow,
  type VehicleRow,
} from '../../src/db/schema.js';
import type { AgencySettings } from '../../src/modules/agencies/agency-settings.js';
import { FakePaymentProvider } from '../../src/providers/payments/fake.payments.js';
import { CLIENT, call, createAgency, type TestAgency, type TestApp } from './app.js';
import { expectOk } from './envelope.js';
import { bookableClient, createStation, createVehicle, type Driver, hoursFrom, iso } from './fleet.js';

export const BOOKINGS = `${CLIENT}/bookings`;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** The keys of GET /bookings/{id} (and of the create and end responses). */
export const SHOW_KEYS = [
  'actual_end',
  'actual_start',
  'can_cancel',
  'can_extend',
  'cancellation',
  'created_at',
  'dropoff_station',
  'end_date',
  'id',
  'is_overdue',
  'payment',
  'pickup_station',
  'pricing',
  'reference',
  'start_date',
  'status',
  'vehicle',
];
export const LIST_KEYS = [
  'created_at',
  'end_date',
  'id',
  'is_overdue',
  'pickup_location',
  'pricing',
  'reference',
  'start_date',
  'status',
  'vehicle',
];
export const SHOW_VEHICLE_KEYS = [
  'brand',
  'category',
  'color',
  'features',
  'id',
  'image',
  'model',
  'plate_number',
  'year',
];
export const STATION_KEYS = ['address', 'id', 'latitude', 'longitude', 'name'];
export const SHOW_PRICING_KEYS = [
  'currency',
  'deposit',
  'hourly_rate',
  'hours',
  'late_fee',
  'subtotal',
  'tax',
  'total',
];

export interface Scene {
  agency: TestAgency;
  station: StationRow;
  vehicle: VehicleRow;
  driver: Driver;
}

/** An agency (with these settings), a station, a vehicle at 15.00/h and 80.00/day, and a client who may book. */
export async function scene(
  t: TestApp,
  settings: Partial<AgencySettings> = {},
  vehicle: Partial<VehicleRow> = {},
): Promise<Scene> {
  const agency = await createAgency(t, { settings });
  const station = await createStation(t, agency, { name: `Downtown ${agency.agency.code}`, address: '123 Main St' });
  const v = await createVehicle(t, agency, station, vehicle);
  const driver = await bookableClient(t, agency);
  return { agency, station, vehicle: v, driver };
}

export function body(s: Scene, start: Date, end: Date, over: Record<string, unknown> = {}) {
  return {
    vehicle_id: s.vehicle.id,
    start_date: iso(start),
    end_date: iso(end),
    payment_method_id: s.driver.paymentMethodId,
    ...over,
  };
}

export function create(t: TestApp, s: Scene, payload: unknown, driver: Driver = s.driver) {
  return call(t, { method: 'POST', url: BOOKINGS, agency: s.agency, token: driver.token, body: payload });
}

/** Book `hours` hours starting `inHours` from now; expects 201 and returns data. */
export async function bookOk(t: TestApp, s: Scene, inHours: number, hours: number, driver: Driver = s.driver) {
  const start = hoursFrom(t.clock.now(), inHours);
  const res = await create(
    t,
    s,
    body(s, start, hoursFrom(start, hours), { payment_method_id: driver.paymentMethodId }),
    driver,
  );
  return expectOk(res, 201, 'Booking created successfully').data;
}

export function show(t: TestApp, s: Scene, id: number | string, driver: Driver = s.driver) {
  return call(t, { url: `${BOOKINGS}/${id}`, agency: s.agency, token: driver.token });
}

export function cancel(t: TestApp, s: Scene, id: number, payload: unknown = {}, driver: Driver = s.driver) {
  return call(t, {
    method: 'POST',
    url: `${BOOKINGS}/${id}/cancel`,
    agency: s.agency,
    token: driver.token,
    body: payload,
  });
}

export function extend(t: TestApp, s: Scene, id: number, newEnd: Date | string | undefined, driver: Driver = s.driver) {
  return call(t, {
    method: 'POST',
    url: `${BOOKINGS}/${id}/request-extension`,
    agency: s.agency,
    token: driver.token,
    body: newEnd === undefined ? {} : { new_end_date: typeof newEnd === 'string' ? newEnd : iso(newEnd) },
  });
}

export function end(t: TestApp, s: Scene, id: number, driver: Driver = s.driver) {
  return call(t, { method: 'POST', url: `${BOOKINGS}/${id}/end`, agency: s.agency, token: driver.token });
}

/** Add a card through the API; returns its id. */
export async function addCard(t: TestApp, s: Scene, pm: string, driver: Driver = s.driver): Promise<number> {
  const res = await call(t, {
    method: 'POST',
    url: `${CLIENT}/payment-methods`,
    agency: s.agency,
    token: driver.token,
    body: { payment_method_id: pm },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().data.id;
}

export function fake(t: TestApp): FakePaymentProvider {
  const p = t.deps.paymentProvider;
  assert.ok(p instanceof FakePaymentProvider);
  return p;
}

export async function bookingRow(t: TestApp, id: number): Promise<BookingRow | undefined> {
  const rows = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, id));
  return rows[0];
}

export async function clientBookings(t: TestApp, s: Scene, driver: Driver = s.driver): Promise<BookingRow[]> {
  return t.deps.database.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.agencyId, s.agency.agency.id), eq(bookings.clientId, driver.clientId)))
    .orderBy(asc(bookings.id));
}

/** The ledger rows of a booking, in order. */
export async function ledger(t: TestApp, bookingId: number): Promise<PaymentRow[]> {
  return t.deps.database.db.select().from(payments).where(eq(payments.bookingId, bookingId)).orderBy(asc(payments.id));
}

/** kind/amount/status/key of each ledger row (the key without the booking prefix). */
export async function movements(t: TestApp, bookingId: number) {
  return (await ledger(t, bookingId)).map((p) => ({
    kind: p.kind,
    amount: p.amountMinor,
    status: p.status,
    key: p.idempotencyKey.replace(`booking:${bookingId}:`, ''),
  }));
}

/** Outbox rows (kind, channel) sent to an address, oldest first. */
export async function messagesTo(t: TestApp, to: string) {
  const rows = await t.deps.database.db
    .select({ kind: outbox.kind, channel: outbox.channel })
    .from(outbox)
    .where(eq(outbox.recipient, to))
    .orderBy(asc(outbox.id));
  return rows.map((r) => `${r.channel}:${r.kind}`);
}

/** Start a booking as the lifecycle worker would at its start time (or the first unlock). */
export async function activate(t: TestApp, id: number): Promise<void> {
  const now = t.clock.now();
  await t.deps.database.db
    .update(bookings)
    .set({ status: 'active', actualStart: now, startMileage: 10000, updatedAt: now })
    .where(eq(bookings.id, id));
}

/** Run the outbox jobs due now and wait for the movements they started. */
export async function runJobs(t: TestApp): Promise<void> {
  await t.deps.worker.drain();
  await t.deps.bookingPayments.idle();
}
