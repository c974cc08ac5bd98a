/**
 * The simulator driver on its own: virtual units whose state lives in the database, latency and
 * failure injection, offline units, and the heartbeat that keeps idle online units "seen".
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { vehicleTelemetry, type VehicleRow } from '../../src/db/schema.js';
import {
  ACTION_EFFECTS,
  initialUnitState,
  setSimulatedUnitOnline,
  SimulatorTelematicsProvider,
  simulatedUnit,
  type SimulatorOptions,
} from '../../src/providers/telematics/simulator.telematics.js';
import {
  VEHICLE_ACTIONS,
  type TelematicsCommand,
  type VehicleAction,
} from '../../src/providers/telematics/telematics.provider.js';
import { createAgency, makeTestApp, type TestAgency, type TestApp } from '../helpers/app.js';
import { createStation, createVehicle } from '../helpers/fleet.js';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

function simulator(options: Partial<SimulatorOptions> = {}) {
  return new SimulatorTelematicsProvider(t.deps.database.db, t.clock, {
    latencyMs: 0,
    failureRate: 0,
    heartbeatMs: 0,
    ...options,
  });
}

async function unitVehicle(): Promise<{ agency: TestAgency; vehicle: VehicleRow }> {
  const agency = await createAgency(t);
  const station = await createStation(t, agency, { latitude: 48.85, longitude: 2.35 });
  const vehicle = await createVehicle(t, agency, station);
  return { agency, vehicle };
}

function command(agency: TestAgency, vehicle: VehicleRow, action: VehicleAction, timeoutMs = 1000): TelematicsCommand {
  return {
    agencyCode: agency.agency.code,
    deviceId: vehicle.telematicsDeviceId!,
    commandId: randomUUID(),
    action,
    deadline: new Date(t.clock.now().getTime() + timeoutMs),
  };
}

describe('initialUnitState', () => {
  it('is locked, immobilized, at the station, with plausible and stable fuel and mileage', () => {
    for (const id of [1, 2, 17, 4242, 99_999]) {
      const s = initialUnitState(id, { latitude: 1.5, longitude: 2.5 });
      assert.equal(s.is_locked, true);
      assert.equal(s.driving_enabled, false);
      assert.equal(s.is_engine_running, false);
      assert.ok(s.fuel_level! >= 55 && s.fuel_level! <= 95, `fuel ${s.fuel_level}`);
      assert.ok(Number.isInteger(s.mileage) && s.mileage >= 8000 && s.mileage < 68_000, `mileage ${s.mileage}`);
      assert.equal(s.battery_voltage, 12.6);
      assert.deepEqual([s.latitude, s.longitude], [1.5, 2.5]);
      assert.ok(Object.values(s.doors).every((d) => d === 'closed'));
      assert.deepEqual(initialUnitState(id, { latitude: 1.5, longitude: 2.5 }), s);
    }
  });

  it('maps each action to its effect', () => {
    assert.deepEqual(Object.keys(ACTION_EFFECTS).sort(), [...VEHICLE_ACTIONS].sort());
    assert.deepEqual(ACTION_EFFECTS['lock-and-disable-driving'], {
      is_locked: true,
      driving_enabled: false,
      is_engine_running: false,
    });
    assert.deepEqual(ACTION_EFFECTS['unlock-and-enable-driving'], { is_locked: false, driving_enabled: true });
  });
});

describe('SimulatorTelematicsProvider', () => {
  it('creates the unit on first use and keeps its state in the database across commands and instances', async () => {
    const { agency, vehicle } = await unitVehicle();
    assert.equal(await simulatedUnit(t.deps.database.db, vehicle.id), undefined);
    const r = await simulator().send(command(agency, vehicle, 'unlock'));
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.at.getTime(), t.clock.now().getTime());
    const initial = initialUnitState(vehicle.id, { latitude: 48.85, longitude: 2.35 });
    assert.deepEqual(r.state, { ...initial, is_locked: false });
    assert.deepEqual(await simulatedUnit(t.deps.database.db, vehicle.id), { online: true, state: r.state });

    // Another instance (another provider object) sees and changes the same unit.
    const r2 = await simulator().send(command(agency, vehicle, 'enable-driving'));
    assert.ok(r2.ok);
    assert.deepEqual(r2.ok && r2.state, { ...initial, is_locked: false, driving_enabled: true });
    const r3 = await simulator().send(command(agency, vehicle, 'lock-and-disable-driving'));
    assert.deepEqual(r3.ok && r3.state, initial);
  });

  it('takes the configured latency', async () => {
    const { agency, vehicle } = await unitVehicle();
    const started = performance.now();
    const r = await simulator({ latencyMs: 60 }).send(command(agency, vehicle, 'lock'));
    assert.equal(r.ok, true);
    assert.ok(performance.now() - started >= 55);
  });

  it('times out at the deadline when the latency exceeds it, without changing the unit', async () => {
    const { agency, vehicle } = await unitVehicle();
    const started = performance.now();
    const r = await simulator({ latencyMs: 500 }).send(command(agency, vehicle, 'unlock', 80));
    const waited = performance.now() - started;
    assert.deepEqual(r.ok ? null : r.reason, 'timeout');
    assert.ok(waited >= 70 && waited < 450, `waited ${waited} ms`);
    assert.equal((await simulatedUnit(t.deps.database.db, vehicle.id))?.state.is_locked, true);
  });

  it('drops the configured share of commands (they time out)', async () => {
    const { agency, vehicle } = await unitVehicle();
    const dropped = await simulator({ failureRate: 0.5, random: () => 0.49 }).send(
      command(agency, vehicle, 'unlock', 50),
    );
    assert.equal(dropped.ok ? null : dropped.reason, 'timeout');
    assert.match(dropped.ok ? '' : dropped.message, /No acknowledgement within/);
    const kept = await simulator({ failureRate: 0.5, random: () => 0.5 }).send(command(agency, vehicle, 'unlock', 50));
    assert.equal(kept.ok, true);
    const never = await simulator({ failureRate: 0, random: () => 0 }).send(command(agency, vehicle, 'lock', 50));
    assert.equal(never.ok, true);
  });

  it('fails at once with offline for an offline unit (vehicle:offline) and an unknown unit', async () => {
    const { agency, vehicle } = await unitVehicle();
    assert.equal(
      await setSimulatedUnitOnline(t.deps.database.db, t.clock, agency.agency.id, vehicle.plateNumber, false),
      true,
    );
    // vehicle:offline on a unit never used creates it with its initial state.
    assert.deepEqual(await simulatedUnit(t.deps.database.db, vehicle.id), {
      online: false,
      state: initialUnitState(vehicle.id, { latitude: 48.85, longitude: 2.35 }),
    });
    const started = performance.now();
    const r = await simulator({ latencyMs: 300 }).send(command(agency, vehicle, 'unlock'));
    assert.ok(performance.now() - started < 250, 'no waiting for an unreachable unit');
    assert.deepEqual(r, { ok: false, reason: 'offline', message: 'The unit is offline (simulated)' });

    assert.equal(
      await setSimulatedUnitOnline(t.deps.database.db, t.clock, agency.agency.id, vehicle.plateNumber, true),
      true,
    );
    assert.equal((await simulator().send(command(agency, vehicle, 'unlock'))).ok, true);

    assert.equal(
      await setSimulatedUnitOnline(t.deps.database.db, t.clock, agency.agency.id, 'NO-SUCH-PLATE', false),
      false,
    );
    const other = await createAgency(t);
    // The plate exists, but in another agency.
    assert.equal(
      await setSimulatedUnitOnline(t.deps.database.db, t.clock, other.agency.id, vehicle.plateNumber, false),
      false,
    );
    const unknown = await simulator().send({ ...command(agency, vehicle, 'lock'), deviceId: 'NOPE' });
    assert.equal(unknown.ok ? null : unknown.reason, 'offline');
    const wrongAgency = await simulator().send({ ...command(agency, vehicle, 'lock'), agencyCode: other.agency.code });
    assert.equal(wrongAgency.ok ? null : wrongAgency.reason, 'offline');
  });

  it('counts online units as heard from on its heartbeat, offline ones not', async () => {
    const a = await unitVehicle();
    const b = await unitVehicle();
    const sim = simulator();
    for (const x of [a, b]) {
      const r = await sim.send(command(x.agency, x.vehicle, 'lock'));
      assert.ok(r.ok);
      await t.deps.database.db.insert(vehicleTelemetry).values({
        vehicleId: x.vehicle.id,
        agencyId: x.agency.agency.id,
        state: r.state as never,
        reportedAt: t.clock.now(),
        lastSeenAt: t.clock.now(),
      });
    }
    const before = t.clock.now();
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, b.agency.agency.id, b.vehicle.plateNumber, false);
    t.clock.advanceSeconds(45);
    await sim.beat();
    const seen = async (v: VehicleRow) =>
      (await t.deps.database.db.select().from(vehicleTelemetry).where(eq(vehicleTelemetry.vehicleId, v.id)))[0]!
        .lastSeenAt;
    assert.equal((await seen(a.vehicle)).getTime(), t.clock.now().getTime());
    assert.equal((await seen(b.vehicle)).getTime(), before.getTime());
    await sim.close();
    t.clock.advanceSeconds(45);
    await sim.beat(); // closed: does nothing
    assert.equal((await seen(a.vehicle)).getTime(), t.clock.now().getTime() - 45_000);
  });
});
