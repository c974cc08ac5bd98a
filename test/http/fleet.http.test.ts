/**
 * Stations and vehicles through the HTTP API: GET /stations, GET /stations/{id}, GET /vehicles,
 * GET /vehicles/{id}, with the derived vehicle status, the geo search, the availability window and
 * the demo fleet of db:seed --demo.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { stations, vehicles, vehicleTelemetry, type VehicleRow } from '../../src/db/schema.js';
import { signAgencyRequest } from '../../src/lib/agency-signature.js';
import { DEMO_FLEET } from '../../src/modules/fleet/demo-fleet.js';
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
import { createStation, createVehicle, hoursFrom, insertBooking, iso } from '../helpers/fleet.js';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

const STATION_LIST_KEYS = [
  'address',
  'amenities',
  'available_vehicles',
  'distance_km',
  'id',
  'image',
  'latitude',
  'longitude',
  'name',
  'operating_hours',
  'total_vehicles',
];
const STATION_DETAIL_KEYS = [
  'address',
  'amenities',
  'description',
  'email',
  'id',
  'images',
  'latitude',
  'longitude',
  'name',
  'operating_hours',
  'phone',
  'vehicles',
];
const STATION_VEHICLE_KEYS = [
  'brand',
  'category',
  'fuel_type',
  'id',
  'image',
  'model',
  'plate_number',
  'pricing',
  'seats',
  'status',
  'transmission',
  'year',
];
const LIST_VEHICLE_KEYS = [
  'brand',
  'category',
  'color',
  'features',
  'fuel_type',
  'id',
  'image',
  'model',
  'plate_number',
  'pricing',
  'seats',
  'station',
  'status',
  'transmission',
  'year',
];
const DETAIL_VEHICLE_KEYS = [
  'brand',
  'category',
  'color',
  'features',
  'fuel_type',
  'id',
  'images',
  'location',
  'model',
  'plate_number',
  'pricing',
  'seats',
  'station',
  'status',
  'telemetry',
  'transmission',
  'year',
];

const keys = (o: object) => Object.keys(o).sort();
const MINUTE = 60_000;

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

function get(me: Me, path: string) {
  return call(t, { url: `${CLIENT}${path}`, agency: me.agency, token: me.token });
}

async function vehicleStatus(me: Me, id: number): Promise<string> {
  return expectOk(await get(me, `/vehicles/${id}`), 200, 'Vehicle retrieved').data.status;
}

/** A second client of the same agency (bookings need a client row). */
async function otherClient(me: Me): Promise<number> {
  return (await registerClient(t, me.agency)).user.id;
}

