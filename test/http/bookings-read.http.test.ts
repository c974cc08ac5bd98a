/**
 * GET /bookings and GET /bookings/{id}: shapes, filters, pagination, who sees what; the access matrix
 * of every bookings route; and the rules other modules waited for (a required document and a card
 * tied to a booking cannot be removed).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { bookings } from '../../src/db/schema.js';
import { call, makeTestApp, registerClient, type TestApp } from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';
import { png, uploadDocument } from '../helpers/uploads.js';
import { bookableClient, createStation, createVehicle, hoursFrom, insertBooking, iso } from '../helpers/fleet.js';
import {
  activate,
  addCard,
  bookOk,
  BOOKINGS,
  cancel,
  HOUR,
  LIST_KEYS,
  scene,
  type Scene,
  show,
  SHOW_KEYS,
} from '../helpers/bookings.js';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

function list(s: Scene, query = '', token = s.driver.token) {
  return call(t, { url: `${BOOKINGS}${query}`, agency: s.agency, token });
}

describe('GET /bookings', () => {
  it('lists the documented item shape with pagination in meta (the docs example: 64.00 + 6.40 = 70.40)', async () => {
    const s = await scene(t, {}, { hourlyRateMinor: 1600, dailyRateMinor: 30000 });
    const booked = await bookOk(t, s, 24, 4);
    const res = await list(s);
    const body = expectOk(res, 200, 'Bookings retrieved');
    assert.deepEqual(body.meta, {
      agency_id: s.agency.agency.id,
      agency_code: s.agency.agency.code,
      current_page: 1,
      last_page: 1,
      per_page: 15,
      total: 1,
    });
    assert.equal(body.data.length, 1);
    const item = body.data[0];
    assert.deepEqual(Object.keys(item).sort(), LIST_KEYS);
    assert.deepEqual(item, {
      id: booked.id,
      reference: booked.reference,
      status: 'upcoming',
      start_date: booked.start_date,
      end_date: booked.end_date,
      vehicle: {
        id: s.vehicle.id,
        plate_number: s.vehicle.plateNumber,
        brand: 'Toyota',
        model: 'Corolla',
        image: 'https://cdn.example.com/vehicles/corolla.jpg',
      },
      pickup_location: { name: s.station.name, address: '123 Main St' },
      pricing: { subtotal: 64, tax: 6.4, total: 70.4, currency: 'USD' },
      is_overdue: false,
      created_at: booked.created_at,
    });
  });

  it('shows newest start first, filters by status, never shows pending bookings', async () => {
    const s = await scene(t);
    const now = t.clock.now();
    const mk = (status: 'upcoming' | 'active' | 'completed' | 'cancelled' | 'pending', inHours: number) =>
      insertBooking(t, s.agency, s.driver.clientId, s.vehicle, {
        status,
        startAt: hoursFrom(now, inHours),
        endAt: hoursFrom(now, inHours + 2),
      });
    const done = await mk('completed', -100);
    const gone = await mk('cancelled', -50);
    const active = await mk('active', -1);
    const soon = await mk('upcoming', 10);
    await mk('pending', 20);
    const later = await mk('upcoming', 30);
    const all = expectOk(await list(s), 200, 'Bookings retrieved');
    assert.deepEqual(
      all.data.map((b: { id: number }) => b.id),
      [later.id, soon.id, active.id, gone.id, done.id],
    );
    assert.equal(all.meta.total, 5);
    const pick = async (status: string) =>
      expectOk(await list(s, `?status=${status}`), 200, 'Bookings retrieved').data.map((b: { id: number }) => b.id);
    assert.deepEqual(await pick('all'), [later.id, soon.id, active.id, gone.id, done.id]);
    assert.deepEqual(await pick('upcoming'), [later.id, soon.id]);
    assert.deepEqual(await pick('active'), [active.id]);
    assert.deepEqual(await pick('completed'), [done.id]);
    assert.deepEqual(await pick('cancelled'), [gone.id]);
  });

  it('flags an active booking past its end as overdue', async () => {
    const s = await scene(t);
    const now = t.clock.now();
    const late = await insertBooking(t, s.agency, s.driver.clientId, s.vehicle, {
      status: 'active',
      startAt: hoursFrom(now, -10),
      endAt: hoursFrom(now, -1),
    });
    const [item] = expectOk(await list(s), 200, 'Bookings retrieved').data;
    assert.equal(item.id, late.id);
    assert.equal(item.is_overdue, true);
    assert.equal(expectOk(await show(t, s, late.id), 200, 'Booking retrieved').data.is_overdue, true);
  });

  it("lists only the client's own bookings", async () => {
    const s = await scene(t);
    const other = await bookableClient(t, s.agency);
    await bookOk(t, s, 24, 2);
    const res = await list(s, '', other.token);
    assert.deepEqual(expectOk(res, 200, 'Bookings retrieved').data, []);
  });

  it('pages a client with 1,000 past bookings: 15 by default, at most 50, the total in meta', async () => {
    const s = await scene(t);
    const now = t.clock.now();
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      agencyId: s.agency.agency.id,
      clientId: s.driver.clientId,
      vehicleId: s.vehicle.id,
      pickupStationId: s.station.id,
      dropoffStationId: s.station.id,
      reference: `BK-2020-${String(i + 1).padStart(5, '0')}`,
      status: 'completed' as const,
      startAt: hoursFrom(now, -24 * (i + 1)),
      endAt: hoursFrom(now, -24 * (i + 1) + 2),
      blockedUntil: hoursFrom(now, -24 * (i + 1) + 2),
      currency: 'USD',
      hourlyRateMinor: 1500,
      dailyRateMinor: 8000,
      hours: 2,
      subtotalMinor: 3000,
      taxMinor: 300,
      paymentStatus: 'paid' as const,
      createdAt: now,
      updatedAt: now,
    }));
    await t.deps.database.db.insert(bookings).values(rows);
    const first = expectOk(await list(s), 200, 'Bookings retrieved');
    assert.equal(first.data.length, 15);
    assert.deepEqual(first.meta, {
      agency_id: s.agency.agency.id,
      agency_code: s.agency.agency.code,
      current_page: 1,
      last_page: 67,
      per_page: 15,
      total: 1000,
    });
    assert.equal(first.data[0].reference, 'BK-2020-00001');
    const third = expectOk(await list(s, '?page=3&per_page=50&status=completed'), 200, 'Bookings retrieved');
    assert.equal(third.data.length, 50);
    assert.equal(third.data[0].reference, 'BK-2020-00101');
    assert.deepEqual([third.meta.current_page, third.meta.last_page, third.meta.per_page], [3, 20, 50]);
    const beyond = expectOk(await list(s, '?page=21&per_page=50'), 200, 'Bookings retrieved');
    assert.deepEqual(beyond.data, []);
    assert.equal(beyond.meta.total, 1000);
  });

  it('validates the query (422)', async () => {
    const s = await scene(t);
    expectError(await list(s, '?per_page=51'), 422, 'Validation failed', {
      per_page: ['The per page must not be greater than 50.'],
    });
    expectError(await list(s, '?per_page=0&page=0'), 422, 'Validation failed', {
      page: ['The page must be at least 1.'],
      per_page: ['The per page must be at least 1.'],
    });
    expectError(await list(s, '?page=abc'), 422, 'Validation failed', { page: ['The page must be an integer.'] });
    expectError(await list(s, '?status=pending'), 422, 'Validation failed', {
      status: ['The selected status is invalid.'],
    });
  });

  it('an empty list has last_page 1', async () => {
    const s = await scene(t);
    const body = expectOk(await list(s, '?status=active'), 200, 'Bookings retrieved');
    assert.deepEqual(body.data, []);
    assert.deepEqual([body.meta.current_page, body.meta.last_page, body.meta.total], [1, 1, 0]);
  });
});

describe('GET /bookings/{id}', () => {
  it('shows the documented shape for an active booking', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 1, 8);
    t.clock.advance(HOUR + 5 * 60_000);
    await activate(t, booked.id);
    const data = expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data;
    assert.deepEqual(Object.keys(data).sort(), SHOW_KEYS);
    assert.equal(data.status, 'active');
    assert.equal(data.actual_start, iso(t.clock.now()));
    assert.equal(data.can_cancel, false);
    assert.equal(data.can_extend, true);
    assert.equal(data.is_overdue, false);
    assert.equal(data.cancellation, null);
  });

  it('shows the cancellation of a cancelled booking', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 8);
    expectOk(await cancel(t, s, booked.id, { reason: 'Change of plans' }), 200, 'Booking cancelled successfully');
    const data = expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data;
    assert.deepEqual(data.cancellation, {
      cancelled_at: iso(t.clock.now()),
      reason: 'Change of plans',
      fee: 0,
      refund: 132,
    });
    assert.equal(data.can_cancel, false);
    assert.equal(data.can_extend, false);
  });

  it("another client's booking, another agency's booking, a pending one and malformed ids are 404", async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 24, 2);
    const neighbour = await bookableClient(t, s.agency);
    expectError(await show(t, s, booked.id, neighbour), 404, 'Booking not found');
    const other = await scene(t);
    expectError(
      await call(t, { url: `${BOOKINGS}/${booked.id}`, agency: other.agency, token: other.driver.token }),
      404,
      'Booking not found',
    );
    const pending = await insertBooking(t, s.agency, s.driver.clientId, s.vehicle, {
      status: 'pending',
      startAt: hoursFrom(t.clock.now(), 100),
    });
    expectError(await show(t, s, pending.id), 404, 'Booking not found');
    for (const bad of ['abc', '0', '-1', '1.5', '99999999999999999999']) {
      const res = expectError(await show(t, s, bad), 404, 'Booking not found');
      assert.equal(res.data, null);
    }
  });

  it("other clients' and agencies' bookings cannot be cancelled, extended or ended either (404)", async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 24, 2);
    const neighbour = await bookableClient(t, s.agency);
    const other = await scene(t);
    for (const [agency, token] of [
      [s.agency, neighbour.token],
      [other.agency, other.driver.token],
    ] as const) {
      for (const [path, body] of [
        ['cancel', {}],
        ['request-extension', { new_end_date: iso(hoursFrom(t.clock.now(), 30)) }],
        ['end', undefined],
      ] as const) {
        const res = await call(t, { method: 'POST', url: `${BOOKINGS}/${booked.id}/${path}`, agency, token, body });
        expectError(res, 404, 'Booking not found');
      }
    }
    assert.equal(expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data.status, 'upcoming');
  });
});

describe('rules that waited for bookings', () => {
  it('a required document cannot be deleted while a booking is upcoming or active; it can once it is over', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 4);
    const del = (type: string) =>
      call(t, { method: 'DELETE', url: `/api/v1/client/documents/${type}`, agency: s.agency, token: s.driver.token });
    const err = expectError(await del('driver_license_front'), 400, 'Cannot delete required document');
    assert.deepEqual(err.data, { reason: 'Driver license is required for active bookings' });
    await activate(t, booked.id);
    expectError(await del('driver_license_back'), 400, 'Cannot delete required document');
    await t.deps.database.db.update(bookings).set({ status: 'completed' }).where(eq(bookings.id, booked.id));
    expectOk(await del('driver_license_back'), 200, 'Document deleted successfully');
  });

  it('an optional document can be deleted during a booking', async () => {
    const s = await scene(t, {
      documents: { required: ['driver_license_front', 'driver_license_back'], optional: ['id_card'] },
    });
    const up = await uploadDocument(
      t,
      s.agency,
      s.driver.token,
      { type: 'id_card' },
      { name: 'file', filename: 'id.png', contentType: 'image/png', bytes: await png() },
    );
    assert.equal(up.statusCode, 201, up.body);
    await bookOk(t, s, 48, 4);
    const res = await call(t, {
      method: 'DELETE',
      url: '/api/v1/client/documents/id_card',
      agency: s.agency,
      token: s.driver.token,
    });
    expectOk(res, 200, 'Document deleted successfully');
  });

  it('a card tied to an upcoming or active booking cannot be removed; another card can', async () => {
    const s = await scene(t);
    const spare = await addCard(t, s, 'pm_card_mastercard');
    const booked = await bookOk(t, s, 48, 4);
    const remove = (id: number) =>
      call(t, {
        method: 'DELETE',
        url: `/api/v1/client/payment-methods/${id}`,
        agency: s.agency,
        token: s.driver.token,
      });
    expectOk(await remove(spare), 200, 'Payment method removed');
    // The booking's card is now the only one (removable but for the booking).
    const err = expectError(await remove(s.driver.paymentMethodId), 400, 'Cannot remove payment method');
    assert.deepEqual(err.data, { reason: 'Payment method is associated with active bookings' });
    await activate(t, booked.id);
    expectError(await remove(s.driver.paymentMethodId), 400, 'Cannot remove payment method');
    await t.deps.database.db.update(bookings).set({ status: 'completed' }).where(eq(bookings.id, booked.id));
    expectOk(await remove(s.driver.paymentMethodId), 200, 'Payment method removed');
  });

  it('a client without bookings removes documents and cards as before', async () => {
    const s = await scene(t);
    const res = await call(t, {
      method: 'DELETE',
      url: `/api/v1/client/payment-methods/${s.driver.paymentMethodId}`,
      agency: s.agency,
      token: s.driver.token,
    });
    expectOk(res, 200, 'Payment method removed');
  });
});

describe('bookings of a fresh client', () => {
  it('a fresh client of the agency sees an empty list and 404s', async () => {
    const s = await scene(t);
    const reg = await registerClient(t, s.agency);
    assert.deepEqual(expectOk(await list(s, '', reg.token), 200, 'Bookings retrieved').data, []);
    const station = await createStation(t, s.agency);
    const car = await createVehicle(t, s.agency, station);
    const mine = await insertBooking(t, s.agency, reg.user.id, car);
    expectOk(
      await call(t, { url: `${BOOKINGS}/${mine.id}`, agency: s.agency, token: reg.token }),
      200,
      'Booking retrieved',
    );
  });
});
