/**
 * Keyless vehicle control through the HTTP API with the simulator driver (the default):
 * POST /vehicles/{id}/control/{action} and POST /vehicles/{id}/{action} for the six actions, and
 * GET /vehicles/{id}/status. Bookings are written with the fleet factories (the booking endpoints are
 * tested on their own); what the client sees and what is stored are both asserted.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, asc, eq } from 'drizzle-orm';
import { bookings, vehicleCommands, vehicleTelemetry, type VehicleRow, vehicles } from '../../src/db/schema.js';
import { isoSeconds } from '../../src/lib/clock.js';
import { VehicleControlService } from '../../src/modules/telematics/vehicle-control.service.js';
import { setSimulatedUnitOnline, simulatedUnit } from '../../src/providers/telematics/simulator.telematics.js';
import {
  type TelematicsCommand,
  VEHICLE_ACTIONS,
  type VehicleAction,
} from '../../src/providers/telematics/telematics.provider.js';
import {
  CLIENT,
  call,
  createAgency,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectError, expectOk, type Res } from '../helpers/envelope.js';
import { createStation, createVehicle, insertBooking } from '../helpers/fleet.js';

const MESSAGES: Record<VehicleAction, string> = {
  lock: 'Vehicle locked successfully',
  unlock: 'Vehicle unlocked successfully',
  'enable-driving': 'Driving enabled successfully',
  'disable-driving': 'Driving disabled successfully',
  'unlock-and-enable-driving': 'Vehicle unlocked and driving enabled successfully',
  'lock-and-disable-driving': 'Vehicle locked and driving disabled successfully',
};
const DENIED = 'You do not have an active booking for this vehicle';
const HOUR = 3_600_000;
const MINUTE = 60_000;

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

interface Scene {
  agency: TestAgency;
  token: string;
  clientId: number;
  vehicle: VehicleRow;
}

/** An agency, a station, a vehicle with a telematics unit and a registered client (no booking yet). */
async function scene(app: TestApp = t, agency?: TestAgency): Promise<Scene> {
  const a = agency ?? (await createAgency(app));
  const station = await createStation(app, a, {
    address: '5 Station Rd, New York, NY',
    latitude: 40.75,
    longitude: -73.99,
  });
  const vehicle = await createVehicle(app, a, station);
  const reg = await registerClient(app, a);
  return { agency: a, token: reg.token, clientId: reg.user.id, vehicle };
}

/** The scene with an active booking of the vehicle by its client. */
async function activeScene(app: TestApp = t): Promise<Scene & { bookingId: number }> {
  const s = await scene(app);
  const now = app.clock.now();
  const b = await insertBooking(app, s.agency, s.clientId, s.vehicle, {
    status: 'active',
    startAt: new Date(now.getTime() - HOUR),
    endAt: new Date(now.getTime() + 3 * HOUR),
    actualStart: new Date(now.getTime() - HOUR),
  });
  return { ...s, bookingId: b.id };
}

function control(
  s: Pick<Scene, 'agency' | 'token'>,
  vehicleId: number | string,
  action: string,
  opts: { form?: 'control' | 'short'; key?: string; app?: TestApp } = {},
): Promise<Res> {
  const path = opts.form === 'short' ? `${vehicleId}/${action}` : `${vehicleId}/control/${action}`;
  return call(opts.app ?? t, {
    method: 'POST',
    url: `${CLIENT}/vehicles/${path}`,
    agency: s.agency,
    token: s.token,
    headers: opts.key === undefined ? {} : { 'idempotency-key': opts.key },
  });
}

function status(s: Pick<Scene, 'agency' | 'token'>, vehicleId: number | string, app: TestApp = t): Promise<Res> {
  return call(app, { url: `${CLIENT}/vehicles/${vehicleId}/status`, agency: s.agency, token: s.token });
}

async function commandRows(vehicleId: number, app: TestApp = t) {
  return app.deps.database.db
    .select()
    .from(vehicleCommands)
    .where(eq(vehicleCommands.vehicleId, vehicleId))
    .orderBy(asc(vehicleCommands.id));
}

function expectCompleted(res: Res, vehicleId: number, action: VehicleAction, app: TestApp = t) {
  const body = expectOk(res, 200, MESSAGES[action]);
  assert.deepEqual(body.data, {
    vehicle_id: vehicleId,
    action,
    status: 'completed',
    timestamp: isoSeconds(app.clock.now()),
  });
  return body;
}

function expectDidNotRespond(res: Res, vehicleId: number, action: string, reason: string, retryAfter: number) {
  const body = expectError(res, 503, 'Vehicle did not respond');
  assert.deepEqual(body.data, { vehicle_id: vehicleId, action, status: 'failed', reason, retry_after: retryAfter });
  assert.equal(res.headers['retry-after'], String(retryAfter));
  return body;
}