describe('GET /stations', () => {
  it("lists the agency's active stations with their counts, without distances when no point is given", async () => {
    const me = await newMe();
    const other = await newMe();
    const a = await createStation(t, me.agency, {
      name: 'Downtown',
      images: ['https://cdn.example.com/a1.jpg', 'https://cdn.example.com/a2.jpg'],
      operatingHours: { monday: '06:00-22:00', friday: '06:00-23:00' },
      amenities: ['parking', 'charging'],
    });
    const b = await createStation(t, me.agency, { name: 'Airport' });
    await createStation(t, me.agency, { name: 'Closed', status: 'inactive' });
    await createStation(t, other.agency, { name: 'Foreign' });
    const client = await otherClient(me);
    const now = t.clock.now();
    await createVehicle(t, me.agency, a); // available
    await createVehicle(t, me.agency, a, { maintenance: true });
    const inUse = await createVehicle(t, me.agency, a);
    await insertBooking(t, me.agency, client, inUse, { status: 'active', startAt: hoursFrom(now, -1) });
    const booked = await createVehicle(t, me.agency, a);
    await insertBooking(t, me.agency, client, booked, { startAt: new Date(now.getTime() + 5 * MINUTE) });
    const later = await createVehicle(t, me.agency, a); // its booking is hours away: still available
    await insertBooking(t, me.agency, client, later, { startAt: hoursFrom(now, 3) });

    const body = expectOk(await get(me, '/stations'), 200, 'Stations retrieved');
    assert.deepEqual(body.meta, { agency_id: me.agency.agency.id, agency_code: me.agency.agency.code });
    assert.deepEqual(
      body.data.map((s: { id: number }) => s.id),
      [a.id, b.id],
    );
    for (const s of body.data) assert.deepEqual(keys(s), STATION_LIST_KEYS);
    assert.deepEqual(body.data[0], {
      id: a.id,
      name: 'Downtown',
      address: a.address,
      latitude: a.latitude,
      longitude: a.longitude,
      distance_km: null,
      available_vehicles: 2,
      total_vehicles: 5,
      image: 'https://cdn.example.com/a1.jpg',
      operating_hours: { monday: '06:00-22:00', friday: '06:00-23:00' },
      amenities: ['parking', 'charging'],
    });
    assert.equal(body.data[1].image, null);
    assert.equal(body.data[1].available_vehicles, 0);
    assert.equal(body.data[1].total_vehicles, 0);
  });

  it('with coordinates: only stations within radius_km (default 50), nearest first, distance to one decimal', async () => {
    const me = await newMe();
    // From (40, -74): 0.05 degrees of latitude is 5.56 km, 0.1 is 11.12 km, 0.5 is 55.6 km.
    const far = await createStation(t, me.agency, { name: 'Far', latitude: 40.5, longitude: -74 });
    const ten = await createStation(t, me.agency, { name: 'Ten', latitude: 40.1, longitude: -74 });
    const here = await createStation(t, me.agency, { name: 'Here', latitude: 40, longitude: -74 });
    const five = await createStation(t, me.agency, { name: 'Five', latitude: 39.95, longitude: -74 });
    await createStation(t, me.agency, { name: 'Closed', latitude: 40, longitude: -74, status: 'inactive' });

    const near = expectOk(await get(me, '/stations?latitude=40&longitude=-74'), 200, 'Stations retrieved').data;
    assert.deepEqual(
      near.map((s: { id: number; distance_km: number }) => [s.id, s.distance_km]),
      [
        [here.id, 0],
        [five.id, 5.6],
        [ten.id, 11.1],
      ],
    );
    const wide = expectOk(await get(me, '/stations?latitude=40&longitude=-74&radius_km=60'), 200, 'Stations retrieved');
    assert.deepEqual(
      wide.data.map((s: { id: number; distance_km: number }) => [s.id, s.distance_km]),
      [
        [here.id, 0],
        [five.id, 5.6],
        [ten.id, 11.1],
        [far.id, 55.6],
      ],
    );
    const tight = expectOk(
      await get(me, '/stations?latitude=40.0&longitude=-74.0&radius_km=5'),
      200,
      'Stations retrieved',
    );
    assert.deepEqual(
      tight.data.map((s: { id: number }) => s.id),
      [here.id],
    );
    // Blank parameters count as absent: every active station, no distances.
    const blank = expectOk(await get(me, '/stations?latitude=&longitude=&radius_km='), 200, 'Stations retrieved');
    assert.equal(blank.data.length, 4);
    assert.ok(blank.data.every((s: { distance_km: unknown }) => s.distance_km === null));
  });

  it('finds stations across the antimeridian and near a pole', async () => {
    const me = await newMe();
    const east = await createStation(t, me.agency, { name: 'East of the line', latitude: 0, longitude: 179.9 });
    const west = await createStation(t, me.agency, { name: 'West of the line', latitude: 0, longitude: -179.95 });
    await createStation(t, me.agency, { name: 'Greenwich', latitude: 0, longitude: 0 });
    const data = expectOk(
      await get(me, '/stations?latitude=0&longitude=179.99&radius_km=20'),
      200,
      'Stations retrieved',
    ).data as Array<{ id: number; distance_km: number }>;
    // 0.09 and 0.06 degrees along the equator: 10.0 km and 6.7 km.
    assert.deepEqual(
      data.map((s) => [s.id, s.distance_km]),
      [
        [west.id, 6.7],
        [east.id, 10],
      ],
    );
    const polar = await createStation(t, me.agency, { name: 'Pole', latitude: 89.95, longitude: 120 });
    const nearPole = expectOk(
      await get(me, '/stations?latitude=89.99&longitude=-60&radius_km=20'),
      200,
      'Stations retrieved',
    );
    // Over the pole: 0.01 + 0.05 degrees of arc, 6.7 km.
    assert.deepEqual(
      nearPole.data.map((s: { id: number; distance_km: number }) => [s.id, s.distance_km]),
      [[polar.id, 6.7]],
    );
  });

  it('answers 422 with Laravel messages for bad coordinates and radius', async () => {
    const me = await newMe();
    const cases: Array<[string, Record<string, string[]>]> = [
      ['latitude=abc&longitude=1', { latitude: ['The latitude must be a number.'] }],
      ['latitude=90.5&longitude=1', { latitude: ['The latitude must be between -90 and 90.'] }],
      ['latitude=1&longitude=-181', { longitude: ['The longitude must be between -180 and 180.'] }],
      ['latitude=1', { longitude: ['The longitude field is required when latitude is present.'] }],
      ['longitude=1', { latitude: ['The latitude field is required when longitude is present.'] }],
      ['latitude=1&longitude=1&radius_km=0', { radius_km: ['The radius km must be at least 1.'] }],
      ['latitude=1&longitude=1&radius_km=20001', { radius_km: ['The radius km must not be greater than 20000.'] }],
      ['latitude=1&longitude=1&radius_km=1.5', { radius_km: ['The radius km must be an integer.'] }],
      ['latitude=1&longitude=1&radius_km=ten', { radius_km: ['The radius km must be an integer.'] }],
      ['latitude=1&latitude=2&longitude=1', { latitude: ['The latitude must be a number.'] }],
    ];
    for (const [query, errors] of cases) {
      const body = expectError(await get(me, `/stations?${query}`), 422, 'Validation failed', errors);
      assert.deepEqual(body.meta, { agency_id: me.agency.agency.id, agency_code: me.agency.agency.code }, query);
    }
  });
});

