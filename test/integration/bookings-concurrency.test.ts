/**
 * No double booking, ever: 50 simultaneous POST /bookings for overlapping periods of one vehicle, from
 * a few clients, all fired at once. Exactly one 201, every other answer 409, one row holding the car.
 * Runs on PGlite and on PostgreSQL (CI runs the suite with TEST_DATABASE_URL too).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { bookings, payments } from '../../src/db/schema.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { body, BOOKINGS, scene } from '../helpers/bookings.js';
import { bookableClient, type Driver, hoursFrom } from '../helpers/fleet.js';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

describe('concurrent bookings of one vehicle', () => {
  it('50 simultaneous requests for overlapping periods: one 201, 49 x 409, one holding row', async () => {
    const s = await scene(t);
    const drivers: Driver[] = [s.driver];
    for (let i = 0; i < 4; i++) drivers.push(await bookableClient(t, s.agency));
    const base = hoursFrom(t.clock.now(), 24);
    const requests = Array.from({ length: 50 }, (_, i) => {
      const driver = drivers[i % drivers.length]!;
      // Starts spread over 4 hours, 6 hours long: every two periods overlap.
      const start = new Date(base.getTime() + (i % 9) * 30 * 60_000);
      return t.app.inject({
        method: 'POST',
        url: BOOKINGS,
        headers: {
          accept: 'application/json',
          'x-agency-signature': s.agency.sig(),
          authorization: `Bearer ${driver.token}`,
        },
        payload: body(s, start, hoursFrom(start, 6), { payment_method_id: driver.paymentMethodId }),
      });
    });
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.statusCode);
    const created = responses.filter((r) => r.statusCode === 201);
    assert.equal(created.length, 1, `statuses: ${statuses.join(',')}`);
    assert.equal(statuses.filter((c) => c === 409).length, 49, `statuses: ${statuses.join(',')}`);
    for (const r of responses.filter((x) => x.statusCode === 409))
      assert.equal(r.json().message, 'Vehicle is not available for the selected period');

    const winner = created[0]!.json().data;
    assert.equal(winner.status, 'upcoming');
    const holding = await t.deps.database.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.vehicleId, s.vehicle.id), inArray(bookings.status, ['pending', 'upcoming', 'active'])));
    assert.deepEqual(
      holding.map((b) => b.id),
      [winner.id],
    );
    // Every row ever written for this vehicle is the winner's (the losers rolled back whole).
    const all = await t.deps.database.db.select().from(bookings).where(eq(bookings.vehicleId, s.vehicle.id));
    assert.equal(all.length, 1);
    const ledger = await t.deps.database.db.select().from(payments).where(eq(payments.agencyId, s.agency.agency.id));
    assert.deepEqual(
      ledger.map((p) => [p.kind, p.status, p.bookingId]),
      [['authorization', 'succeeded', winner.id]],
    );
    assert.equal(winner.reference, `BK-${t.clock.now().getUTCFullYear()}-00001`);
  });

  it('simultaneous requests for distinct periods all succeed, with distinct references', async () => {
    const s = await scene(t);
    const base = hoursFrom(t.clock.now(), 24);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const start = hoursFrom(base, i * 3);
        return t.app.inject({
          method: 'POST',
          url: BOOKINGS,
          headers: {
            accept: 'application/json',
            'x-agency-signature': s.agency.sig(),
            authorization: `Bearer ${s.driver.token}`,
          },
          payload: body(s, start, hoursFrom(start, 2)),
        });
      }),
    );
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      Array(20).fill(201),
    );
    const refs = responses.map((r) => r.json().data.reference as string).sort();
    const year = t.clock.now().getUTCFullYear();
    assert.deepEqual(
      refs,
      Array.from({ length: 20 }, (_, i) => `BK-${year}-${String(i + 1).padStart(5, '0')}`),
    );
  });
});