describe('POST /vehicles/{id}/{action} and /vehicles/{id}/control/{action}', () => {
  it('runs each of the six actions in both path forms, changing the unit and its telemetry', async () => {
    const s = await activeScene();
    const expected: Record<VehicleAction, { is_locked: boolean; driving_enabled: boolean }> = {
      lock: { is_locked: true, driving_enabled: false },
      unlock: { is_locked: false, driving_enabled: false },
      'enable-driving': { is_locked: false, driving_enabled: true },
      'disable-driving': { is_locked: false, driving_enabled: false },
      'unlock-and-enable-driving': { is_locked: false, driving_enabled: true },
      'lock-and-disable-driving': { is_locked: true, driving_enabled: false },
    };
    for (const form of ['control', 'short'] as const) {
      // Back to the initial state between the two passes: locked, immobilized.
      expectCompleted(
        await control(s, s.vehicle.id, 'lock-and-disable-driving', { form }),
        s.vehicle.id,
        'lock-and-disable-driving',
      );
      for (const action of VEHICLE_ACTIONS) {
        t.clock.advanceSeconds(7);
        const res = await control(s, s.vehicle.id, action, { form });
        const body = expectCompleted(res, s.vehicle.id, action);
        assert.deepEqual(body.meta, { agency_id: s.agency.agency.id, agency_code: s.agency.agency.code });
        const unit = await simulatedUnit(t.deps.database.db, s.vehicle.id);
        assert.equal(unit?.state.is_locked, expected[action].is_locked, `${form} ${action}`);
        assert.equal(unit?.state.driving_enabled, expected[action].driving_enabled, `${form} ${action}`);
        const snap = await t.deps.vehicleControl.snapshot(s.agency.agency, s.vehicle.id);
        assert.deepEqual(snap?.state, unit?.state, 'the answer is stored as the vehicle telemetry');
        assert.equal(snap?.lastSeenAt.getTime(), t.clock.now().getTime());
      }
    }
    const rows = await commandRows(s.vehicle.id);
    assert.equal(rows.length, 14);
    assert.ok(rows.every((r) => r.status === 'completed'));
  });

  it('records every command: actor, booking, result, latency, with a unique command id', async () => {
    const s = await activeScene();
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, true);
    expectCompleted(await control(s, s.vehicle.id, 'unlock'), s.vehicle.id, 'unlock');
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, false);
    expectDidNotRespond(await control(s, s.vehicle.id, 'lock'), s.vehicle.id, 'lock', 'offline', 30);

    const rows = await commandRows(s.vehicle.id);
    assert.equal(rows.length, 2);
    const [ok, failed] = rows;
    for (const r of rows) {
      assert.equal(r.agencyId, s.agency.agency.id);
      assert.equal(r.actorType, 'client');
      assert.equal(r.actorId, s.clientId);
      assert.equal(r.bookingId, s.bookingId);
      assert.match(r.commandId, /^[0-9a-f-]{36}$/);
      assert.equal(typeof r.latencyMs, 'number');
      assert.ok(r.latencyMs! >= 0);
      assert.equal(r.requestedAt.getTime(), t.clock.now().getTime());
      assert.equal(r.completedAt?.getTime(), t.clock.now().getTime());
      assert.equal(r.idempotencyKey, null);
    }
    assert.notEqual(ok!.commandId, failed!.commandId);
    assert.deepEqual([ok!.action, ok!.status, ok!.failureReason], ['unlock', 'completed', null]);
    assert.equal(failed!.action, 'lock');
    assert.equal(failed!.status, 'failed');
    assert.match(failed!.failureReason!, /^offline: /);
  });

  it('answers 503 with retry_after while the unit is offline (vehicle:offline), and works again once it is back', async () => {
    const s = await activeScene();
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, false);
    for (const form of ['control', 'short'] as const) {
      expectDidNotRespond(await control(s, s.vehicle.id, 'unlock', { form }), s.vehicle.id, 'unlock', 'offline', 30);
    }
    const unit = await simulatedUnit(t.deps.database.db, s.vehicle.id);
    assert.equal(unit?.online, false);
    assert.equal(unit?.state.is_locked, true, 'an offline unit does not change');

    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, true);
    expectCompleted(await control(s, s.vehicle.id, 'unlock'), s.vehicle.id, 'unlock');
  });

  it('answers 503 offline for a vehicle without a telematics unit (the attempt is still recorded)', async () => {
    const s = await scene();
    const station = await createStation(t, s.agency);
    const bare = await createVehicle(t, s.agency, station, { telematicsDeviceId: null });
    const now = t.clock.now();
    await insertBooking(t, s.agency, s.clientId, bare, {
      status: 'active',
      startAt: new Date(now.getTime() - HOUR),
      endAt: new Date(now.getTime() + HOUR),
    });
    expectDidNotRespond(await control(s, bare.id, 'unlock'), bare.id, 'unlock', 'offline', 30);
    const rows = await commandRows(bare.id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.failureReason, 'offline: The vehicle has no telematics unit');
  });

  it('answers 503 timeout when the unit does not answer in time (nothing changes)', async () => {
    const slow = await makeTestApp({ env: { SIMULATOR_FAILURE_RATE: '1', TELEMATICS_TIMEOUT_MS: '150' } });
    try {
      const s = await activeScene(slow);
      const res = await control(s, s.vehicle.id, 'unlock', { app: slow });
      expectDidNotRespond(res, s.vehicle.id, 'unlock', 'timeout', 10);
      const rows = await commandRows(s.vehicle.id, slow);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.status, 'failed');
      assert.match(rows[0]!.failureReason!, /^timeout: /);
      assert.ok(rows[0]!.latencyMs! >= 100, `waited until the deadline (${rows[0]!.latencyMs} ms)`);
      assert.equal((await simulatedUnit(slow.deps.database.db, s.vehicle.id))?.state.is_locked, true);
    } finally {
      await slow.close();
    }
  });

  it("answers 404 for an unknown action, an unknown or malformed id, and another agency's vehicle", async () => {
    const s = await activeScene();
    expectError(await control(s, s.vehicle.id, 'honk'), 404, 'Not found');
    expectError(await control(s, s.vehicle.id, 'honk', { form: 'short' }), 404, 'Not found');
    for (const id of [999_999_999, 'abc', 0, -1]) {
      const body = expectError(await control(s, id, 'unlock'), 404, 'Vehicle not found');
      assert.equal(body.data, null);
      expectError(await control(s, id, 'lock', { form: 'short' }), 404, 'Vehicle not found');
    }
    // The same client id, the same booking shape, but the vehicle belongs to another agency.
    const other = await activeScene();
    expectError(await control(s, other.vehicle.id, 'unlock'), 404, 'Vehicle not found');
    expectError(await control(s, other.vehicle.id, 'unlock', { form: 'short' }), 404, 'Vehicle not found');
    assert.equal((await commandRows(other.vehicle.id)).length, 0);
  });

  it("answers 403 outside the caller's booking: none, another client's, too early, completed, cancelled", async () => {
    const now = t.clock.now();
    const check = async (s: Scene, label: string) => {
      for (const form of ['control', 'short'] as const) {
        for (const action of ['unlock', 'lock', 'enable-driving'] as const) {
          const body = expectError(await control(s, s.vehicle.id, action, { form }), 403, DENIED);
          assert.equal(body.data, null, label);
        }
      }
      assert.equal((await commandRows(s.vehicle.id)).length, 0, `${label}: nothing sent or recorded`);
    };

    await check(await scene(), 'no booking');

    const s2 = await scene();
    const stranger = await registerClient(t, s2.agency);
    await insertBooking(t, s2.agency, stranger.user.id, s2.vehicle, {
      status: 'active',
      startAt: new Date(now.getTime() - HOUR),
      endAt: new Date(now.getTime() + HOUR),
    });
    await check(s2, "another client's active booking");

    const s3 = await scene();
    await insertBooking(t, s3.agency, s3.clientId, s3.vehicle, {
      status: 'upcoming',
      startAt: new Date(now.getTime() + 16 * MINUTE), // the pickup window is 15 minutes
      endAt: new Date(now.getTime() + 5 * HOUR),
    });
    await check(s3, 'upcoming, before the pickup window');

    const s4 = await scene();
    await insertBooking(t, s4.agency, s4.clientId, s4.vehicle, {
      status: 'completed',
      startAt: new Date(now.getTime() - 5 * HOUR),
      endAt: new Date(now.getTime() - HOUR),
      actualStart: new Date(now.getTime() - 5 * HOUR),
      actualEnd: new Date(now.getTime() - HOUR),
    });
    await check(s4, 'completed');

    const s5 = await scene();
    await insertBooking(t, s5.agency, s5.clientId, s5.vehicle, {
      status: 'cancelled',
      startAt: new Date(now.getTime() - 10 * MINUTE),
      endAt: new Date(now.getTime() + 5 * HOUR),
      cancelledAt: new Date(now.getTime() - HOUR),
    });
    await check(s5, 'cancelled');

    // The caller's active booking of another car grants nothing on this one.
    const s6 = await activeScene();
    const station = await createStation(t, s6.agency);
    const otherCar = await createVehicle(t, s6.agency, station);
    await check({ ...s6, vehicle: otherCar }, 'booking of another vehicle');
  });

  it('lets the first unlock inside the pickup window start the upcoming booking', async () => {
    const s = await scene();
    const now = t.clock.now();
    const b = await insertBooking(t, s.agency, s.clientId, s.vehicle, {
      status: 'upcoming',
      startAt: new Date(now.getTime() + 10 * MINUTE),
      endAt: new Date(now.getTime() + 4 * HOUR),
    });
    // A lock inside the window is allowed but does not start the rental.
    expectCompleted(await control(s, s.vehicle.id, 'lock'), s.vehicle.id, 'lock');
    let [row] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, b.id));
    assert.equal(row!.status, 'upcoming');
    assert.equal(row!.actualStart, null);

    t.clock.advanceMinutes(2);
    const res = await control(s, s.vehicle.id, 'unlock', { form: 'short' });
    expectCompleted(res, s.vehicle.id, 'unlock');
    [row] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, b.id));
    assert.equal(row!.status, 'active');
    assert.equal(row!.actualStart?.getTime(), t.clock.now().getTime());
    const unit = await simulatedUnit(t.deps.database.db, s.vehicle.id);
    assert.equal(row!.startMileage, unit!.state.mileage, 'the odometer at the start comes from the telemetry');

    // Once active, a later unlock changes nothing about the booking.
    t.clock.advanceMinutes(30);
    expectCompleted(await control(s, s.vehicle.id, 'unlock'), s.vehicle.id, 'unlock');
    const [again] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, b.id));
    assert.equal(again!.actualStart?.getTime(), row!.actualStart?.getTime());
    const rows = await commandRows(s.vehicle.id);
    assert.deepEqual(
      rows.map((r) => r.bookingId),
      [b.id, b.id, b.id],
    );
  });

  it('starts the booking on unlock-and-enable-driving too, and the status becomes available to the client', async () => {
    const s = await scene();
    const now = t.clock.now();
    const b = await insertBooking(t, s.agency, s.clientId, s.vehicle, {
      status: 'upcoming',
      startAt: new Date(now.getTime() + 15 * MINUTE),
      endAt: new Date(now.getTime() + 4 * HOUR),
    });
    expectError(await status(s, s.vehicle.id), 403, DENIED);
    expectCompleted(
      await control(s, s.vehicle.id, 'unlock-and-enable-driving'),
      s.vehicle.id,
      'unlock-and-enable-driving',
    );
    const [row] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, b.id));
    assert.equal(row!.status, 'active');
    const body = expectOk(await status(s, s.vehicle.id), 200, 'Vehicle status retrieved');
    assert.equal(body.data.status, 'in_use');
    assert.equal(body.data.telemetry.is_locked, false);
    assert.equal(body.data.telemetry.driving_enabled, true);
  });

  describe('one booking at a time holds the controls', () => {
    /** Client A's booking of the car ends in `endsIn`; client B's upcoming one starts right after it. */
    async function handover(endsIn: number, aStatus: 'active' | 'upcoming' = 'active') {
      const a = await scene();
      const breg = await registerClient(t, a.agency);
      const b: Scene = { ...a, token: breg.token, clientId: breg.user.id };
      const now = t.clock.now();
      const first = await insertBooking(t, a.agency, a.clientId, a.vehicle, {
        status: aStatus,
        startAt: new Date(now.getTime() + endsIn - HOUR),
        endAt: new Date(now.getTime() + endsIn),
        actualStart: aStatus === 'active' ? new Date(now.getTime() + endsIn - HOUR) : null,
      });
      const next = await insertBooking(t, a.agency, b.clientId, a.vehicle, {
        status: 'upcoming',
        startAt: new Date(now.getTime() + endsIn),
        endAt: new Date(now.getTime() + endsIn + HOUR),
      });
      return { a, b, first, next };
    }

    async function bookingRow(id: number) {
      const [row] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, id));
      return row!;
    }

    it("refuses the next booking's pickup window while the previous booking is still active", async () => {
      const { a, b, first, next } = await handover(15 * MINUTE);
      expectCompleted(
        await control(a, a.vehicle.id, 'unlock-and-enable-driving'),
        a.vehicle.id,
        'unlock-and-enable-driving',
      );
      for (const action of ['lock', 'lock-and-disable-driving', 'unlock', 'disable-driving'] as const) {
        expectError(await control(b, b.vehicle.id, action), 403, DENIED);
      }
      const unit = await simulatedUnit(t.deps.database.db, a.vehicle.id);
      assert.deepEqual([unit?.state.is_locked, unit?.state.driving_enabled], [false, true], "A's car untouched");
      assert.equal((await bookingRow(next.id)).status, 'upcoming');
      assert.deepEqual(
        (await commandRows(a.vehicle.id)).map((r) => r.bookingId),
        [first.id],
      );

      // Overdue: A still drives past B's start; B still gets nothing.
      t.clock.advanceMinutes(20);
      expectError(await control(b, b.vehicle.id, 'unlock'), 403, DENIED);
      assert.equal((await bookingRow(next.id)).status, 'upcoming');

      // A returns the car: B's window opens and its first unlock starts it.
      await t.deps.database.db.update(bookings).set({ status: 'completed' }).where(eq(bookings.id, first.id));
      expectCompleted(await control(b, b.vehicle.id, 'unlock'), b.vehicle.id, 'unlock');
      const started = await bookingRow(next.id);
      assert.equal(started.status, 'active');
      assert.equal(started.actualStart?.getTime(), t.clock.now().getTime());
    });

    it('refuses it while an earlier booking not yet started still holds its slot (blocked_until)', async () => {
      const { b, first, next } = await handover(10 * MINUTE, 'upcoming');
      expectError(await control(b, b.vehicle.id, 'unlock'), 403, DENIED);
      assert.equal((await bookingRow(next.id)).status, 'upcoming');
      // The earlier booking is cancelled: its slot no longer holds the car.
      await t.deps.database.db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, first.id));
      expectCompleted(await control(b, b.vehicle.id, 'unlock'), b.vehicle.id, 'unlock');
      assert.equal((await bookingRow(next.id)).status, 'active');
    });

    it('never starts a booking on unlock while another booking of the car is active (conditional update)', async () => {
      const { a, next } = await handover(10 * MINUTE);
      await t.deps.bookingAccess.startOnUnlock(a.agency.agency, next.id, 1234);
      const row = await bookingRow(next.id);
      assert.equal(row.status, 'upcoming');
      assert.equal(row.actualStart, null);
      assert.equal(row.startMileage, null);
    });
  });

  describe('a booking cancelled while the car unlocks', () => {
    /** Cancels the booking once the unit has done the unlock, before the service looks again. */
    function cancelDuringUnlock(bookingId: number) {
      const provider = t.deps.telematics;
      const original = provider.send.bind(provider);
      provider.send = async (cmd: TelematicsCommand) => {
        const result = await original(cmd);
        if (cmd.action.startsWith('unlock'))
          await t.deps.database.db
            .update(bookings)
            .set({ status: 'cancelled', cancelledAt: t.clock.now() })
            .where(eq(bookings.id, bookingId));
        return result;
      };
      return () => (provider.send = original);
    }

    for (const booking of ['active', 'upcoming inside the pickup window'] as const) {
      it(`locks the car again and answers 403 (${booking})`, async () => {
        const s = await scene();
        const now = t.clock.now();
        const b = await insertBooking(
          t,
          s.agency,
          s.clientId,
          s.vehicle,
          booking === 'active'
            ? { status: 'active', startAt: new Date(now.getTime() - HOUR), endAt: new Date(now.getTime() + HOUR) }
            : {
                status: 'upcoming',
                startAt: new Date(now.getTime() + 5 * MINUTE),
                endAt: new Date(now.getTime() + HOUR),
              },
        );
        const restore = cancelDuringUnlock(b.id);
        try {
          const body = expectError(await control(s, s.vehicle.id, 'unlock-and-enable-driving'), 403, DENIED);
          assert.equal(body.data, null);
        } finally {
          restore();
        }
        const unit = await simulatedUnit(t.deps.database.db, s.vehicle.id);
        assert.deepEqual([unit?.state.is_locked, unit?.state.driving_enabled], [true, false]);
        const snap = await t.deps.vehicleControl.snapshot(s.agency.agency, s.vehicle.id);
        assert.equal(snap?.state.is_locked, true);
        assert.deepEqual(
          (await commandRows(s.vehicle.id)).map((r) => [r.action, r.status, r.actorType, r.actorId, r.bookingId]),
          [
            ['unlock-and-enable-driving', 'completed', 'client', s.clientId, b.id],
            ['lock-and-disable-driving', 'completed', 'system', null, b.id],
          ],
        );
        const [row] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, b.id));
        assert.equal(row!.status, 'cancelled');
        if (booking !== 'active') assert.equal(row!.actualStart, null, 'a cancelled booking does not start');
      });
    }
  });

  describe('Idempotency-Key', () => {
    it('replays a completed command without sending it again', async () => {
      const s = await activeScene();
      const first = expectCompleted(await control(s, s.vehicle.id, 'unlock', { key: 'tap-1' }), s.vehicle.id, 'unlock');
      t.clock.advanceSeconds(40);
      // Meanwhile the car was locked by another command: the replay must not unlock it again.
      await control(s, s.vehicle.id, 'lock');
      const replay = expectOk(
        await control(s, s.vehicle.id, 'unlock', { key: 'tap-1', form: 'short' }),
        200,
        MESSAGES.unlock,
      );
      assert.deepEqual(replay.data, first.data, 'same outcome, same timestamp');
      assert.equal((await simulatedUnit(t.deps.database.db, s.vehicle.id))?.state.is_locked, true);
      const rows = await commandRows(s.vehicle.id);
      assert.equal(rows.length, 2);
      assert.equal(rows[0]!.idempotencyKey, 'tap-1');
    });

    it('replays a failed command as the same 503; a new key tries again', async () => {
      const s = await activeScene();
      await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, false);
      expectDidNotRespond(
        await control(s, s.vehicle.id, 'unlock', { key: 'k-fail' }),
        s.vehicle.id,
        'unlock',
        'offline',
        30,
      );
      await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, true);
      expectDidNotRespond(
        await control(s, s.vehicle.id, 'unlock', { key: 'k-fail' }),
        s.vehicle.id,
        'unlock',
        'offline',
        30,
      );
      assert.equal((await commandRows(s.vehicle.id)).length, 1, 'the replay sent nothing');
      expectCompleted(await control(s, s.vehicle.id, 'unlock', { key: 'k-retry' }), s.vehicle.id, 'unlock');
      assert.equal((await commandRows(s.vehicle.id)).length, 2);
    });

    it('gives concurrent requests with one key a single command', async () => {
      const s = await activeScene();
      const results = await Promise.all(
        // Four: the running one and the three that may wait (MAX_WAITING_COMMANDS).
        Array.from({ length: 4 }, () => control(s, s.vehicle.id, 'unlock', { key: 'double-tap' })),
      );
      const datas = results.map((r) => expectCompleted(r, s.vehicle.id, 'unlock').data);
      for (const d of datas) assert.deepEqual(d, datas[0]);
      assert.equal((await commandRows(s.vehicle.id)).length, 1);
    });

    it('refuses a key reused for the same action and vehicle under another booking (422)', async () => {
      const s = await activeScene();
      expectCompleted(await control(s, s.vehicle.id, 'unlock', { key: 'trip' }), s.vehicle.id, 'unlock');
      // The booking is returned; the client books the same car again and its app reuses the key.
      await t.deps.database.db.update(bookings).set({ status: 'completed' }).where(eq(bookings.id, s.bookingId));
      const now = t.clock.now();
      const again = await insertBooking(t, s.agency, s.clientId, s.vehicle, {
        status: 'active',
        startAt: now,
        endAt: new Date(now.getTime() + HOUR),
      });
      t.clock.advanceSeconds(30);
      expectError(await control(s, s.vehicle.id, 'unlock', { key: 'trip' }), 422, 'Validation failed', {
        idempotency_key: ['The idempotency key has already been used for a different request.'],
      });
      const rows = await commandRows(s.vehicle.id);
      assert.deepEqual(
        rows.map((r) => r.bookingId),
        [s.bookingId],
      );
      expectCompleted(await control(s, s.vehicle.id, 'unlock', { key: 'trip-2' }), s.vehicle.id, 'unlock');
      assert.equal((await commandRows(s.vehicle.id)).at(-1)!.bookingId, again.id);
    });

    it('keeps keys per client, and refuses a key reused for another action or vehicle (422)', async () => {
      const s = await activeScene();
      expectCompleted(await control(s, s.vehicle.id, 'unlock', { key: 'same' }), s.vehicle.id, 'unlock');
      expectError(await control(s, s.vehicle.id, 'lock', { key: 'same' }), 422, 'Validation failed', {
        idempotency_key: ['The idempotency key has already been used for a different request.'],
      });
      // Another client may use the same key for its own car.
      const o = await activeScene();
      expectCompleted(await control(o, o.vehicle.id, 'unlock', { key: 'same' }), o.vehicle.id, 'unlock');
      expectError(await control(s, s.vehicle.id, 'unlock', { key: 'x'.repeat(256) }), 422, 'Validation failed', {
        idempotency_key: ['The idempotency key must not be greater than 255 characters.'],
      });
      assert.equal((await commandRows(s.vehicle.id)).length, 1);
    });
  });

  describe('serialization', () => {
    /** Wraps the driver's send so each command takes `ms` and the highest overlap is counted. */
    function instrument(app: TestApp, ms: number) {
      const provider = app.deps.telematics;
      const original = provider.send.bind(provider);
      const seen = { inFlight: 0, max: 0, order: [] as string[] };
      provider.send = async (cmd: TelematicsCommand) => {
        seen.inFlight += 1;
        seen.max = Math.max(seen.max, seen.inFlight);
        try {
          await new Promise((r) => setTimeout(r, ms));
          seen.order.push(cmd.action);
          return await original(cmd);
        } finally {
          seen.inFlight -= 1;
        }
      };
      return { seen, restore: () => (provider.send = original) };
    }

    it('never runs two commands to one vehicle at once (in one instance)', async () => {
      const s = await activeScene();
      const other = await activeScene();
      const probe = instrument(t, 15);
      try {
        // As many as may queue at once: one running, three waiting.
        const actions: VehicleAction[] = ['unlock', 'enable-driving', 'disable-driving', 'lock'];
        const results = await Promise.all(
          actions.map((a, i) => control(s, s.vehicle.id, a, { form: i % 2 ? 'short' : 'control' })),
        );
        results.forEach((r, i) => expectCompleted(r, s.vehicle.id, actions[i]!));
        assert.equal(probe.seen.max, 1);
        const rows = await commandRows(s.vehicle.id);
        assert.equal(rows.length, 4);
        assert.ok(rows.every((r) => r.status === 'completed'));
        // The lock state is the last lock/unlock's, in the order the unit received them (requests may
        // reach the queue in any order: only one at a time is what counts).
        const lastLocking = probe.seen.order.filter((a) => a === 'lock' || a === 'unlock').at(-1)!;
        assert.equal((await simulatedUnit(t.deps.database.db, s.vehicle.id))?.state.is_locked, lastLocking === 'lock');

        // Two different vehicles do not wait for each other.
        probe.seen.max = 0;
        await Promise.all([control(s, s.vehicle.id, 'lock'), control(other, other.vehicle.id, 'lock')]);
        assert.equal(probe.seen.max, 2);
      } finally {
        probe.restore();
      }
    });

    it('refuses a command at once (409) when 3 already wait behind the running one', async () => {
      const slow = await makeTestApp({ env: { SIMULATOR_LATENCY_MS: '400' } });
      try {
        const s = await activeScene(slow);
        const results = await Promise.all(
          Array.from({ length: 7 }, (_, i) => control(s, s.vehicle.id, i % 2 ? 'lock' : 'unlock', { app: slow })),
        );
        const busy = results.filter((r) => r.statusCode === 409);
        const done = results.filter((r) => r.statusCode === 200);
        assert.equal(done.length, 4, 'the running command and the 3 waiting');
        assert.equal(busy.length, 3);
        for (const r of busy) {
          const body = expectError(r, 409, 'Another command for this vehicle is in progress');
          assert.equal(body.data, null);
        }
        const rows = await commandRows(s.vehicle.id, slow);
        assert.equal(rows.length, 4, 'a refused command is neither sent nor recorded');
        assert.ok(rows.every((r) => r.status === 'completed'));
        // Once the queue has drained, the vehicle takes commands again.
        expectCompleted(await control(s, s.vehicle.id, 'lock', { app: slow }), s.vehicle.id, 'lock', slow);
      } finally {
        await slow.close();
      }
    });

    it('serializes across instances through the database (one pending command per vehicle)', async () => {
      const s = await activeScene();
      const probe = instrument(t, 25);
      // A second service on the same database: another instance, with its own in-process queue.
      const second = new VehicleControlService(
        t.deps.database.db,
        t.deps.telematics,
        t.deps.bookingAccess,
        t.clock,
        t.deps.logger,
        { timeoutMs: 5000 },
      );
      try {
        const runs = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            (i % 2 ? second : t.deps.vehicleControl).run(s.agency.agency, s.vehicle.id, i % 3 ? 'lock' : 'unlock', {
              actor: { type: 'system', id: null },
            }),
          ),
        );
        assert.equal(runs.length, 6);
        assert.ok(runs.every((r) => r.status === 'completed'));
        assert.equal(probe.seen.max, 1, 'the unit never had two commands at once');
        const rows = await commandRows(s.vehicle.id);
        assert.equal(rows.length, 6);
        assert.ok(rows.every((r) => r.status === 'completed' && r.actorType === 'system' && r.bookingId === null));
      } finally {
        probe.restore();
      }
    });

    it('releases a pending command whose sender died once it is older than the timeout', async () => {
      const s = await activeScene();
      const [stale] = await t.deps.database.db
        .insert(vehicleCommands)
        .values({
          agencyId: s.agency.agency.id,
          vehicleId: s.vehicle.id,
          actorType: 'client',
          actorId: s.clientId,
          action: 'unlock',
          commandId: crypto.randomUUID(),
          status: 'pending',
          requestedAt: new Date(t.clock.now().getTime() - 10 * MINUTE),
        })
        .returning();
      expectCompleted(await control(s, s.vehicle.id, 'lock'), s.vehicle.id, 'lock');
      const rows = await commandRows(s.vehicle.id);
      assert.equal(rows.length, 2);
      assert.equal(rows[0]!.id, stale!.id);
      assert.equal(rows[0]!.status, 'failed');
      assert.match(rows[0]!.failureReason!, /^abandoned/);
    });
  });

  it('lets the bookings module drive the car as the system (VehicleCommander.run)', async () => {
    const s = await activeScene();
    const outcome = await t.deps.vehicleControl.run(s.agency.agency, s.vehicle.id, 'lock-and-disable-driving', {
      actor: { type: 'system', id: null },
      bookingId: s.bookingId,
    });
    assert.deepEqual(outcome, {
      vehicleId: s.vehicle.id,
      action: 'lock-and-disable-driving',
      status: 'completed',
      timestamp: t.clock.now(),
    });
    const other = await createAgency(t);
    await assert.rejects(
      t.deps.vehicleControl.run(other.agency, s.vehicle.id, 'lock', { actor: { type: 'system', id: null } }),
      (err: Error & { code?: string }) => err.code === 'VEHICLE_NOT_FOUND',
    );
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, false);
    await assert.rejects(
      t.deps.vehicleControl.run(s.agency.agency, s.vehicle.id, 'lock', { actor: { type: 'system', id: null } }),
      (err: Error & { code?: string; data?: Record<string, unknown> }) =>
        err.code === 'VEHICLE_DID_NOT_RESPOND' && err.data?.reason === 'offline' && err.data?.retry_after === 30,
    );
  });
});