describe('GET /stations/{id}', () => {
  it('shows the station with every vehicle there, its status and pricing in the agency currency', async () => {
    const me = await newMe({ currency: 'EUR' });
    const s = await createStation(t, me.agency, {
      name: 'Central',
      description: 'Our flagship location.',
      phone: '+1234567890',
      email: 'central@example.com',
      images: ['https://cdn.example.com/c1.jpg', 'https://cdn.example.com/c2.jpg'],
    });
    const elsewhere = await createStation(t, me.agency);
    const v1 = await createVehicle(t, me.agency, s, { hourlyRateMinor: 1550, dailyRateMinor: 8000, images: [] });
    const v2 = await createVehicle(t, me.agency, s, { maintenance: true, category: 'suv', fuelType: 'diesel' });
    await createVehicle(t, me.agency, elsewhere);

    const body = expectOk(await get(me, `/stations/${s.id}`), 200, 'Station retrieved');
    assert.deepEqual(keys(body.data), STATION_DETAIL_KEYS);
    const { vehicles: list, ...station } = body.data;
    assert.deepEqual(station, {
      id: s.id,
      name: 'Central',
      description: 'Our flagship location.',
      address: s.address,
      latitude: s.latitude,
      longitude: s.longitude,
      phone: '+1234567890',
      email: 'central@example.com',
      images: ['https://cdn.example.com/c1.jpg', 'https://cdn.example.com/c2.jpg'],
      operating_hours: s.operatingHours,
      amenities: s.amenities,
    });
    for (const v of list) assert.deepEqual(keys(v), STATION_VEHICLE_KEYS);
    assert.deepEqual(list, [
      {
        id: v1.id,
        plate_number: v1.plateNumber,
        brand: 'Toyota',
        model: 'Corolla',
        year: 2023,
        category: 'sedan',
        seats: 5,
        fuel_type: 'petrol',
        transmission: 'automatic',
        image: null,
        status: 'available',
        pricing: { hourly_rate: 15.5, daily_rate: 80, currency: 'EUR' },
      },
      {
        id: v2.id,
        plate_number: v2.plateNumber,
        brand: 'Toyota',
        model: 'Corolla',
        year: 2023,
        category: 'suv',
        seats: 5,
        fuel_type: 'diesel',
        transmission: 'automatic',
        image: 'https://cdn.example.com/vehicles/corolla.jpg',
        status: 'maintenance',
        pricing: { hourly_rate: 15, daily_rate: 80, currency: 'EUR' },
      },
    ]);
  });

  it("answers 404 for an inactive station, another agency's, an unknown id and a malformed one", async () => {
    const me = await newMe();
    const other = await newMe();
    const inactive = await createStation(t, me.agency, { status: 'inactive' });
    const foreign = await createStation(t, other.agency);
    for (const id of [
      inactive.id,
      foreign.id,
      99_999_999,
      2_147_483_648,
      999_999_999_999_999,
      'abc',
      '0',
      '-1',
      '1.5',
      '1e3',
    ]) {
      const body = expectError(await get(me, `/stations/${id}`), 404, 'Station not found');
      assert.equal(body.data, null);
    }
  });

  it('agrees with the station list and with each vehicle (one status expression everywhere)', async () => {
    const me = await newMe({ settings: { pickup_window_minutes: 30 } });
    const s = await createStation(t, me.agency);
    const client = await otherClient(me);
    const now = t.clock.now();
    const ids: number[] = [];
    for (const startMinutes of [10, 25, 35, 120]) {
      const v = await createVehicle(t, me.agency, s);
      ids.push(v.id);
      await insertBooking(t, me.agency, client, v, { startAt: new Date(now.getTime() + startMinutes * MINUTE) });
    }
    const detail = expectOk(await get(me, `/stations/${s.id}`), 200, 'Station retrieved').data;
    assert.deepEqual(
      detail.vehicles.map((v: { status: string }) => v.status),
      ['booked', 'booked', 'available', 'available'],
    );
    for (const [i, id] of ids.entries()) assert.equal(await vehicleStatus(me, id), detail.vehicles[i].status);
    const listed = expectOk(await get(me, '/stations'), 200, 'Stations retrieved').data;
    assert.equal(listed[0].available_vehicles, 2);
    assert.equal(listed[0].total_vehicles, 4);
  });
});

