/**
 * The fleet commands as an operator runs them: `daakey fleet:import` and `daakey vehicle:maintenance`
 * in a child process (bin/daakey.js) with its own data folder, on the embedded database, or on
 * PostgreSQL (a schema of its own) when TEST_DATABASE_URL is set.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliWorkspace, failed, ok } from '../helpers/cli.js';

const SLOW = { timeout: 300_000 };

const cli = cliWorkspace('fleet');
const daakey = cli.run;

function writeJson(name: string, value: unknown): string {
  const file = join(cli.dir(), name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

const STATION = {
  name: 'Downtown',
  address: '123 Main St, New York, NY 10001',
  latitude: 40.7128,
  longitude: -74.006,
  operating_hours: { monday: '06:00-22:00', tuesday: '06:00-22:00' },
  amenities: ['parking'],
};

const vehicle = (plate: string, device: string) => ({
  plate_number: plate,
  station: 'Downtown',
  brand: 'Toyota',
  model: 'Corolla',
  year: 2023,
  color: 'White',
  category: 'sedan',
  seats: 5,
  fuel_type: 'petrol',
  transmission: 'automatic',
  hourly_rate: 15,
  daily_rate: '80.00',
  telematics_device_id: device,
});

describe('daakey fleet:import and vehicle:maintenance', () => {
  it('imports a file, is idempotent, refuses a bad file without writing, and toggles maintenance', SLOW, async () => {
    const created = JSON.parse(
      ok(await daakey(['agency:create', '--code', 'FLEETCLI', '--name', 'Fleet CLI', '--json'])),
    );
    assert.equal(created.code, 'FLEETCLI');

    const fleet = {
      stations: [STATION, { ...STATION, name: 'Airport', address: 'Terminal 4, JFK, NY', latitude: 40.6413 }],
      vehicles: [
        vehicle('ABC-123', 'DEV-1'),
        vehicle('ABC-124', 'DEV-2'),
        { ...vehicle('ABC-125', 'DEV-3'), station: 'Airport' },
      ],
    };
    const file = writeJson('fleet.json', fleet);

    const first = ok(await daakey(['fleet:import', '--agency', 'fleetcli', file]));
    assert.equal(
      first.trim(),
      `Imported ${file} into FLEETCLI: stations 2 created, 0 updated, 0 unchanged; vehicles 3 created, 0 updated, 0 unchanged.`,
    );
    const second = JSON.parse(ok(await daakey(['fleet:import', file, '--agency', 'FLEETCLI', '--json'])));
    assert.deepEqual(second, {
      stations: { created: 0, updated: 0, unchanged: 2 },
      vehicles: { created: 0, updated: 0, unchanged: 3 },
    });

    // One rate changes: that vehicle alone is updated in place.
    fleet.vehicles[1] = { ...fleet.vehicles[1]!, hourly_rate: 16.5 };
    const third = JSON.parse(
      ok(await daakey(['fleet:import', '--agency', 'FLEETCLI', '--json', writeJson('fleet.json', fleet)])),
    );
    assert.deepEqual(third.vehicles, { created: 0, updated: 1, unchanged: 2 });

    // A bad file: every problem named with the file, the index and the field; nothing is written.
    const bad = writeJson('bad.json', {
      stations: [{ ...STATION, name: 'Harbor', latitude: 95 }],
      vehicles: [
        vehicle('NEW-1', 'DEV-9'),
        { ...vehicle('NEW-2', 'DEV-8'), hourly_rate: 'cheap', category: 'bus' },
        { ...vehicle('NEW-3', 'DEV-7'), seats: undefined },
      ],
    });
    const refused = await daakey(['fleet:import', '--agency', 'FLEETCLI', bad]);
    failed(refused, /nothing was written/);
    assert.ok(refused.stderr.includes(`${bad}: stations[0].latitude: must be at most 90`), refused.stderr);
    assert.ok(refused.stderr.includes(`${bad}: vehicles[1].category: must be one of sedan, suv, van, compact, luxury`));
    assert.ok(refused.stderr.includes(`${bad}: vehicles[2].seats: is required`), refused.stderr);
    // Problems only the database knows: an unknown station, a device another vehicle has.
    const clash = writeJson('clash.json', {
      stations: [{ ...STATION, name: 'Harbor' }],
      vehicles: [{ ...vehicle('NEW-1', 'DEV-1') }, { ...vehicle('NEW-2', 'DEV-8'), station: 'Nowhere' }],
    });
    const clashed = await daakey(['fleet:import', '--agency', 'FLEETCLI', clash]);
    failed(clashed, /vehicles\[0\]\.telematics_device_id: "DEV-1" belongs to vehicle ABC-123/);
    assert.match(clashed.stderr, /vehicles\[1\]\.station: no station named "Nowhere"/);
    // Nothing of those files was written: the good file still finds everything unchanged, and Harbor is new.
    const after = JSON.parse(
      ok(
        await daakey([
          'fleet:import',
          '--agency',
          'FLEETCLI',
          '--json',
          writeJson('harbor.json', { ...fleet, stations: [...fleet.stations, { ...STATION, name: 'Harbor' }] }),
        ]),
      ),
    );
    assert.deepEqual(after, {
      stations: { created: 1, updated: 0, unchanged: 2 },
      vehicles: { created: 0, updated: 0, unchanged: 3 },
    });

    failed(
      await daakey(['fleet:import', '--agency', 'FLEETCLI', join(cli.dir(), 'missing.json')]),
      /Cannot read .*missing\.json: ENOENT/,
    );
    writeFileSync(join(cli.dir(), 'broken.json'), '{"stations": [');
    failed(
      await daakey(['fleet:import', '--agency', 'FLEETCLI', join(cli.dir(), 'broken.json')]),
      /broken\.json is not valid JSON/,
    );
    failed(await daakey(['fleet:import', '--agency', 'FLEETCLI']), /fleet:import needs --agency and a FILE\.json/);
    failed(await daakey(['vehicle:maintenance', '--agency', 'FLEETCLI', 'extra']), /Unexpected argument 'extra'/);

    // Maintenance on and off; a re-import that does not mention it keeps the flag.
    const on = ok(await daakey(['vehicle:maintenance', '--agency', 'FLEETCLI', '--plate', 'ABC-123', '--on']));
    assert.equal(on.trim(), 'Vehicle ABC-123 is now in maintenance (status: maintenance).');
    const kept = JSON.parse(ok(await daakey(['fleet:import', '--agency', 'FLEETCLI', '--json', file])));
    assert.deepEqual(kept.vehicles, { created: 0, updated: 0, unchanged: 3 });
    const again = JSON.parse(
      ok(await daakey(['vehicle:maintenance', '--agency', 'FLEETCLI', '--plate', 'ABC-123', '--on', '--json'])),
    );
    assert.equal(again.changed, false);
    assert.equal(again.status, 'maintenance');
    const off = ok(await daakey(['vehicle:maintenance', '--agency', 'FLEETCLI', '--plate', 'ABC-123', '--off']));
    assert.equal(off.trim(), 'Vehicle ABC-123 is now out of maintenance (status: available).');

    failed(
      await daakey(['vehicle:maintenance', '--agency', 'FLEETCLI', '--plate', 'ZZZ-999', '--on']),
      /No vehicle with plate ZZZ-999 in FLEETCLI/,
    );
    failed(await daakey(['vehicle:maintenance', '--agency', 'FLEETCLI', '--plate', 'ABC-123']), /needs --on or --off/);
    failed(
      await daakey(['vehicle:maintenance', '--agency', 'FLEETCLI', '--plate', 'ABC-123', '--on', '--off']),
      /needs --on or --off/,
    );
    failed(await daakey(['vehicle:maintenance', '--plate', 'ABC-123', '--on']), /needs --agency and --plate/);
  });
});