describe('GET /vehicles/{id}/status', () => {
  const STATUS_KEYS = ['connectivity', 'location', 'status', 'telemetry', 'vehicle_id'];
  const TELEMETRY_KEYS = [
    'battery_voltage',
    'doors',
    'driving_enabled',
    'fuel_level',
    'fuel_type',
    'is_engine_running',
    'is_locked',
    'last_update',
    'mileage',
  ];

  it('shows the stored telemetry in the documented shape, reflecting a lock', async () => {
    const s = await activeScene();
    expectCompleted(await control(s, s.vehicle.id, 'unlock'), s.vehicle.id, 'unlock');
    t.clock.advanceSeconds(20);
    expectCompleted(await control(s, s.vehicle.id, 'lock', { form: 'short' }), s.vehicle.id, 'lock');
    const lockedAt = isoSeconds(t.clock.now());
    t.clock.advanceSeconds(30);

    const body = expectOk(await status(s, s.vehicle.id), 200, 'Vehicle status retrieved');
    assert.deepEqual(body.meta, { agency_id: s.agency.agency.id, agency_code: s.agency.agency.code });
    const d = body.data;
    assert.deepEqual(Object.keys(d).sort(), STATUS_KEYS);
    assert.deepEqual(Object.keys(d.telemetry).sort(), TELEMETRY_KEYS);
    const unit = (await simulatedUnit(t.deps.database.db, s.vehicle.id))!.state;
    assert.deepEqual(d, {
      vehicle_id: s.vehicle.id,
      status: 'in_use',
      location: { latitude: 40.75, longitude: -73.99, address: '5 Station Rd, New York, NY', last_update: lockedAt },
      telemetry: {
        fuel_level: unit.fuel_level,
        fuel_type: 'petrol',
        mileage: unit.mileage,
        battery_voltage: 12.6,
        is_locked: true,
        is_engine_running: false,
        driving_enabled: false,
        doors: {
          front_left: 'closed',
          front_right: 'closed',
          rear_left: 'closed',
          rear_right: 'closed',
          trunk: 'closed',
        },
        last_update: lockedAt,
      },
      connectivity: { status: 'online', signal_strength: 'strong', last_seen: lockedAt },
    });
    assert.ok(unit.fuel_level! >= 55 && unit.fuel_level! <= 95);
    assert.ok(unit.mileage >= 8000 && unit.mileage < 68_000);
  });

  it('never asks the unit: an offline unit still has its last state shown, and goes offline after 90 s of silence', async () => {
    const s = await activeScene();
    expectCompleted(await control(s, s.vehicle.id, 'unlock'), s.vehicle.id, 'unlock');
    const seenAt = isoSeconds(t.clock.now());
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, false);
    const sent = (await commandRows(s.vehicle.id)).length;
    t.clock.advanceSeconds(90);
    let d = expectOk(await status(s, s.vehicle.id), 200, 'Vehicle status retrieved').data;
    assert.equal(d.connectivity.status, 'online');
    t.clock.advanceSeconds(1);
    d = expectOk(await status(s, s.vehicle.id), 200, 'Vehicle status retrieved').data;
    assert.deepEqual(d.connectivity, { status: 'offline', signal_strength: null, last_seen: seenAt });
    assert.equal(d.telemetry.is_locked, false);
    assert.equal((await commandRows(s.vehicle.id)).length, sent, 'no command was sent to read the status');
  });

  it('falls back to the station before any telemetry, and shows a reported position away from it', async () => {
    const s = await activeScene();
    let d = expectOk(await status(s, s.vehicle.id), 200, 'Vehicle status retrieved').data;
    assert.deepEqual(d, {
      vehicle_id: s.vehicle.id,
      status: 'in_use',
      location: { latitude: 40.75, longitude: -73.99, address: '5 Station Rd, New York, NY', last_update: null },
      telemetry: {
        fuel_level: null,
        fuel_type: 'petrol',
        mileage: null,
        battery_voltage: null,
        is_locked: null,
        is_engine_running: null,
        driving_enabled: null,
        doors: null,
        last_update: null,
      },
      connectivity: { status: 'offline', signal_strength: null, last_seen: null },
    });

    // A unit that pushes a position 5 km away, with no position fields: location from the report, no address.
    const ingested = await t.deps.vehicleControl.ingest({
      agencyCode: s.agency.agency.code,
      deviceId: s.vehicle.telematicsDeviceId!,
      reportedAt: new Date(t.clock.now().getTime() - 5000),
      state: {
        is_locked: false,
        driving_enabled: true,
        is_engine_running: true,
        fuel_level: 42.5,
        mileage: 20_123.4,
        battery_voltage: 13.9,
        doors: {
          front_left: 'closed',
          front_right: 'closed',
          rear_left: 'closed',
          rear_right: 'closed',
          trunk: 'open',
        },
        latitude: 40.7,
        longitude: -74.03,
        signal_strength: 'weak',
      },
    });
    assert.equal(ingested, true);
    d = expectOk(await status(s, s.vehicle.id), 200, 'Vehicle status retrieved').data;
    const reportedAt = isoSeconds(new Date(t.clock.now().getTime() - 5000));
    assert.deepEqual(d.location, { latitude: 40.7, longitude: -74.03, address: null, last_update: reportedAt });
    assert.equal(d.telemetry.fuel_level, 42.5);
    assert.equal(d.telemetry.mileage, 20_123.4);
    assert.equal(d.telemetry.is_engine_running, true);
    assert.equal(d.telemetry.doors.trunk, 'open');
    assert.deepEqual(d.connectivity, {
      status: 'online',
      signal_strength: 'weak',
      last_seen: isoSeconds(t.clock.now()),
    });

    // An older report arriving late does not replace the newer state.
    await t.deps.vehicleControl.ingest({
      agencyCode: s.agency.agency.code,
      deviceId: s.vehicle.telematicsDeviceId!,
      reportedAt: new Date(t.clock.now().getTime() - 60_000),
      state: { ...(await t.deps.vehicleControl.snapshot(s.agency.agency, s.vehicle.id))!.state, fuel_level: 99 },
    });
    d = expectOk(await status(s, s.vehicle.id), 200, 'Vehicle status retrieved').data;
    assert.equal(d.telemetry.fuel_level, 42.5);
    // A unit nobody knows is ignored.
    assert.equal(
      await t.deps.vehicleControl.ingest({
        agencyCode: s.agency.agency.code,
        deviceId: 'NO-SUCH-UNIT',
        reportedAt: t.clock.now(),
        state: d.telemetry,
      } as never),
      false,
    );
  });

  it('is only for the client whose booking of the vehicle is active (403), and 404 across agencies', async () => {
    const now = t.clock.now();
    const none = await scene();
    expectError(await status(none, none.vehicle.id), 403, DENIED);

    const upcoming = await scene();
    await insertBooking(t, upcoming.agency, upcoming.clientId, upcoming.vehicle, {
      status: 'upcoming',
      startAt: new Date(now.getTime() + 5 * MINUTE), // inside the pickup window: control yes, status no
      endAt: new Date(now.getTime() + 3 * HOUR),
    });
    expectError(await status(upcoming, upcoming.vehicle.id), 403, DENIED);

    const theirs = await scene();
    const owner = await registerClient(t, theirs.agency);
    await insertBooking(t, theirs.agency, owner.user.id, theirs.vehicle, {
      status: 'active',
      startAt: new Date(now.getTime() - HOUR),
      endAt: new Date(now.getTime() + HOUR),
    });
    expectError(await status(theirs, theirs.vehicle.id), 403, DENIED);

    const done = await scene();
    await insertBooking(t, done.agency, done.clientId, done.vehicle, {
      status: 'completed',
      startAt: new Date(now.getTime() - 3 * HOUR),
      endAt: new Date(now.getTime() - HOUR),
    });
    expectError(await status(done, done.vehicle.id), 403, DENIED);

    const active = await activeScene();
    assert.equal(
      expectOk(await status(active, active.vehicle.id), 200, 'Vehicle status retrieved').data.status,
      'in_use',
    );
    // The derived status is the fleet module's: a car flagged for maintenance shows it.
    await t.deps.database.db.update(vehicles).set({ maintenance: true }).where(eq(vehicles.id, active.vehicle.id));
    assert.equal(
      expectOk(await status(active, active.vehicle.id), 200, 'Vehicle status retrieved').data.status,
      'maintenance',
    );
    expectError(await status(none, active.vehicle.id), 404, 'Vehicle not found');
    expectError(await status(active, 999_999_999), 404, 'Vehicle not found');
    expectError(await status(active, 'abc'), 404, 'Vehicle not found');
    const unauth = await call(t, { url: `${CLIENT}/vehicles/${active.vehicle.id}/status`, agency: active.agency });
    assert.equal(unauth.statusCode, 401);
    // No command row, no telemetry row: reading the status touched nothing.
    assert.equal((await commandRows(active.vehicle.id)).length, 0);
    const tele = await t.deps.database.db
      .select()
      .from(vehicleTelemetry)
      .where(and(eq(vehicleTelemetry.vehicleId, active.vehicle.id)));
    assert.equal(tele.length, 0);
  });
});