describe('vehicle status (derived when read)', () => {
  it('maintenance, in_use, booked inside the pickup window, available when the booking is further out', async () => {
    const me = await newMe(); // pickup window: 15 minutes by default
    const s = await createStation(t, me.agency);
    const client = await otherClient(me);
    const now = t.clock.now();

    const idle = await createVehicle(t, me.agency, s);
    assert.equal(await vehicleStatus(me, idle.id), 'available');

    const repair = await createVehicle(t, me.agency, s, { maintenance: true });
    assert.equal(await vehicleStatus(me, repair.id), 'maintenance');

    const driving = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, client, driving, { status: 'active', startAt: hoursFrom(now, -2) });
    assert.equal(await vehicleStatus(me, driving.id), 'in_use');

    const soon = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, client, soon, { startAt: new Date(now.getTime() + 10 * MINUTE) });
    assert.equal(await vehicleStatus(me, soon.id), 'booked');

    const pending = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, client, pending, {
      status: 'pending',
      startAt: new Date(now.getTime() + 15 * MINUTE),
    });
    assert.equal(await vehicleStatus(me, pending.id), 'booked', 'a held slot at the edge of the window');

    const later = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, client, later, { startAt: new Date(now.getTime() + 20 * MINUTE) });
    assert.equal(await vehicleStatus(me, later.id), 'available');
    t.clock.advanceMinutes(5);
    assert.equal(await vehicleStatus(me, later.id), 'booked', 'the pickup window has opened');
    t.clock.advanceMinutes(-5);

    // Maintenance wins over a booking; bookings that ended or were cancelled hold nothing.
    const both = await createVehicle(t, me.agency, s, { maintenance: true });
    await insertBooking(t, me.agency, client, both, { status: 'active', startAt: hoursFrom(now, -1) });
    assert.equal(await vehicleStatus(me, both.id), 'maintenance');
    const done = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, client, done, {
      status: 'completed',
      startAt: hoursFrom(now, -10),
      endAt: hoursFrom(now, -2),
    });
    await insertBooking(t, me.agency, client, done, {
      status: 'cancelled',
      startAt: new Date(now.getTime() + 5 * MINUTE),
    });
    assert.equal(await vehicleStatus(me, done.id), 'available');
  });

  it('follows the agency pickup window', async () => {
    const me = await newMe({ settings: { pickup_window_minutes: 60 } });
    const s = await createStation(t, me.agency);
    const v = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, await otherClient(me), v, {
      startAt: new Date(t.clock.now().getTime() + 50 * MINUTE),
    });
    assert.equal(await vehicleStatus(me, v.id), 'booked');
  });
});

