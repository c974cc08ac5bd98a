/**
 * POST /bookings: the created booking as the client sees it and as it is stored (booking row, ledger,
 * outbox), then each refusal in the documented order: validation 422, requirements 403, the slot 409,
 * the card 402, and a provider that does not answer (503) resolved by reconciliation either way.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { bookings, clients, paymentMethods, payments, stations, vehicles } from '../../src/db/schema.js';
import { bookingKeys } from '../../src/modules/bookings/booking-payments.js';
import { CLIENT, call, createAgency, makeTestApp, registerClient, type TestApp } from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';
import { bookableClient, createStation, createVehicle, hoursFrom, insertBooking, iso } from '../helpers/fleet.js';
import {
  addCard,
  body,
  bookingRow,
  bookOk,
  BOOKINGS,
  clientBookings,
  create,
  fake,
  HOUR,
  ledger,
  messagesTo,
  MINUTE,
  movements,
  runJobs,
  scene,
  SHOW_KEYS,
  SHOW_PRICING_KEYS,
  SHOW_VEHICLE_KEYS,
  show,
  STATION_KEYS,
} from '../helpers/bookings.js';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

const VALIDATION = 'Validation failed';

describe('POST /bookings: success', () => {
  it('creates an upcoming booking with its hold: the documented shape, price and payment', async () => {
    const s = await scene(t);
    const start = hoursFrom(t.clock.now(), 48);
    const res = await create(t, s, body(s, start, hoursFrom(start, 8)));
    const data = expectOk(res, 201, 'Booking created successfully').data;
    assert.deepEqual(Object.keys(data).sort(), SHOW_KEYS);
    assert.equal(data.status, 'upcoming');
    assert.match(data.reference, /^BK-\d{4}-\d{5}$/);
    assert.equal(data.start_date, iso(start));
    assert.equal(data.end_date, iso(hoursFrom(start, 8)));
    assert.equal(data.actual_start, null);
    assert.equal(data.actual_end, null);
    assert.deepEqual(Object.keys(data.vehicle).sort(), SHOW_VEHICLE_KEYS);
    assert.deepEqual(data.vehicle, {
      id: s.vehicle.id,
      plate_number: s.vehicle.plateNumber,
      brand: 'Toyota',
      model: 'Corolla',
      year: 2023,
      color: 'White',
      category: 'sedan',
      image: 'https://cdn.example.com/vehicles/corolla.jpg',
      features: ['Air Conditioning', 'Bluetooth'],
    });
    assert.deepEqual(Object.keys(data.pickup_station).sort(), STATION_KEYS);
    assert.deepEqual(data.pickup_station, {
      id: s.station.id,
      name: s.station.name,
      address: '123 Main St',
      latitude: 40.7128,
      longitude: -74.006,
    });
    assert.deepEqual(data.dropoff_station, data.pickup_station);
    assert.deepEqual(Object.keys(data.pricing).sort(), SHOW_PRICING_KEYS);
    // The docs' example: 8 h x 15.00 = 120.00, tax 12.00.
    assert.deepEqual(data.pricing, {
      hourly_rate: 15,
      hours: 8,
      subtotal: 120,
      tax: 12,
      deposit: 0,
      late_fee: 0,
      total: 132,
      currency: 'USD',
    });
    assert.deepEqual(data.payment, {
      status: 'authorized',
      method: 'Visa •••• 4242',
      transactions: [{ type: 'authorization', amount: 132, status: 'succeeded' }],
    });
    assert.equal(data.can_cancel, true);
    assert.equal(data.can_extend, true);
    assert.equal(data.is_overdue, false);
    assert.equal(data.cancellation, null);
    assert.equal(data.created_at, iso(t.clock.now()));

    // Stored: the booking with its hold, the ledger row under the documented key, the messages.
    const row = (await bookingRow(t, data.id))!;
    const [auth] = await ledger(t, data.id);
    assert.equal(auth!.idempotencyKey, `booking:${data.id}:authorize`);
    assert.equal(auth!.kind, 'authorization');
    assert.equal(auth!.amountMinor, 13200);
    assert.equal(auth!.status, 'succeeded');
    assert.equal(auth!.paymentMethodId, s.driver.paymentMethodId);
    assert.equal(row.holdPaymentId, auth!.id);
    assert.equal(row.paymentStatus, 'authorized');
    assert.equal(row.holdExpiresAt!.getTime(), t.clock.now().getTime() + 7 * 24 * HOUR);
    assert.equal(row.blockedUntil.getTime(), Date.parse(data.end_date));
    const mail = await messagesTo(t, s.driver.email);
    assert.equal(mail.filter((m) => m === 'email:booking_confirmed').length, 1);
    assert.equal(mail.at(-1), 'email:booking_confirmed');
    assert.ok((await messagesTo(t, s.driver.phone)).includes('sms:booking_confirmed'));
    // At the provider: one open hold of 132.00.
    const op = fake(t)
      .operations()
      .find((o) => o.idempotencyKey === `daakey:${s.agency.agency.id}:${auth!.idempotencyKey}`);
    assert.equal(op?.amountMinor, 13200);
    assert.equal(op?.open, true);
  });

  it('holds the deposit on top of the total, which does not include it', async () => {
    const s = await scene(t, { deposit_required: true, deposit_amount: 200 });
    const data = await bookOk(t, s, 24, 8);
    assert.equal(data.pricing.total, 132);
    assert.equal(data.pricing.deposit, 200);
    assert.deepEqual(data.payment.transactions, [{ type: 'authorization', amount: 332, status: 'succeeded' }]);
  });

  it('numbers references per agency and year: BK-YYYY-00001, 00002, ...', async () => {
    const s = await scene(t);
    const year = new Date(t.clock.now()).getUTCFullYear();
    const first = await bookOk(t, s, 24, 2);
    const second = await bookOk(t, s, 48, 2);
    assert.equal(first.reference, `BK-${year}-00001`);
    assert.equal(second.reference, `BK-${year}-00002`);
    const other = await scene(t);
    assert.equal((await bookOk(t, other, 24, 2)).reference, `BK-${year}-00001`);
  });

  it('reads dates with any offset and shows them in UTC; bills started hours', async () => {
    const s = await scene(t);
    const day = new Date(hoursFrom(t.clock.now(), 72).toISOString().slice(0, 10) + 'T00:00:00Z');
    const res = await create(t, s, {
      ...body(s, day, day),
      start_date: `${day.toISOString().slice(0, 10)}T12:00:00+02:00`,
      end_date: `${day.toISOString().slice(0, 10)}T13:30:00.500+02:00`,
    });
    const data = expectOk(res, 201, 'Booking created successfully').data;
    assert.equal(data.start_date, `${day.toISOString().slice(0, 10)}T10:00:00Z`);
    assert.equal(data.end_date, `${day.toISOString().slice(0, 10)}T11:30:00Z`);
    assert.equal(data.pricing.hours, 2);
    assert.equal(data.pricing.subtotal, 30);
  });

  it('accepts a start up to 5 minutes in the past', async () => {
    const s = await scene(t);
    const start = new Date(t.clock.now().getTime() - 4 * MINUTE);
    expectOk(await create(t, s, body(s, start, hoursFrom(start, 2))), 201, 'Booking created successfully');
  });

  it('takes pick-up and drop-off stations of the agency', async () => {
    const s = await scene(t);
    const north = await createStation(t, s.agency, {
      name: `North ${s.agency.agency.code}`,
      latitude: 41,
      longitude: -73.5,
    });
    const south = await createStation(t, s.agency, { name: `South ${s.agency.agency.code}` });
    const start = hoursFrom(t.clock.now(), 24);
    const res = await create(
      t,
      s,
      body(s, start, hoursFrom(start, 3), { pickup_location_id: north.id, dropoff_location_id: south.id }),
    );
    const data = expectOk(res, 201, 'Booking created successfully').data;
    assert.equal(data.pickup_station.id, north.id);
    assert.equal(data.pickup_station.latitude, 41);
    assert.equal(data.dropoff_station.id, south.id);
  });

  it('applies the daily cap and the agency tax rate', async () => {
    const s = await scene(t, { tax_rate: 20 });
    const data = await bookOk(t, s, 24, 26);
    // 24 h at the daily 80.00 + 2 h x 15.00 = 110.00; 20% tax = 22.00.
    assert.deepEqual(
      [data.pricing.hours, data.pricing.subtotal, data.pricing.tax, data.pricing.total],
      [26, 110, 22, 132],
    );
  });
});

describe('POST /bookings: validation (422)', () => {
  it('lists every missing field', async () => {
    const s = await scene(t);
    const res = await create(t, s, {});
    expectError(res, 422, VALIDATION, {
      vehicle_id: ['The vehicle id field is required.'],
      start_date: ['The start date field is required.'],
      end_date: ['The end date field is required.'],
      payment_method_id: ['The payment method id field is required.'],
    });
  });

  it('requires ISO 8601 dates with an offset, and real calendar dates', async () => {
    const s = await scene(t);
    const start = hoursFrom(t.clock.now(), 24);
    for (const bad of [
      iso(start).replace('Z', ''),
      '2030-02-30T10:00:00Z',
      'tomorrow',
      '2030-01-20 10:00:00Z',
      '2030-01-20T25:00:00Z',
    ]) {
      const res = await create(t, s, { ...body(s, start, hoursFrom(start, 2)), start_date: bad });
      expectError(res, 422, VALIDATION, {
        start_date: [
          'The start date must be an ISO 8601 date and time with a time zone offset (e.g. 2024-01-20T10:00:00Z).',
        ],
      });
    }
    const typed = await create(t, s, {
      ...body(s, start, hoursFrom(start, 2)),
      vehicle_id: 'abc',
      payment_method_id: 1.5,
    });
    expectError(typed, 422, VALIDATION, {
      vehicle_id: ['The vehicle id must be a number.'],
      payment_method_id: ['The payment method id must be an integer.'],
    });
  });

  it('refuses a start in the past, too far ahead, and durations outside the agency limits', async () => {
    const s = await scene(t, { min_booking_hours: 2, max_booking_days: 3, booking_advance_days: 10 });
    const now = t.clock.now();
    const past = new Date(now.getTime() - 6 * MINUTE);
    expectError(await create(t, s, body(s, past, hoursFrom(past, 3))), 422, VALIDATION, {
      start_date: ['The start date must be a date after or equal to now.'],
    });
    const far = hoursFrom(now, 10 * 24 + 1);
    expectError(await create(t, s, body(s, far, hoursFrom(far, 3))), 422, VALIDATION, {
      start_date: ['The start date must not be more than 10 days from now.'],
    });
    const start = hoursFrom(now, 24);
    expectError(await create(t, s, body(s, start, start)), 422, VALIDATION, {
      end_date: ['The end date must be a date after the start date.'],
    });
    expectError(await create(t, s, body(s, start, hoursFrom(start, 1.5))), 422, VALIDATION, {
      end_date: ['The end date must be at least 2 hours after the start date.'],
    });
    expectError(await create(t, s, body(s, start, hoursFrom(start, 3 * 24 + 1))), 422, VALIDATION, {
      end_date: ['The end date must not be more than 3 days after the start date.'],
    });
    // The limits themselves are allowed.
    expectOk(await create(t, s, body(s, start, hoursFrom(start, 2))), 201, 'Booking created successfully');
  });

  it('says "at least 1 hour" with the default minimum', async () => {
    const s = await scene(t);
    const start = hoursFrom(t.clock.now(), 24);
    expectError(await create(t, s, body(s, start, new Date(start.getTime() + 30 * MINUTE))), 422, VALIDATION, {
      end_date: ['The end date must be at least 1 hour after the start date.'],
    });
  });

  it("refuses another agency's vehicle, an unknown one and one in maintenance", async () => {
    const s = await scene(t);
    const other = await scene(t);
    const repair = await createVehicle(t, s.agency, s.station, { maintenance: true });
    const start = hoursFrom(t.clock.now(), 24);
    for (const vehicleId of [other.vehicle.id, 999_999_999, 99_999_999_999, repair.id, -1]) {
      const res = await create(t, s, body(s, start, hoursFrom(start, 2), { vehicle_id: vehicleId }));
      expectError(res, 422, VALIDATION, { vehicle_id: ['The selected vehicle id is invalid.'] });
    }
    // A vehicle whose station is closed is not bookable either.
    await t.deps.database.db.update(stations).set({ status: 'inactive' }).where(eq(stations.id, other.station.id));
    const closed = await create(t, other, body(other, start, hoursFrom(start, 2)));
    expectError(closed, 422, VALIDATION, { vehicle_id: ['The selected vehicle id is invalid.'] });
  });

  it("refuses another client's card, an unknown one and an expired one", async () => {
    const s = await scene(t);
    const stranger = await bookableClient(t, s.agency);
    const start = hoursFrom(t.clock.now(), 24);
    for (const id of [stranger.paymentMethodId, 999_999_999]) {
      const res = await create(t, s, body(s, start, hoursFrom(start, 2), { payment_method_id: id }));
      expectError(res, 422, VALIDATION, { payment_method_id: ['The selected payment method id is invalid.'] });
    }
    const year = t.clock.now().getUTCFullYear();
    await t.deps.database.db
      .update(paymentMethods)
      .set({ expYear: year - 1 })
      .where(eq(paymentMethods.id, s.driver.paymentMethodId));
    const expired = await create(t, s, body(s, start, hoursFrom(start, 2)));
    expectError(expired, 422, VALIDATION, { payment_method_id: ['The selected payment method id is invalid.'] });
  });

  it("refuses another agency's station and an inactive one as pick-up or drop-off", async () => {
    const s = await scene(t);
    const other = await scene(t);
    const closed = await createStation(t, s.agency, { status: 'inactive' });
    const start = hoursFrom(t.clock.now(), 24);
    const res = await create(
      t,
      s,
      body(s, start, hoursFrom(start, 2), { pickup_location_id: other.station.id, dropoff_location_id: closed.id }),
    );
    expectError(res, 422, VALIDATION, {
      pickup_location_id: ['The selected pickup location id is invalid.'],
      dropoff_location_id: ['The selected dropoff location id is invalid.'],
    });
  });

  it('validates before it looks at the requirements', async () => {
    const s = await scene(t);
    await t.deps.database.db.update(clients).set({ phoneVerifiedAt: null }).where(eq(clients.id, s.driver.clientId));
    t.deps.sessions.dropClient(s.driver.clientId); // the change notice may lag on PostgreSQL
    const start = hoursFrom(t.clock.now(), 24);
    const res = await create(t, s, body(s, start, hoursFrom(start, 2), { vehicle_id: 999_999 }));
    expectError(res, 422, VALIDATION, { vehicle_id: ['The selected vehicle id is invalid.'] });
  });

  it('stores nothing after a 422', async () => {
    const s = await scene(t);
    await create(t, s, {});
    assert.deepEqual(await clientBookings(t, s), []);
  });
});

describe('POST /bookings: requirements (403)', () => {
  it('lists each unmet requirement in data.missing', async () => {
    const s = await scene(t, { features: { email_verification_required: true } as never });
    await t.deps.database.db
      .update(clients)
      .set({ phoneVerifiedAt: null, emailVerifiedAt: null })
      .where(eq(clients.id, s.driver.clientId));
    t.deps.sessions.dropClient(s.driver.clientId); // the change notice may lag on PostgreSQL
    await t.deps.documents.review(s.agency.agency, s.driver.clientId, 'driver_license_back', {
      approve: false,
      reason: 'Blurry',
    });
    const start = hoursFrom(t.clock.now(), 24);
    const res = await create(t, s, body(s, start, hoursFrom(start, 2)));
    const err = expectError(res, 403, 'Booking requirements not met');
    assert.deepEqual(err.data, { missing: ['phone_verified', 'email_verified', 'driver_license_back'] });
    assert.deepEqual(await clientBookings(t, s), []);
  });

  it('a client who owes money from a previous booking cannot book (unpaid_balance)', async () => {
    const s = await scene(t);
    await insertBooking(t, s.agency, s.driver.clientId, s.vehicle, {
      status: 'completed',
      startAt: hoursFrom(t.clock.now(), -30),
      endAt: hoursFrom(t.clock.now(), -22),
      amountDueMinor: 1500,
      paymentStatus: 'unpaid',
    });
    const start = hoursFrom(t.clock.now(), 24);
    const err = expectError(
      await create(t, s, body(s, start, hoursFrom(start, 2))),
      403,
      'Booking requirements not met',
    );
    assert.deepEqual(err.data, { missing: ['unpaid_balance'] });
  });

  it('looks at the requirements before the slot', async () => {
    const s = await scene(t);
    const start = hoursFrom(t.clock.now(), 24);
    await insertBooking(t, s.agency, s.driver.clientId, s.vehicle, { startAt: start, endAt: hoursFrom(start, 8) });
    await t.deps.database.db.update(clients).set({ phoneVerifiedAt: null }).where(eq(clients.id, s.driver.clientId));
    t.deps.sessions.dropClient(s.driver.clientId); // the change notice may lag on PostgreSQL
    const err = expectError(
      await create(t, s, body(s, start, hoursFrom(start, 2))),
      403,
      'Booking requirements not met',
    );
    assert.deepEqual(err.data, { missing: ['phone_verified'] });
  });
});

describe('POST /bookings: the slot (409)', () => {
  it('refuses an overlapping period, stores nothing more, and frees it when the other booking is cancelled', async () => {
    const s = await scene(t);
    const rival = await bookableClient(t, s.agency);
    const start = hoursFrom(t.clock.now(), 24);
    const held = await bookOk(t, s, 24, 8);
    for (const [from, hours] of [
      [start, 8],
      [hoursFrom(start, -2), 3],
      [hoursFrom(start, 7), 5],
      [hoursFrom(start, 1), 1],
    ] as const) {
      const res = await create(
        t,
        s,
        body(s, from, hoursFrom(from, hours), { payment_method_id: rival.paymentMethodId }),
        rival,
      );
      const err = expectError(res, 409, 'Vehicle is not available for the selected period');
      assert.equal(err.data, null);
    }
    assert.deepEqual(await clientBookings(t, s, rival), []);
    // Back to back is fine.
    const after = hoursFrom(start, 8);
    expectOk(
      await create(t, s, body(s, after, hoursFrom(after, 2), { payment_method_id: rival.paymentMethodId }), rival),
      201,
      'Booking created successfully',
    );
    // Cancelled and completed bookings do not hold the car.
    await t.deps.database.db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, held.id));
    expectOk(
      await create(t, s, body(s, start, hoursFrom(start, 8), { payment_method_id: rival.paymentMethodId }), rival),
      201,
      'Booking created successfully',
    );
  });

  it('keeps the turnaround buffer free after each booking', async () => {
    const s = await scene(t, { turnaround_minutes: 30 });
    const first = await bookOk(t, s, 24, 4);
    const end = new Date(first.end_date);
    const tooSoon = new Date(end.getTime() + 15 * MINUTE);
    expectError(
      await create(t, s, body(s, tooSoon, hoursFrom(tooSoon, 2))),
      409,
      'Vehicle is not available for the selected period',
    );
    const ok = new Date(end.getTime() + 30 * MINUTE);
    expectOk(await create(t, s, body(s, ok, hoursFrom(ok, 2))), 201, 'Booking created successfully');
    // ...and before it: a booking ending less than 30 minutes before the first one starts.
    const startOfFirst = new Date(first.start_date);
    const before = hoursFrom(startOfFirst, -3);
    expectError(
      await create(t, s, body(s, before, new Date(startOfFirst.getTime() - 10 * MINUTE))),
      409,
      'Vehicle is not available for the selected period',
    );
    const row = (await bookingRow(t, first.id))!;
    assert.equal(row.blockedUntil.getTime(), end.getTime() + 30 * MINUTE);
  });
});

describe('POST /bookings: the card (402) and the provider (503)', () => {
  it('a declined hold answers 402 with the reason and leaves no booking; the slot is free again', async () => {
    const s = await scene(t);
    const declining = await addCard(t, s, 'pm_card_chargeDeclined');
    const start = hoursFrom(t.clock.now(), 24);
    const res = await create(t, s, body(s, start, hoursFrom(start, 8), { payment_method_id: declining }));
    const err = expectError(res, 402, 'Payment authorization failed');
    assert.deepEqual(err.data, { reason: 'generic_decline' });
    assert.deepEqual(await clientBookings(t, s), []);
    // The ledger keeps the failed attempt (a true record), tied to the booking id that is gone.
    const rows = await t.deps.database.db.select().from(payments).where(eq(payments.clientId, s.driver.clientId));
    assert.deepEqual(
      rows.map((r) => [r.kind, r.status, r.amountMinor, r.failureCode]),
      [['authorization', 'failed', 13200, 'generic_decline']],
    );
    assert.equal(await bookingRow(t, rows[0]!.bookingId!), undefined);
    // No confirmation was queued.
    assert.ok(!(await messagesTo(t, s.driver.email)).includes('email:booking_confirmed'));
    expectOk(await create(t, s, body(s, start, hoursFrom(start, 8))), 201, 'Booking created successfully');
  });

  it('insufficient funds: the decline code is the reason', async () => {
    const s = await scene(t);
    const card = await addCard(t, s, 'pm_card_chargeDeclinedInsufficientFunds');
    const start = hoursFrom(t.clock.now(), 24);
    const err = expectError(
      await create(t, s, body(s, start, hoursFrom(start, 2), { payment_method_id: card })),
      402,
      'Payment authorization failed',
    );
    assert.deepEqual(err.data, { reason: 'insufficient_funds' });
  });

  it('provider unreachable: 503, the pending row holds the slot, and reconciliation releases it', async () => {
    const s = await scene(t);
    const start = hoursFrom(t.clock.now(), 24);
    fake(t).failNext('authorization', 'unavailable');
    expectError(await create(t, s, body(s, start, hoursFrom(start, 8))), 503, 'Payment provider unavailable');
    const [pending] = await clientBookings(t, s);
    assert.equal(pending!.status, 'pending');
    // Never shown to the client, and it holds the car.
    expectError(await show(t, s, pending!.id), 404, 'Booking not found');
    const list = await call(t, { url: BOOKINGS, agency: s.agency, token: s.driver.token });
    assert.deepEqual(list.json().data, []);
    // The client's retry: still 503 (not 409), with the time until the worker resolves the first attempt.
    t.clock.advance(MINUTE);
    const retry = await create(t, s, body(s, start, hoursFrom(start, 8)));
    assert.deepEqual(expectError(retry, 503, 'Payment provider unavailable').data, { retry_after: 240 });
    assert.equal(retry.headers['retry-after'], '240');
    // Anyone else finds the slot taken.
    const rival = await bookableClient(t, s.agency);
    expectError(
      await create(t, s, body(s, start, hoursFrom(start, 8), { payment_method_id: rival.paymentMethodId }), rival),
      409,
      'Vehicle is not available for the selected period',
    );
    assert.equal((await clientBookings(t, s)).length, 1);
    // The provider never saw the hold: reconciliation fails it and the hook deletes the booking.
    t.clock.advanceMinutes(10);
    await t.deps.payments.reconcile({ since: hoursFrom(t.clock.now(), -1), olderThanSeconds: 300 });
    assert.deepEqual(await clientBookings(t, s), []);
  });

  it('a hold whose reply was lost is confirmed by reconciliation: the booking becomes upcoming', async () => {
    const s = await scene(t);
    const start = hoursFrom(t.clock.now(), 24);
    fake(t).failNext('authorization', 'lost-reply');
    expectError(await create(t, s, body(s, start, hoursFrom(start, 8))), 503, 'Payment provider unavailable');
    const [pending] = await clientBookings(t, s);
    t.clock.advanceMinutes(10);
    await t.deps.payments.reconcile({ since: hoursFrom(t.clock.now(), -1), olderThanSeconds: 300 });
    const data = expectOk(await show(t, s, pending!.id), 200, 'Booking retrieved').data;
    assert.equal(data.status, 'upcoming');
    assert.equal(data.payment.status, 'authorized');
    assert.ok((await messagesTo(t, s.driver.email)).includes('email:booking_confirmed'));
  });

  it('a hold placed after its pending booking was given up is released (hook, then job)', async () => {
    const s = await scene(t);
    const start = hoursFrom(t.clock.now(), 24);
    fake(t).failNext('authorization', 'lost-reply');
    expectError(await create(t, s, body(s, start, hoursFrom(start, 8))), 503, 'Payment provider unavailable');
    const [pending] = await clientBookings(t, s);
    // The lifecycle worker gave the stale row up meanwhile.
    await t.deps.database.db.delete(bookings).where(eq(bookings.id, pending!.id));
    t.clock.advanceMinutes(10);
    await t.deps.payments.reconcile({ since: hoursFrom(t.clock.now(), -1), olderThanSeconds: 300 });
    assert.deepEqual(await movements(t, pending!.id), [
      { kind: 'authorization', amount: 13200, status: 'succeeded', key: 'authorize' },
      { kind: 'release', amount: 13200, status: 'pending', key: 'authorize:release' },
    ]);
    await runJobs(t);
    assert.deepEqual(
      (await movements(t, pending!.id)).map((m) => m.status),
      ['succeeded', 'succeeded'],
    );
    const hold = fake(t)
      .operations()
      .find((o) => o.idempotencyKey === `daakey:${s.agency.agency.id}:${bookingKeys.hold(pending!.id)}`);
    assert.equal(hold?.open, false);
  });
});

describe('POST /bookings: who may book what', () => {
  it("another agency's client cannot see or book this agency's cars (its own agency: 422)", async () => {
    const s = await scene(t);
    const other = await scene(t);
    const start = hoursFrom(t.clock.now(), 24);
    const res = await create(t, other, body(other, start, hoursFrom(start, 2), { vehicle_id: s.vehicle.id }));
    expectError(res, 422, VALIDATION, { vehicle_id: ['The selected vehicle id is invalid.'] });
    const unknownCar = await call(t, {
      method: 'POST',
      url: BOOKINGS,
      agency: s.agency,
      token: (await registerClient(t, s.agency)).token,
      body: body(s, start, hoursFrom(start, 2)),
    });
    // A client of this agency without a card: the card is someone else's (422) before anything else.
    expectError(unknownCar, 422, VALIDATION, { payment_method_id: ['The selected payment method id is invalid.'] });
  });

  it('the maintenance flag set after booking does not touch existing bookings', async () => {
    const s = await scene(t);
    const data = await bookOk(t, s, 24, 2);
    await t.deps.database.db.update(vehicles).set({ maintenance: true }).where(eq(vehicles.id, s.vehicle.id));
    expectOk(await show(t, s, data.id), 200, 'Booking retrieved');
  });
});

describe('POST /bookings: stays correct with a second agency using the same ids', () => {
  it('booking keys are per agency in the ledger', async () => {
    const a = await scene(t);
    const b = await scene(t);
    const one = await bookOk(t, a, 24, 2);
    const two = await bookOk(t, b, 24, 2);
    assert.notEqual(one.id, two.id);
    assert.equal((await ledger(t, one.id))[0]!.agencyId, a.agency.agency.id);
    assert.equal((await ledger(t, two.id))[0]!.agencyId, b.agency.agency.id);
  });

  it('an agency without bookings of its own lists nothing', async () => {
    const a = await createAgency(t);
    const reg = await registerClient(t, a);
    const res = await call(t, { url: `${CLIENT}/bookings`, agency: a, token: reg.token });
    assert.deepEqual(expectOk(res, 200, 'Bookings retrieved').data, []);
  });
});

describe('POST /bookings: review fixes', () => {
  it('a vehicle without a telematics unit is not bookable (it could never be unlocked or returned)', async () => {
    const s = await scene(t, {}, { telematicsDeviceId: null });
    const start = hoursFrom(t.clock.now(), 24);
    expectError(await create(t, s, body(s, start, hoursFrom(start, 2))), 422, VALIDATION, {
      vehicle_id: ['The selected vehicle id is invalid.'],
    });
    assert.deepEqual(await clientBookings(t, s), []);
  });

  it('an agency with bookings_enabled false: 403 with bookings_enabled first in data.missing', async () => {
    const s = await scene(t, { features: { bookings_enabled: false } as never });
    const start = hoursFrom(t.clock.now(), 24);
    const off = expectError(
      await create(t, s, body(s, start, hoursFrom(start, 2))),
      403,
      'Booking requirements not met',
    );
    assert.deepEqual(off.data, { missing: ['bookings_enabled'] });
    await t.deps.database.db.update(clients).set({ phoneVerifiedAt: null }).where(eq(clients.id, s.driver.clientId));
    t.deps.sessions.dropClient(s.driver.clientId); // the change notice may lag on PostgreSQL
    const both = expectError(
      await create(t, s, body(s, start, hoursFrom(start, 2))),
      403,
      'Booking requirements not met',
    );
    assert.deepEqual(both.data, { missing: ['bookings_enabled', 'phone_verified'] });
    assert.deepEqual(await clientBookings(t, s), []);
  });
});
