/**
 * GET /home: the user's state, their active booking, nearby stations, featured vehicles that are
 * available now and the agency's current announcements, in one call that costs the same few queries
 * whatever the fleet's size.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import { announcements, bookings, clients, documents } from '../../src/db/schema.js';
import { distanceKm, roundKm } from '../../src/modules/fleet/geo.js';
import { signAgencyRequest } from '../../src/lib/agency-signature.js';
import { seedDemo } from '../../src/seed.js';
import { accessMatrix } from '../helpers/access-matrix.js';
import {
  CLIENT,
  call,
  createAgency,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';
import { bookableClient, createStation, createVehicle, hoursFrom, insertBooking, iso } from '../helpers/fleet.js';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

const HOME = `${CLIENT}/home`;
const MINUTE = 60_000;
const DAY = 86_400_000;
const keys = (o: object) => Object.keys(o).sort();

const FEED_KEYS = ['active_booking', 'announcements', 'featured_vehicles', 'nearby_stations', 'user'];
const STATION_KEYS = ['address', 'available_vehicles', 'distance_km', 'id', 'image', 'latitude', 'longitude', 'name'];

interface Me {
  agency: TestAgency;
  token: string;
  clientId: number;
}

async function newMe(input: Parameters<typeof createAgency>[1] = {}): Promise<Me> {
  const agency = await createAgency(t, input);
  const reg = await registerClient(t, agency);
  return { agency, token: reg.token, clientId: reg.user.id };
}

function home(me: Me, query = '') {
  return call(t, { url: `${HOME}${query ? `?${query}` : ''}`, agency: me.agency, token: me.token });
}

async function feed(me: Me, query = '') {
  return expectOk(await home(me, query), 200, 'Home feed retrieved');
}

async function announce(
  agency: TestAgency,
  over: Partial<typeof announcements.$inferInsert> & { title: string },
): Promise<number> {
  const now = t.clock.now();
  const [row] = await t.deps.database.db
    .insert(announcements)
    .values({ agencyId: agency.agency.id, body: `About ${over.title}`, startsAt: now, ...over })
    .returning();
  return row!.id;
}

describe('GET /home: the user and the active booking', () => {
  it('gives a fresh client an empty feed: no active booking, verification not complete', async () => {
    const me = await newMe();
    const body = await feed(me);
    assert.deepEqual(body.meta, { agency_id: me.agency.agency.id, agency_code: me.agency.agency.code });
    assert.deepEqual(keys(body.data), FEED_KEYS);
    assert.deepEqual(body.data, {
      user: { id: me.clientId, name: 'Jane Driver', has_active_booking: false, verification_complete: false },
      active_booking: null,
      nearby_stations: [],
      featured_vehicles: [],
      announcements: [],
    });
  });

  it('shows a verified client with an active booking: the booking, its car, overdue once past its end', async () => {
    const agency = await createAgency(t);
    const station = await createStation(t, agency, { name: 'Downtown' });
    const car = await createVehicle(t, agency, station, {
      plateNumber: 'ABC-123',
      brand: 'Toyota',
      model: 'Corolla',
      images: ['https://cdn.example.com/corolla-1.jpg', 'https://cdn.example.com/corolla-2.jpg'],
    });
    const driver = await bookableClient(t, agency);
    const me: Me = { agency, token: driver.token, clientId: driver.clientId };
    const now = t.clock.now();
    // Upcoming, completed and cancelled bookings are not the active one.
    const other = await createVehicle(t, agency, station);
    await insertBooking(t, agency, driver.clientId, other, { startAt: hoursFrom(now, 30) });
    await insertBooking(t, agency, driver.clientId, other, {
      status: 'completed',
      startAt: hoursFrom(now, -30),
      endAt: hoursFrom(now, -25),
    });
    const before = await feed(me);
    assert.equal(before.data.active_booking, null);
    assert.deepEqual(before.data.user, {
      id: driver.clientId,
      name: 'Jane Driver',
      has_active_booking: false,
      verification_complete: true,
    });

    const start = hoursFrom(now, -1);
    const end = hoursFrom(now, 5);
    const active = await insertBooking(t, agency, driver.clientId, car, {
      status: 'active',
      startAt: start,
      endAt: end,
      actualStart: start,
    });
    const body = await feed(me);
    assert.deepEqual(body.data.user, {
      id: driver.clientId,
      name: 'Jane Driver',
      has_active_booking: true,
      verification_complete: true,
    });
    assert.deepEqual(body.data.active_booking, {
      id: active.id,
      reference: active.reference,
      status: 'active',
      vehicle: {
        id: car.id,
        plate_number: 'ABC-123',
        brand: 'Toyota',
        model: 'Corolla',
        image: 'https://cdn.example.com/corolla-1.jpg',
      },
      start_date: iso(start),
      end_date: iso(end),
      is_overdue: false,
    });
    // The car is out: the station counts it as not available.
    assert.equal(body.data.nearby_stations[0].available_vehicles, 1);

    // Past its end and still out: overdue.
    await t.deps.database.db
      .update(bookings)
      .set({ endAt: hoursFrom(now, -0.5), blockedUntil: hoursFrom(now, -0.5) })
      .where(eq(bookings.id, active.id));
    const late = await feed(me);
    assert.equal(late.data.active_booking.is_overdue, true);
    assert.equal(late.data.active_booking.end_date, iso(hoursFrom(now, -0.5)));

    // Another client of the agency sees none of it.
    const stranger = await registerClient(t, agency);
    const theirs = await feed({ agency, token: stranger.token, clientId: stranger.user.id });
    assert.equal(theirs.data.active_booking, null);
    assert.equal(theirs.data.user.has_active_booking, false);
  });

  it('verification_complete follows the booking rules: phone, email when required, required documents', async () => {
    const relaxed = await createAgency(t); // email verification not required (the default)
    const driver = await bookableClient(t, relaxed);
    const me: Me = { agency: relaxed, token: driver.token, clientId: driver.clientId };
    const db = t.deps.database.db;
    await db.update(clients).set({ emailVerifiedAt: null }).where(eq(clients.id, driver.clientId));
    t.deps.sessions.dropClient(driver.clientId); // the change notice may lag on PostgreSQL
    assert.equal((await feed(me)).data.user.verification_complete, true, 'email not required');

    // A required document no longer verified: not complete.
    await db
      .update(documents)
      .set({ status: 'rejected' })
      .where(and(eq(documents.clientId, driver.clientId), eq(documents.type, 'driver_license_back')));
    assert.equal((await feed(me)).data.user.verification_complete, false, 'a licence side rejected');

    // An agency that requires email verification: the unverified email counts.
    const strict = await createAgency(t, { settings: { features: { email_verification_required: true } } });
    const strictDriver = await bookableClient(t, strict);
    const strictMe: Me = { agency: strict, token: strictDriver.token, clientId: strictDriver.clientId };
    assert.equal((await feed(strictMe)).data.user.verification_complete, true, 'everything verified');
    await db.update(clients).set({ emailVerifiedAt: null }).where(eq(clients.id, strictDriver.clientId));
    t.deps.sessions.dropClient(strictDriver.clientId);
    assert.equal((await feed(strictMe)).data.user.verification_complete, false, 'email required, not verified');

    // An expired required document: not complete either.
    await db.update(clients).set({ emailVerifiedAt: t.clock.now() }).where(eq(clients.id, strictDriver.clientId));
    t.deps.sessions.dropClient(strictDriver.clientId);
    await db
      .update(documents)
      .set({ expiresAt: '2001-01-01' })
      .where(and(eq(documents.clientId, strictDriver.clientId), eq(documents.type, 'driver_license_front')));
    assert.equal((await feed(strictMe)).data.user.verification_complete, false, 'a licence side expired');
  });
});

describe('GET /home: nearby stations', () => {
  it('with coordinates: the 5 nearest active stations of the agency, nearest first, distance to one decimal', async () => {
    const me = await newMe();
    const other = await newMe();
    // From (40, -74): 0.05 degrees of latitude is 5.56 km, 0.1 is 11.12 km; 5 degrees is 556 km (no radius limit).
    const here = await createStation(t, me.agency, {
      name: 'Here',
      latitude: 40,
      longitude: -74,
      images: ['https://cdn.example.com/here-1.jpg', 'https://cdn.example.com/here-2.jpg'],
    });
    const five = await createStation(t, me.agency, { name: 'Five', latitude: 39.95, longitude: -74 });
    const ten = await createStation(t, me.agency, { name: 'Ten', latitude: 40.1, longitude: -74 });
    const twenty = await createStation(t, me.agency, { name: 'Twenty', latitude: 40.2, longitude: -74 });
    const far = await createStation(t, me.agency, { name: 'Far away', latitude: 45, longitude: -74 });
    await createStation(t, me.agency, { name: 'Farther', latitude: 46, longitude: -74 }); // the sixth
    await createStation(t, me.agency, { name: 'Closed', latitude: 40, longitude: -74, status: 'inactive' });
    await createStation(t, other.agency, { name: 'Foreign', latitude: 40, longitude: -74 });
    // Vehicle counts: available ones only.
    const client = (await registerClient(t, me.agency)).user.id;
    await createVehicle(t, me.agency, here);
    await createVehicle(t, me.agency, here);
    await createVehicle(t, me.agency, here, { maintenance: true });
    const out = await createVehicle(t, me.agency, here);
    await insertBooking(t, me.agency, client, out, { status: 'active', startAt: hoursFrom(t.clock.now(), -1) });
    await createVehicle(t, me.agency, ten);

    const data = (await feed(me, 'latitude=40&longitude=-74')).data.nearby_stations;
    for (const s of data) assert.deepEqual(keys(s), STATION_KEYS);
    assert.deepEqual(
      data.map((s: { id: number; distance_km: number; available_vehicles: number }) => [
        s.id,
        s.distance_km,
        s.available_vehicles,
      ]),
      [
        [here.id, 0, 2],
        [five.id, 5.6, 0],
        [ten.id, 11.1, 1],
        [twenty.id, 22.2, 0],
        [far.id, roundKm(distanceKm(40, -74, 45, -74)), 0],
      ],
    );
    assert.deepEqual(data[0], {
      id: here.id,
      name: 'Here',
      address: here.address,
      distance_km: 0,
      available_vehicles: 2,
      latitude: 40,
      longitude: -74,
      image: 'https://cdn.example.com/here-1.jpg',
    });
    assert.equal(data[1].image, null);

    // The same counts as GET /stations (one status expression everywhere).
    const listed = expectOk(
      await call(t, { url: `${CLIENT}/stations`, agency: me.agency, token: me.token }),
      200,
      'Stations retrieved',
    ).data as Array<{ id: number; available_vehicles: number }>;
    for (const s of data)
      assert.equal(s.available_vehicles, listed.find((l) => l.id === s.id)!.available_vehicles, `station ${s.id}`);
  });

  it('without coordinates: the first 5 active stations by name, no distances', async () => {
    const me = await newMe();
    const names = ['Harbor', 'Airport', 'Downtown', 'Central', 'Garden', 'Beach'];
    const made = new Map<string, number>();
    for (const name of names) made.set(name, (await createStation(t, me.agency, { name })).id);
    await createStation(t, me.agency, { name: 'Aaa closed', status: 'inactive' });
    for (const query of ['', 'latitude=&longitude=']) {
      const data = (await feed(me, query)).data.nearby_stations as Array<{ id: number; distance_km: unknown }>;
      assert.deepEqual(
        data.map((s) => s.id),
        ['Airport', 'Beach', 'Central', 'Downtown', 'Garden'].map((n) => made.get(n)),
        query,
      );
      assert.ok(data.every((s) => s.distance_km === null));
    }
  });

  it('answers 422 with the messages of GET /stations for bad coordinates', async () => {
    const me = await newMe();
    const cases: Array<[string, Record<string, string[]>]> = [
      ['latitude=1', { longitude: ['The longitude field is required when latitude is present.'] }],
      ['longitude=1', { latitude: ['The latitude field is required when longitude is present.'] }],
      ['latitude=90.5&longitude=1', { latitude: ['The latitude must be between -90 and 90.'] }],
      ['latitude=1&longitude=-181', { longitude: ['The longitude must be between -180 and 180.'] }],
      ['latitude=abc&longitude=1', { latitude: ['The latitude must be a number.'] }],
      ['latitude=1&latitude=2&longitude=1', { latitude: ['The latitude must be a number.'] }],
    ];
    for (const [query, errors] of cases) {
      const body = expectError(await home(me, query), 422, 'Validation failed', errors);
      assert.deepEqual(body.meta, { agency_id: me.agency.agency.id, agency_code: me.agency.agency.code }, query);
    }
  });

  it('takes coordinates below a nanodegree as 0 (PostgreSQL would raise an underflow on them)', async () => {
    const me = await newMe();
    const origin = await createStation(t, me.agency, { name: 'Null Island', latitude: 0, longitude: 0 });
    for (const query of ['latitude=5e-324&longitude=0', 'latitude=1e-200&longitude=-1e-300']) {
      const data = (await feed(me, query)).data.nearby_stations;
      assert.deepEqual(
        data.map((s: { id: number; distance_km: number }) => [s.id, s.distance_km]),
        [[origin.id, 0]],
        query,
      );
    }
  });

  it('answers 401 without a token', async () => {
    const me = await newMe();
    expectError(await call(t, { url: HOME, agency: me.agency }), 401, 'Unauthenticated');
  });
});

describe('GET /home: featured vehicles', () => {
  it('lists featured vehicles that are available now, never one in maintenance, in use or booked', async () => {
    const me = await newMe({ currency: 'EUR' });
    const other = await newMe();
    const a = await createStation(t, me.agency, { name: 'Alpha' });
    const closed = await createStation(t, me.agency, { name: 'Closed', status: 'inactive' });
    const client = (await registerClient(t, me.agency)).user.id;
    const now = t.clock.now();
    const star = await createVehicle(t, me.agency, a, {
      featured: true,
      brand: 'Tesla',
      model: 'Model 3',
      category: 'luxury',
      hourlyRateMinor: 2550,
      dailyRateMinor: 15000,
      images: ['https://cdn.example.com/tesla-1.jpg', 'https://cdn.example.com/tesla-2.jpg'],
    });
    const later = await createVehicle(t, me.agency, a, { featured: true, images: [] });
    // Its booking is hours away: still available now.
    await insertBooking(t, me.agency, client, later, { startAt: hoursFrom(now, 3) });
    await createVehicle(t, me.agency, a); // not featured
    await createVehicle(t, me.agency, a, { featured: true, maintenance: true });
    const inUse = await createVehicle(t, me.agency, a, { featured: true });
    await insertBooking(t, me.agency, client, inUse, { status: 'active', startAt: hoursFrom(now, -1) });
    const booked = await createVehicle(t, me.agency, a, { featured: true });
    await insertBooking(t, me.agency, client, booked, { startAt: new Date(now.getTime() + 5 * MINUTE) });
    await createVehicle(t, me.agency, closed, { featured: true }); // at an inactive station
    await createVehicle(t, me.agency, a, { featured: true, telematicsDeviceId: null }); // cannot be unlocked
    const foreignStation = await createStation(t, other.agency);
    await createVehicle(t, other.agency, foreignStation, { featured: true });

    const data = (await feed(me)).data.featured_vehicles;
    assert.deepEqual(data, [
      {
        id: star.id,
        brand: 'Tesla',
        model: 'Model 3',
        category: 'luxury',
        image: 'https://cdn.example.com/tesla-1.jpg',
        pricing: { hourly_rate: 25.5, daily_rate: 150, currency: 'EUR' },
        station: { id: a.id, name: 'Alpha' },
      },
      {
        id: later.id,
        brand: 'Toyota',
        model: 'Corolla',
        category: 'sedan',
        image: null,
        pricing: { hourly_rate: 15, daily_rate: 80, currency: 'EUR' },
        station: { id: a.id, name: 'Alpha' },
      },
    ]);

    // The status is derived when read: the in-use car is back, the maintenance flag is set on the star.
    await t.deps.database.db.execute(
      sql`UPDATE bookings SET status = 'completed' WHERE vehicle_id = ${inUse.id} AND status = 'active'`,
    );
    await t.deps.vehicles.setMaintenance(me.agency.agency, star.plateNumber, true);
    const after = (await feed(me)).data.featured_vehicles as Array<{ id: number }>;
    assert.deepEqual(
      after.map((v) => v.id),
      [later.id, inUse.id],
    );
    // The other agency sees only its own.
    const theirs = (await feed(other)).data.featured_vehicles as Array<{ id: number }>;
    assert.equal(theirs.length, 1);
    assert.ok(!theirs.some((v) => [star.id, later.id, inUse.id].includes(v.id)));
  });

  it('shows at most 10, in a stable order (oldest first)', async () => {
    const me = await newMe();
    const s = await createStation(t, me.agency);
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push((await createVehicle(t, me.agency, s, { featured: true })).id);
    const data = (await feed(me)).data.featured_vehicles as Array<{ id: number }>;
    assert.deepEqual(
      data.map((v) => v.id),
      ids.slice(0, 10),
    );
  });
});

describe('GET /home: announcements', () => {
  it("shows the agency's current announcements, newest first; not past, future or another agency's", async () => {
    const me = await newMe();
    const other = await newMe();
    const now = t.clock.now();
    const open = await announce(me.agency, {
      title: 'Open-ended',
      body: 'No end date.',
      imageUrl: 'https://cdn.example.com/news.jpg',
      startsAt: new Date(now.getTime() - 3 * DAY),
    });
    const promo = await announce(me.agency, {
      title: 'Promo',
      startsAt: new Date(now.getTime() - DAY),
      endsAt: new Date(now.getTime() + DAY),
    });
    const startsNow = await announce(me.agency, { title: 'Starts now', startsAt: now });
    await announce(me.agency, {
      title: 'Ended',
      startsAt: new Date(now.getTime() - 5 * DAY),
      endsAt: new Date(now.getTime() - DAY),
    });
    await announce(me.agency, { title: 'Ends now', startsAt: new Date(now.getTime() - DAY), endsAt: now });
    await announce(me.agency, { title: 'Future', startsAt: new Date(now.getTime() + MINUTE) });
    await announce(other.agency, { title: 'Foreign', startsAt: new Date(now.getTime() - DAY) });

    const data = (await feed(me)).data.announcements;
    assert.deepEqual(
      data.map((a: { id: number }) => a.id),
      [startsNow, promo, open],
    );
    assert.deepEqual(data[2], {
      id: open,
      title: 'Open-ended',
      body: 'No end date.',
      image_url: 'https://cdn.example.com/news.jpg',
      starts_at: iso(new Date(now.getTime() - 3 * DAY)),
      ends_at: null,
    });
    assert.equal(data[1].ends_at, iso(new Date(now.getTime() + DAY)));
    assert.equal(data[1].image_url, null);

    const theirs = (await feed(other)).data.announcements;
    assert.deepEqual(
      theirs.map((a: { title: string }) => a.title),
      ['Foreign'],
    );

    // A minute later the future one has started; two days later the promo has ended.
    t.clock.advanceMinutes(1);
    try {
      const soon = (await feed(me)).data.announcements.map((a: { title: string }) => a.title);
      assert.deepEqual(soon, ['Future', 'Starts now', 'Promo', 'Open-ended']);
      t.clock.advance(2 * DAY);
      const later = (await feed(me)).data.announcements.map((a: { title: string }) => a.title);
      assert.deepEqual(later, ['Future', 'Starts now', 'Open-ended']);
    } finally {
      t.clock.set(now);
    }
  });

  it('shows at most 10', async () => {
    const me = await newMe();
    const now = t.clock.now();
    for (let i = 0; i < 12; i++)
      await announce(me.agency, { title: `News ${i}`, startsAt: new Date(now.getTime() - (i + 1) * MINUTE) });
    const data = (await feed(me)).data.announcements as Array<{ title: string }>;
    assert.deepEqual(
      data.map((a) => a.title),
      Array.from({ length: 10 }, (_, i) => `News ${i}`),
    );
  });
});

describe('the database query counter', () => {
  it('counts built queries, prepared statements and db.execute, one each', async () => {
    const db = t.deps.database.db;
    const cost = async (fn: () => Promise<unknown>) => {
      const before = t.deps.database.queries();
      await fn();
      return t.deps.database.queries() - before;
    };
    assert.equal(await cost(() => db.select().from(announcements).limit(1)), 1);
    assert.equal(await cost(() => db.execute(sql`SELECT 1`)), 1);
    const prepared = db
      .select()
      .from(clients)
      .where(eq(clients.id, sql.placeholder('id')))
      .prepare('counter_probe');
    assert.equal(await cost(() => prepared.execute({ id: 1 })), 1);
    assert.equal(await cost(() => prepared.execute({ id: 2 })), 1);
    // In a transaction: its statements (and on PostgreSQL its BEGIN and COMMIT).
    const inTx = await cost(() => db.transaction(async (tx) => tx.execute(sql`SELECT 1`)));
    assert.equal(inTx, t.deps.database.kind === 'postgres' ? 3 : 1);
  });
});

describe('GET /home: a fixed number of queries whatever the fleet size', () => {
  /** The queries one GET /home costs once the agency and the session are cached (a warm-up request first). */
  async function queriesOf(me: Me, query: string): Promise<number> {
    await feed(me, query);
    const before = t.deps.database.queries();
    await feed(me, query);
    return t.deps.database.queries() - before;
  }

  /** `stations` stations of `perStation` vehicles each (every fourth featured), with set-based SQL like the bench. */
  async function bulkFleet(me: Me, stations: number, perStation: number): Promise<void> {
    const id = me.agency.agency.id;
    const db = t.deps.database.db;
    await db.execute(sql`
      INSERT INTO stations (agency_id, name, address, latitude, longitude, images, created_at, updated_at)
      SELECT ${id}, 'Bulk ' || g, g || ' Bulk Road', 40 + g * 0.01, -74 + g * 0.01,
             '["https://cdn.example.com/stations/1.jpg"]'::jsonb, now(), now()
      FROM generate_series(1, ${stations}) g`);
    await db.execute(sql`
      INSERT INTO vehicles (agency_id, station_id, plate_number, brand, model, year, color, category, seats, fuel_type,
                            transmission, hourly_rate_minor, daily_rate_minor, images, featured, maintenance,
                            telematics_device_id, created_at, updated_at)
      SELECT ${id}, s.id, 'Q' || s.id || '-' || k, 'Toyota', 'Corolla', 2024, 'White', 'sedan', 5, 'petrol',
             'automatic', 1500, 8000, '["https://cdn.example.com/vehicles/1.jpg"]'::jsonb, k % 4 = 0, k % 7 = 0,
             'QDEV-' || s.id || '-' || k, now(), now()
      FROM stations s CROSS JOIN generate_series(1, ${perStation}) k
      WHERE s.agency_id = ${id} AND s.name LIKE 'Bulk %'`);
  }

  it('costs the same few queries for 3 stations and 5 vehicles as for 63 stations and 305 vehicles', async () => {
    const me = await newMe();
    const now = t.clock.now();
    const stations = [
      await createStation(t, me.agency, { name: 'One', latitude: 40, longitude: -74 }),
      await createStation(t, me.agency, { name: 'Two', latitude: 40.1, longitude: -74 }),
      await createStation(t, me.agency, { name: 'Three', latitude: 40.2, longitude: -74 }),
    ];
    const cars = [];
    for (let i = 0; i < 5; i++)
      cars.push(await createVehicle(t, me.agency, stations[i % 3]!, { featured: i % 2 === 0 }));
    await insertBooking(t, me.agency, me.clientId, cars[0]!, { status: 'active', startAt: hoursFrom(now, -1) });
    await announce(me.agency, { title: 'News', startsAt: new Date(now.getTime() - DAY) });

    const small = {
      near: await queriesOf(me, 'latitude=40&longitude=-74'),
      plain: await queriesOf(me, ''),
    };
    // One statement each: active booking, documents, stations with counts, featured vehicles, announcements.
    assert.ok(small.near <= 5, `GET /home cost ${small.near} queries`);
    assert.equal(small.plain, small.near);
    // And the service alone (no auth in the way): the same count.
    const agency = me.agency.agency;
    const client = (await t.deps.database.db.select().from(clients).where(eq(clients.id, me.clientId)))[0]!;
    const before = t.deps.database.queries();
    await t.deps.home.feed(agency, client, { latitude: 40, longitude: -74 });
    assert.equal(t.deps.database.queries() - before, small.near);

    await bulkFleet(me, 60, 5);
    const body = await feed(me, 'latitude=40&longitude=-74');
    assert.equal(body.data.nearby_stations.length, 5);
    assert.equal(body.data.featured_vehicles.length, 10);
    assert.ok(body.data.active_booking);
    const large = {
      near: await queriesOf(me, 'latitude=40&longitude=-74'),
      plain: await queriesOf(me, ''),
    };
    assert.deepEqual(large, small);
  });
});