describe('GET /vehicles/{id}', () => {
  it('shows the vehicle as documented, telemetry null before the first report, location at its station', async () => {
    const me = await newMe();
    const s = await createStation(t, me.agency, { name: 'Central', latitude: 40.7128, longitude: -74.006 });
    const v = await createVehicle(t, me.agency, s, {
      images: ['https://cdn.example.com/v/front.jpg', 'https://cdn.example.com/v/side.jpg'],
      features: ['Air Conditioning', 'Bluetooth', 'Backup Camera'],
      hourlyRateMinor: 1500,
      dailyRateMinor: 8000,
    });
    const body = expectOk(await get(me, `/vehicles/${v.id}`), 200, 'Vehicle retrieved');
    assert.deepEqual(keys(body.data), DETAIL_VEHICLE_KEYS);
    assert.deepEqual(body.data, {
      id: v.id,
      plate_number: v.plateNumber,
      brand: 'Toyota',
      model: 'Corolla',
      year: 2023,
      color: 'White',
      category: 'sedan',
      seats: 5,
      fuel_type: 'petrol',
      transmission: 'automatic',
      images: ['https://cdn.example.com/v/front.jpg', 'https://cdn.example.com/v/side.jpg'],
      features: ['Air Conditioning', 'Bluetooth', 'Backup Camera'],
      pricing: { hourly_rate: 15, daily_rate: 80, currency: 'USD' },
      location: { latitude: 40.7128, longitude: -74.006, address: s.address },
      status: 'available',
      station: { id: s.id, name: 'Central' },
      telemetry: null,
    });
  });

  it('takes the telemetry and the position from the last report', async () => {
    const me = await newMe({ currency: 'JPY' });
    const s = await createStation(t, me.agency);
    const v = await createVehicle(t, me.agency, s, { hourlyRateMinor: 1500, dailyRateMinor: 8000 });
    const now = t.clock.now();
    const state = {
      is_locked: true,
      driving_enabled: false,
      is_engine_running: false,
      fuel_level: 75,
      mileage: 15000,
      battery_voltage: 12.6,
      doors: {
        front_left: 'closed',
        front_right: 'closed',
        rear_left: 'closed',
        rear_right: 'closed',
        trunk: 'closed',
      },
      latitude: 40.7131,
      longitude: -74.0072,
      signal_strength: 'strong',
    };
    await t.deps.database.db
      .insert(vehicleTelemetry)
      .values({ vehicleId: v.id, agencyId: me.agency.agency.id, state, reportedAt: now, lastSeenAt: now });
    const data = expectOk(await get(me, `/vehicles/${v.id}`), 200, 'Vehicle retrieved').data;
    assert.deepEqual(data.telemetry, {
      fuel_level: 75,
      mileage: 15000,
      battery_voltage: 12.6,
      is_locked: true,
      is_engine_running: false,
    });
    assert.deepEqual(data.location, { latitude: 40.7131, longitude: -74.0072, address: s.address });
    assert.deepEqual(data.pricing, { hourly_rate: 1500, daily_rate: 8000, currency: 'JPY' }, 'JPY has no minor unit');

    // A report without a position leaves the station's coordinates.
    await t.deps.database.db
      .update(vehicleTelemetry)
      .set({ state: { ...state, latitude: null, longitude: null, battery_voltage: null } })
      .where(eq(vehicleTelemetry.vehicleId, v.id));
    const again = expectOk(await get(me, `/vehicles/${v.id}`), 200, 'Vehicle retrieved').data;
    assert.deepEqual(again.location, { latitude: s.latitude, longitude: s.longitude, address: s.address });
    assert.equal(again.telemetry.battery_voltage, null);
  });

  it("keeps a rented car's live position and lock state from other clients (its renter has GET /status)", async () => {
    const me = await newMe();
    const s = await createStation(t, me.agency);
    const v = await createVehicle(t, me.agency, s);
    const now = t.clock.now();
    const state = {
      is_locked: false,
      driving_enabled: true,
      is_engine_running: true,
      fuel_level: 60,
      mileage: 20000,
      battery_voltage: 12.4,
      doors: {
        front_left: 'closed',
        front_right: 'closed',
        rear_left: 'closed',
        rear_right: 'closed',
        trunk: 'closed',
      },
      latitude: 41.5,
      longitude: -73.2,
      signal_strength: 'strong',
    };
    await t.deps.database.db
      .insert(vehicleTelemetry)
      .values({ vehicleId: v.id, agencyId: me.agency.agency.id, state, reportedAt: now, lastSeenAt: now });
    await insertBooking(t, me.agency, await otherClient(me), v, {
      status: 'active',
      startAt: hoursFrom(now, -1),
      endAt: hoursFrom(now, 3),
    });
    const data = expectOk(await get(me, `/vehicles/${v.id}`), 200, 'Vehicle retrieved').data;
    assert.equal(data.status, 'in_use');
    assert.deepEqual(data.location, { latitude: s.latitude, longitude: s.longitude, address: s.address });
    assert.equal(data.telemetry, null);
  });

  it('does not offer a car without a telematics unit for booking (it could not be unlocked)', async () => {
    const me = await newMe();
    const s = await createStation(t, me.agency);
    const keyless = await createVehicle(t, me.agency, s, { telematicsDeviceId: null });
    const fitted = await createVehicle(t, me.agency, s);
    const ids = expectOk(await get(me, '/vehicles'), 200, 'Vehicles retrieved').data.map((x: { id: number }) => x.id);
    assert.deepEqual(ids, [fitted.id]);
    expectOk(await get(me, `/vehicles/${keyless.id}`), 200, 'Vehicle retrieved');
  });

  it("still shows a vehicle in maintenance or at an inactive station; another agency's vehicle and bad ids are 404", async () => {
    const me = await newMe();
    const other = await newMe();
    const closed = await createStation(t, me.agency, { status: 'inactive' });
    const repair = await createVehicle(t, me.agency, closed, { maintenance: true });
    assert.equal(await vehicleStatus(me, repair.id), 'maintenance');
    const foreign = await createVehicle(t, other.agency, await createStation(t, other.agency));
    for (const id of [foreign.id, 99_999_999, 2_147_483_648, 999_999_999_999_999, 'abc', '0', '01']) {
      const body = expectError(await get(me, `/vehicles/${id}`), 404, 'Vehicle not found');
      assert.equal(body.data, null);
    }
  });
});

