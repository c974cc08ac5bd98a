/**
 * The fleet file's validation and import rules (FleetImporter against a real database), and the
 * geometry of the station search (bounding box, distance).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { stations, vehicles } from '../../src/db/schema.js';
import { FleetImportError, parseFleetFile } from '../../src/modules/fleet/fleet-import.js';
import { boundingBox, distanceKm, roundKm } from '../../src/modules/fleet/geo.js';
import { createAgency, makeTestApp, type TestAgency, type TestApp } from '../helpers/app.js';

const station = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  address: `${name} address`,
  latitude: 48.8566,
  longitude: 2.3522,
  ...extra,
});

const car = (plate: string, extra: Record<string, unknown> = {}) => ({
  plate_number: plate,
  station: 'Gare du Nord',
  brand: 'Renault',
  model: 'Zoe',
  year: 2022,
  color: 'Blue',
  category: 'compact',
  seats: 5,
  fuel_type: 'electric',
  transmission: 'automatic',
  hourly_rate: '9.50',
  daily_rate: 45,
  ...extra,
});

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof FleetImportError, String(err));
    return err.problems;
  }
  assert.fail('expected a FleetImportError');
}

async function importProblems(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof FleetImportError, String(err));
    return err.problems;
  }
  assert.fail('expected a FleetImportError');
}

describe('fleet file validation', () => {
  it('names the index and the field of every problem', () => {
    assert.deepEqual(
      problems(() =>
        parseFleetFile(
          {
            stations: [
              station('A', {
                latitude: -91,
                email: 'nope',
                operating_hours: { monday: '6-22', holiday: '06:00-22:00' },
              }),
            ],
            vehicles: [car('X', { year: 2023.5, seats: '5', fuel_type: 'steam', features: 'GPS', colour: 'Red' })],
          },
          'f.json',
        ),
      ),
      [
        'stations[0].latitude: must be at least -90',
        'stations[0].email: must be an email address',
        'stations[0].operating_hours.monday: must look like "06:00-22:00"',
        'stations[0].operating_hours: unknown field holiday',
        'vehicles[0].year: must be a whole number',
        'vehicles[0].seats: must be a number',
        'vehicles[0].fuel_type: must be one of petrol, diesel, electric, hybrid',
        'vehicles[0].features: must be an array',
        'vehicles[0]: unknown field colour',
      ],
    );
    assert.deepEqual(
      problems(() => parseFleetFile([], 'f.json')),
      ['(file): must be a JSON object {"stations": [...], "vehicles": [...]}'],
    );
    assert.deepEqual(parseFleetFile({}, 'f.json'), { stations: [], vehicles: [] });
    // A device id is an MQTT topic level: separators, wildcards and spaces would make the car unreachable.
    assert.deepEqual(
      problems(() =>
        parseFleetFile({ stations: [], vehicles: [car('Y', { telematics_device_id: 'DEV/1 #' })] }, 'f.json'),
      ),
      ['vehicles[0].telematics_device_id: may contain only letters, digits and . _ : -'],
    );
  });

  it('puts the file name before each problem in the message', () => {
    try {
      parseFleetFile({ vehicles: [{ plate_number: 'X' }] }, '/tmp/fleet.json');
      assert.fail('expected an error');
    } catch (err) {
      assert.ok(err instanceof FleetImportError);
      assert.match(
        err.message,
        /^\/tmp\/fleet\.json was not imported \(nothing was written\):\n {2}\/tmp\/fleet\.json: vehicles\[0\]\.station: is required\n/,
      );
    }
  });
});

describe('FleetImporter', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp();
  });
  after(() => t.close());

  const rows = async (a: TestAgency) =>
    t.deps.database.db.select().from(vehicles).where(eq(vehicles.agencyId, a.agency.id)).orderBy(vehicles.plateNumber);

  it('checks amounts in the agency currency and duplicates within the file, writing nothing', async () => {
    const usd = await createAgency(t);
    const jpy = await createAgency(t, { currency: 'JPY' });
    assert.deepEqual(
      await importProblems(
        t.deps.fleetImport.import(
          usd.agency,
          {
            stations: [station('Gare du Nord'), station('Gare du Nord')],
            vehicles: [
              car('A', { hourly_rate: '15.005' }),
              car('A', { daily_rate: -1 }),
              car('B', { hourly_rate: '1e3' }),
            ],
          },
          'f.json',
        ),
      ),
      [
        'stations[1].name: "Gare du Nord" is also stations[0]',
        'vehicles[0].hourly_rate: is not an amount in USD (at most 2 decimals)',
        'vehicles[1].plate_number: "A" is also vehicles[0]',
        'vehicles[1].daily_rate: must be a decimal amount of at least 0, e.g. 15.00',
        'vehicles[2].hourly_rate: must be a decimal amount of at least 0, e.g. 15.00',
      ],
    );
    assert.deepEqual(
      await importProblems(
        t.deps.fleetImport.import(jpy.agency, { stations: [station('Gare du Nord')], vehicles: [car('A')] }, 'f.json'),
      ),
      ['vehicles[0].hourly_rate: is not an amount in JPY (at most 0 decimals)'],
    );
    assert.deepEqual(await rows(usd), []);
    const report = await t.deps.fleetImport.import(
      jpy.agency,
      { stations: [station('Gare du Nord')], vehicles: [car('A', { hourly_rate: 1500, daily_rate: '8000' })] },
      'f.json',
    );
    assert.deepEqual(report.vehicles, { created: 1, updated: 0, unchanged: 0 });
    assert.equal((await rows(jpy))[0]!.hourlyRateMinor, 1500);
  });

  it('updates in place only what differs; left-out fields keep their value; null clears', async () => {
    const a = await createAgency(t);
    const file = {
      stations: [
        station('Gare du Nord', {
          phone: '+33123456789',
          operating_hours: { sunday: '08:00-20:00', monday: '06:00-22:00' },
          amenities: ['parking'],
        }),
      ],
      vehicles: [car('AA-100-AA', { features: ['GPS'], maintenance: true, telematics_device_id: 'U-1' })],
    };
    const first = await t.deps.fleetImport.import(a.agency, file, 'f.json');
    assert.deepEqual(first, {
      stations: { created: 1, updated: 0, unchanged: 0 },
      vehicles: { created: 1, updated: 0, unchanged: 0 },
    });
    const [created] = await rows(a);
    assert.deepEqual(
      [created!.hourlyRateMinor, created!.dailyRateMinor, created!.maintenance, created!.featured, created!.vin],
      [950, 4500, true, false, null],
    );

    // The same file (keys in another order) changes nothing, not even updated_at.
    t.clock.advanceMinutes(1);
    assert.deepEqual(await t.deps.fleetImport.import(a.agency, JSON.parse(JSON.stringify(file)), 'f.json'), {
      stations: { created: 0, updated: 0, unchanged: 1 },
      vehicles: { created: 0, updated: 0, unchanged: 1 },
    });
    assert.deepEqual((await rows(a))[0]!.updatedAt, created!.updatedAt);

    // Left out: features, maintenance, device. Given: a new colour. Null: the station's phone.
    const lean = {
      stations: [station('Gare du Nord', { phone: null })],
      vehicles: [car('AA-100-AA', { color: 'Green' })],
    };
    const second = await t.deps.fleetImport.import(a.agency, lean, 'f.json');
    assert.deepEqual(second, {
      stations: { created: 0, updated: 1, unchanged: 0 },
      vehicles: { created: 0, updated: 1, unchanged: 0 },
    });
    const [updated] = await rows(a);
    assert.equal(updated!.id, created!.id, 'matched by plate number, updated in place');
    assert.deepEqual(
      [updated!.color, updated!.features, updated!.maintenance, updated!.telematicsDeviceId],
      ['Green', ['GPS'], true, 'U-1'],
    );
    const [st] = await t.deps.database.db.select().from(stations).where(eq(stations.agencyId, a.agency.id));
    assert.equal(st!.phone, null);
    assert.deepEqual(st!.operatingHours, { sunday: '08:00-20:00', monday: '06:00-22:00' });
  });

  it('lets vehicles name a station the agency already has, and hands devices over within one file', async () => {
    const a = await createAgency(t);
    await t.deps.fleetImport.import(
      a.agency,
      {
        stations: [station('Gare du Nord')],
        vehicles: [car('ONE', { telematics_device_id: 'U-1' }), car('TWO', { telematics_device_id: 'U-2' })],
      },
      'f.json',
    );
    // No stations in this file: "Gare du Nord" is found in the database. The two units swap cars.
    const swap = await t.deps.fleetImport.import(
      a.agency,
      { vehicles: [car('ONE', { telematics_device_id: 'U-2' }), car('TWO', { telematics_device_id: 'U-1' })] },
      'f.json',
    );
    assert.deepEqual(swap.vehicles, { created: 0, updated: 2, unchanged: 0 });
    assert.deepEqual(
      (await rows(a)).map((v) => [v.plateNumber, v.telematicsDeviceId]),
      [
        ['ONE', 'U-2'],
        ['TWO', 'U-1'],
      ],
    );
    // A device still on another car that the file does not move away is refused.
    assert.deepEqual(
      await importProblems(
        t.deps.fleetImport.import(a.agency, { vehicles: [car('THREE', { telematics_device_id: 'U-1' })] }, 'f.json'),
      ),
      ['vehicles[0].telematics_device_id: "U-1" belongs to vehicle TWO'],
    );
    // Another agency's stations and devices are not this agency's.
    const b = await createAgency(t);
    assert.deepEqual(await importProblems(t.deps.fleetImport.import(b.agency, { vehicles: [car('ONE')] }, 'f.json')), [
      `vehicles[0].station: no station named "Gare du Nord" in this file or in agency ${b.agency.code}`,
    ]);
    await t.deps.fleetImport.import(
      b.agency,
      { stations: [station('Gare du Nord')], vehicles: [car('ONE', { telematics_device_id: 'U-1' })] },
      'f.json',
    );
    const bRows = await t.deps.database.db
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, b.agency.id), eq(vehicles.plateNumber, 'ONE')));
    assert.equal(bRows[0]!.telematicsDeviceId, 'U-1');
  });
});

describe('station search geometry', () => {
  it('measures haversine distances', () => {
    assert.equal(roundKm(distanceKm(40, -74, 40.1, -74)), 11.1);
    assert.equal(roundKm(distanceKm(0, 179.95, 0, -179.95)), 11.1);
    assert.equal(distanceKm(10, 10, 10, 10), 0);
    assert.equal(roundKm(distanceKm(90, 0, -90, 0)), 20015.1);
  });

  it('gives a box that contains every point within the radius', () => {
    const inside = (box: ReturnType<typeof boundingBox>, lat: number, lng: number) =>
      lat >= box.latMin &&
      lat <= box.latMax &&
      (box.lngRanges === null || box.lngRanges.some(([w, e]) => lng >= w && lng <= e));
    // Deterministic pseudo-random centres, radii and bearings.
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const R = 6371.0088;
    for (let i = 0; i < 2000; i++) {
      const lat = rnd() * 178 - 89;
      const lng = rnd() * 360 - 180;
      const radiusKm = 1 + rnd() * (i % 2 ? 50 : 3000);
      const box = boundingBox({ latitude: lat, longitude: lng, radiusKm });
      // A point at the radius (destination formula), at a random bearing.
      const d = (radiusKm * 0.999999) / R;
      const b = rnd() * 2 * Math.PI;
      const p1 = (lat * Math.PI) / 180;
      const l1 = (lng * Math.PI) / 180;
      const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
      const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
      const plat = (p2 * 180) / Math.PI;
      const plng = (((((l2 * 180) / Math.PI + 540) % 360) + 360) % 360) - 180;
      assert.ok(distanceKm(lat, lng, plat, plng) <= radiusKm);
      assert.ok(inside(box, plat, plng), `(${plat}, ${plng}) within ${radiusKm} km of (${lat}, ${lng})`);
    }
  });

  it('splits the box at the antimeridian and drops the longitude limit at the poles', () => {
    const east = boundingBox({ latitude: 0, longitude: 179.99, radiusKm: 20 });
    assert.equal(east.lngRanges?.length, 2);
    assert.equal(east.lngRanges![1]![0], -180);
    const west = boundingBox({ latitude: 0, longitude: -179.99, radiusKm: 20 });
    assert.equal(west.lngRanges?.length, 2);
    assert.equal(west.lngRanges![0]![1], 180);
    assert.equal(boundingBox({ latitude: 89.99, longitude: 0, radiusKm: 5 }).lngRanges, null);
    assert.equal(boundingBox({ latitude: 10, longitude: 0, radiusKm: 20000 }).lngRanges, null);
  });
});