describe('db:seed --demo announcements', () => {
  it('gives the demo agency two current announcements once; the demo client sees them on GET /home', async () => {
    const app = await makeTestApp();
    try {
      const demo = await seedDemo(app.deps, { onlyIfEmpty: true });
      assert.ok(demo);
      const agency = (await app.deps.agencies.findByCode('DEMO'))!;
      const db = app.deps.database.db;
      const rows = () => db.select().from(announcements).where(eq(announcements.agencyId, agency.id));
      const before = await rows();
      assert.equal(before.length, 2);
      assert.equal(await seedDemo(app.deps, { onlyIfEmpty: true }), null);
      assert.deepEqual(await rows(), before);

      const sig = () => signAgencyRequest('DEMO', demo.secretKey, app.clock.now());
      const login = await call(app, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        headers: { 'x-agency-signature': sig() },
        body: { email: demo.clientEmail, password: demo.clientPassword },
      });
      const token = expectOk(login, 200, 'Login successful').data.token as string;
      const res = await call(app, {
        url: `${HOME}?latitude=37.7881&longitude=-122.4075`,
        headers: { 'x-agency-signature': sig() },
        token,
      });
      const data = expectOk(res, 200, 'Home feed retrieved').data;
      assert.deepEqual(data.announcements.map((a: { title: string }) => a.title).sort(), [
        '20% off weekend rentals',
        'Welcome to Daakey Demo',
      ]);
      assert.deepEqual(
        data.nearby_stations.map((s: { name: string }) => s.name),
        ['Union Square', 'Mission Bay', "Fisherman's Wharf"],
      );
      assert.ok(data.featured_vehicles.length > 0);
      assert.equal(data.user.has_active_booking, false);
    } finally {
      await app.close();
    }
  });

  it('adds them to a demo agency created before announcements existed, and leaves existing ones alone', async () => {
    const app = await makeTestApp();
    try {
      await app.deps.agencies.create({ code: 'DEMO', name: 'Old demo' });
      const agency = (await app.deps.agencies.findByCode('DEMO'))!;
      assert.equal(await seedDemo(app.deps, { onlyIfEmpty: true }), null);
      const db = app.deps.database.db;
      const count = async () =>
        (await db.select().from(announcements).where(eq(announcements.agencyId, agency.id))).length;
      assert.equal(await count(), 2);
      await db
        .delete(announcements)
        .where(and(eq(announcements.agencyId, agency.id), eq(announcements.title, 'Welcome to Daakey Demo')));
      await seedDemo(app.deps, { onlyIfEmpty: true });
      assert.equal(await count(), 1, 'the seed did not add the welcome back');
    } finally {
      await app.close();
    }
  });
});

describe('access matrix of GET /home', () => {
  accessMatrix(() => t, [{ method: 'GET', path: '/home', auth: 'client' }]);
});