describe('GET /vehicles', () => {
  async function fleet(me: Me) {
    const a = await createStation(t, me.agency, { name: 'A' });
    const b = await createStation(t, me.agency, { name: 'B' });
    const closed = await createStation(t, me.agency, { name: 'Closed', status: 'inactive' });
    const sedan = await createVehicle(t, me.agency, a);
    const suv = await createVehicle(t, me.agency, a, { category: 'suv' });
    const star = await createVehicle(t, me.agency, b, { featured: true, category: 'luxury' });
    const van = await createVehicle(t, me.agency, b, { category: 'van' });
    await createVehicle(t, me.agency, a, { maintenance: true });
    await createVehicle(t, me.agency, closed);
    return { a, b, sedan, suv, star, van };
  }

  it('lists bookable vehicles, featured first, with status, station and pricing (no estimate without a window)', async () => {
    const me = await newMe();
    const other = await newMe();
    await createVehicle(t, other.agency, await createStation(t, other.agency));
    const f = await fleet(me);
    const client = await otherClient(me);
    await insertBooking(t, me.agency, client, f.suv, { status: 'active', startAt: hoursFrom(t.clock.now(), -1) });

    const body = expectOk(await get(me, '/vehicles'), 200, 'Vehicles retrieved');
    assert.deepEqual(body.meta, {
      agency_id: me.agency.agency.id,
      agency_code: me.agency.agency.code,
      current_page: 1,
      last_page: 1,
      per_page: 15,
      total: 4,
    });
    assert.deepEqual(
      body.data.map((v: { id: number }) => v.id),
      [f.star.id, f.sedan.id, f.suv.id, f.van.id],
    );
    for (const v of body.data) assert.deepEqual(keys(v), LIST_VEHICLE_KEYS);
    assert.deepEqual(body.data[1], {
      id: f.sedan.id,
      plate_number: f.sedan.plateNumber,
      brand: 'Toyota',
      model: 'Corolla',
      year: 2023,
      color: 'White',
      category: 'sedan',
      seats: 5,
      fuel_type: 'petrol',
      transmission: 'automatic',
      image: 'https://cdn.example.com/vehicles/corolla.jpg',
      features: ['Air Conditioning', 'Bluetooth'],
      status: 'available',
      station: { id: f.a.id, name: 'A' },
      pricing: { hourly_rate: 15, daily_rate: 80, currency: 'USD', estimated_total: null },
    });
    assert.equal(body.data[2].status, 'in_use', 'without a window, busy cars are listed with their status');
  });

  it('filters by station and category', async () => {
    const me = await newMe();
    const f = await fleet(me);
    const ids = async (query: string) =>
      expectOk(await get(me, `/vehicles?${query}`), 200, 'Vehicles retrieved').data.map((v: { id: number }) => v.id);
    assert.deepEqual(await ids(`station_id=${f.b.id}`), [f.star.id, f.van.id]);
    assert.deepEqual(await ids('category=suv'), [f.suv.id]);
    assert.deepEqual(await ids(`station_id=${f.a.id}&category=van`), []);
    assert.deepEqual(await ids('station_id=99999999'), []);
    assert.deepEqual(await ids('category=&station_id='), [f.star.id, f.sedan.id, f.suv.id, f.van.id]);
  });

  it('paginates: page and per_page, meta with current_page, last_page, per_page and total', async () => {
    const me = await newMe();
    const s = await createStation(t, me.agency);
    const made: VehicleRow[] = [];
    for (let i = 0; i < 5; i++) made.push(await createVehicle(t, me.agency, s));
    const page = async (query: string) => expectOk(await get(me, `/vehicles?${query}`), 200, 'Vehicles retrieved');

    const second = await page('per_page=2&page=2');
    assert.deepEqual(
      second.data.map((v: { id: number }) => v.id),
      [made[2]!.id, made[3]!.id],
    );
    assert.deepEqual(second.meta, {
      agency_id: me.agency.agency.id,
      agency_code: me.agency.agency.code,
      current_page: 2,
      last_page: 3,
      per_page: 2,
      total: 5,
    });
    const last = await page('per_page=2&page=3');
    assert.deepEqual(
      last.data.map((v: { id: number }) => v.id),
      [made[4]!.id],
    );
    const beyond = await page('per_page=2&page=9');
    assert.deepEqual(beyond.data, []);
    assert.equal(beyond.meta.current_page, 9);
    assert.equal(beyond.meta.total, 5);
    assert.equal(beyond.meta.last_page, 3);
    const all = await page('per_page=50');
    assert.equal(all.data.length, 5);
    assert.equal(all.meta.last_page, 1);

    const empty = await newMe();
    const none = expectOk(await get(empty, '/vehicles'), 200, 'Vehicles retrieved');
    assert.deepEqual(none.data, []);
    assert.equal(none.meta.total, 0);
    assert.equal(none.meta.last_page, 1);
  });

  it('with a window: only vehicles free for all of it (turnaround included), with the estimated total', async () => {
    const me = await newMe({ settings: { turnaround_minutes: 30 } });
    const s = await createStation(t, me.agency);
    const client = await otherClient(me);
    const day = new Date(Date.UTC(2031, 4, 12)); // a Monday, far from the clock: only bookings matter
    const at = (h: number, m = 0) => new Date(day.getTime() + h * 3_600_000 + m * MINUTE);
    const free = await createVehicle(t, me.agency, s);
    // Booked 12:00-16:00, held until 16:30 (turnaround).
    const busy = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, client, busy, { startAt: at(12), endAt: at(16), blockedUntil: at(16, 30) });
    // Bookings that hold nothing any more.
    const released = await createVehicle(t, me.agency, s);
    await insertBooking(t, me.agency, client, released, { status: 'cancelled', startAt: at(9), endAt: at(18) });
    await insertBooking(t, me.agency, client, released, { status: 'completed', startAt: at(9), endAt: at(18) });

    const search = async (start: Date, end: Date) => {
      const q = `start_date=${encodeURIComponent(iso(start))}&end_date=${encodeURIComponent(iso(end))}`;
      const body = expectOk(await get(me, `/vehicles?${q}`), 200, 'Vehicles retrieved');
      return body.data as Array<{ id: number; pricing: { estimated_total: number } }>;
    };
    const ids = async (start: Date, end: Date) => (await search(start, end)).map((v) => v.id);

    // 08:00-16:00 is 8 h x 15.00 = 120.00 plus 10% tax: 132.00.
    const morning = await search(at(8), at(16));
    assert.deepEqual(
      morning.map((v) => v.id),
      [free.id, released.id],
    );
    assert.deepEqual(
      morning.map((v) => v.pricing.estimated_total),
      [132, 132],
    );
    // Ends at 11:30: with the 30 minutes' turnaround it would hold the car until 12:00, the busy start.
    assert.deepEqual(await ids(at(6), at(11, 30)), [free.id, busy.id, released.id]);
    // Ends at 11:31: its turnaround would reach into the booking.
    assert.deepEqual(await ids(at(6), at(11, 31)), [free.id, released.id]);
    // Starts at 16:29, inside the busy booking's turnaround; 16:30 is free again.
    assert.deepEqual(await ids(at(16, 29), at(20)), [free.id, released.id]);
    assert.deepEqual(await ids(at(16, 30), at(20)), [free.id, busy.id, released.id]);
    // The window's offset counts: 18:30+02:00 is 16:30Z.
    const offset = await get(
      me,
      '/vehicles?start_date=2031-05-12T18:30:00%2B02:00&end_date=2031-05-12T22:00:00%2B02:00',
    );
    assert.equal(expectOk(offset, 200, 'Vehicles retrieved').data.length, 3);
    // 25 h: one day at the daily rate (80.00) and one hour (15.00), plus 10%: 104.50.
    const long = await search(at(20), at(45));
    assert.deepEqual(
      long.map((v) => v.pricing.estimated_total),
      [104.5, 104.5, 104.5],
    );
    // A started hour is billed: 1 h 1 min is 2 h, 33.00.
    assert.equal((await search(at(20), at(21, 1)))[0]!.pricing.estimated_total, 33);
  });

  it('answers 422 with Laravel messages for bad filters, windows and pages', async () => {
    const me = await newMe();
    const cases: Array<[string, Record<string, string[]>]> = [
      ['category=bus', { category: ['The selected category is invalid.'] }],
      ['station_id=abc', { station_id: ['The station id must be an integer.'] }],
      ['station_id=0', { station_id: ['The station id must be at least 1.'] }],
      ['station_id=2147483648', { station_id: ['The station id must not be greater than 2147483647.'] }],
      ['page=0', { page: ['The page must be at least 1.'] }],
      ['page=x', { page: ['The page must be an integer.'] }],
      ['per_page=51', { per_page: ['The per page must not be greater than 50.'] }],
      ['per_page=0', { per_page: ['The per page must be at least 1.'] }],
      ['start_date=2031-05-12T10:00:00Z', { end_date: ['The end date field is required when start date is present.'] }],
      ['end_date=2031-05-12T10:00:00Z', { start_date: ['The start date field is required when end date is present.'] }],
      [
        'start_date=2031-05-12T10:00:00Z&end_date=2031-05-12T10:00:00Z',
        { end_date: ['The end date must be a date after start date.'] },
      ],
      [
        'start_date=2031-05-12T10:00:00Z&end_date=2031-05-12T09:00:00Z',
        { end_date: ['The end date must be a date after start date.'] },
      ],
      [
        'start_date=2031-05-12T10:00:00&end_date=2031-05-12T12:00:00Z',
        { start_date: ['The start date is not a valid date.'] },
      ],
      [
        'start_date=2031-05-12&end_date=tomorrow',
        {
          start_date: ['The start date is not a valid date.'],
          end_date: ['The end date is not a valid date.'],
        },
      ],
      [
        'start_date=0000-01-01T00:00:00Z&end_date=9999-12-31T23:00:00Z',
        {
          start_date: ['The start date is not a valid date.'],
          end_date: ['The end date is not a valid date.'],
        },
      ],
      [
        'start_date=2031-02-30T10:00:00Z&end_date=2031-03-01T10:00:00Z',
        { start_date: ['The start date is not a valid date.'] },
      ],
    ];
    for (const [query, errors] of cases)
      expectError(await get(me, `/vehicles?${query}`), 422, 'Validation failed', errors);
  });
});

describe('db:seed --demo fleet', () => {
  it('gives the demo agency 3 stations and 10 vehicles once; a second seed changes nothing', async () => {
    const app = await makeTestApp();
    try {
      const demo = await seedDemo(app.deps, { onlyIfEmpty: true });
      assert.ok(demo);
      const agency = (await app.deps.agencies.findByCode('DEMO'))!;
      const db = app.deps.database.db;
      const before = await db.select().from(vehicles).where(eq(vehicles.agencyId, agency.id)).orderBy(vehicles.id);
      assert.equal(before.length, 10);
      assert.ok(before.every((v) => v.images.length > 0 && v.features.length > 0 && v.hourlyRateMinor > 0));
      assert.deepEqual(
        before.map((v) => v.telematicsDeviceId),
        DEMO_FLEET.vehicles.map((v) => v.telematics_device_id),
      );

      assert.equal(await seedDemo(app.deps, { onlyIfEmpty: true }), null);
      const after = await db.select().from(vehicles).where(eq(vehicles.agencyId, agency.id)).orderBy(vehicles.id);
      assert.deepEqual(after, before);

      // Through the API, as the demo app sees it.
      const login = await call(app, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        headers: { 'x-agency-signature': signAgencyRequest('DEMO', demo.secretKey, app.clock.now()) },
        body: { email: demo.clientEmail, password: demo.clientPassword },
      });
      const token = expectOk(login, 200, 'Login successful').data.token as string;
      const list = await call(app, {
        url: `${CLIENT}/stations?latitude=37.7881&longitude=-122.4075&radius_km=10`,
        headers: { 'x-agency-signature': signAgencyRequest('DEMO', demo.secretKey, app.clock.now()) },
        token,
      });
      const data = expectOk(list, 200, 'Stations retrieved').data as Array<{
        name: string;
        distance_km: number;
        total_vehicles: number;
        available_vehicles: number;
      }>;
      assert.deepEqual(
        data.map((s) => [s.name, s.total_vehicles, s.available_vehicles]),
        [
          ['Union Square', 4, 4],
          ['Mission Bay', 3, 3],
          ["Fisherman's Wharf", 3, 3],
        ],
      );
      assert.equal(data[0]!.distance_km, 0);
    } finally {
      await app.close();
    }
  });

  it('adds the fleet to a demo agency created before fleets existed, and leaves an existing fleet alone', async () => {
    const app = await makeTestApp();
    try {
      await app.deps.agencies.create({ code: 'DEMO', name: 'Old demo' });
      const agency = (await app.deps.agencies.findByCode('DEMO'))!;
      assert.equal(await seedDemo(app.deps, { onlyIfEmpty: true }), null);
      const db = app.deps.database.db;
      const count = async () => (await db.select().from(stations).where(eq(stations.agencyId, agency.id))).length;
      assert.equal(await count(), 3);
      await db
        .update(stations)
        .set({ name: 'Renamed by the operator' })
        .where(and(eq(stations.agencyId, agency.id), eq(stations.name, 'Mission Bay')));
      await seedDemo(app.deps, { onlyIfEmpty: true });
      assert.equal(await count(), 3, 'the seed did not add Mission Bay back');
    } finally {
      await app.close();
    }
  });
});

describe('access matrix of the fleet routes', () => {
  accessMatrix(
    () => t,
    [
      { method: 'GET', path: '/stations', auth: 'client' },
      { method: 'GET', path: '/stations/999999', template: '/stations/{id}', auth: 'client', ownStatuses: [404] },
      { method: 'GET', path: '/vehicles', auth: 'client' },
      { method: 'GET', path: '/vehicles/999999', template: '/vehicles/{id}', auth: 'client', ownStatuses: [404] },
    ],
  );
});
