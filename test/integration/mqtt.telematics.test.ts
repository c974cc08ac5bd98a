/**
 * The MQTT driver against the real broker (Mosquitto on 127.0.0.1:1883, as on CI) with the stand-alone
 * agent (src/modules/telematics/agent.ts) running in-process: lock and unlock through the HTTP API,
 * a timeout once the agent is stopped, telemetry pushed by the agent reaching GET /status, and the
 * contract's edges (rejection, expired and repeated commands, a broker that is down).
 * Every test uses its own agency (a unique code), so topics never collide with another test or run.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import mqtt from 'mqtt';
import { asc } from 'drizzle-orm';
import { bookings, vehicleCommands, type VehicleRow } from '../../src/db/schema.js';
import { isoSeconds, ManualClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/lib/logger.js';
import { VehicleAgent } from '../../src/modules/telematics/agent.js';
import { MqttTelematicsProvider, unitTopic } from '../../src/providers/telematics/mqtt.telematics.js';
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

const BROKER = 'mqtt://127.0.0.1:1883';
const HOUR = 3_600_000;

let t: TestApp;
const agents: VehicleAgent[] = [];

before(async () => {
  t = await makeTestApp({
    env: {
      TELEMATICS_DRIVER: 'mqtt',
      MQTT_URL: BROKER,
      TELEMATICS_TIMEOUT_MS: '1500',
      // Its own share group: another test process on this broker must not take this app's telemetry.
      MQTT_SHARE_GROUP: `test-${randomUUID().slice(0, 8)}`,
    },
  });
});

after(async () => {
  for (const a of agents) await a.stop();
  await t.close();
});

interface Scene {
  agency: TestAgency;
  token: string;
  clientId: number;
  vehicle: VehicleRow;
  bookingId: number;
  agent: VehicleAgent;
}

/** A vehicle with a unit (the agent, started), and its client's active booking. */
async function scene(opts: { heartbeatMs?: number; start?: boolean } = {}): Promise<Scene> {
  const agency = await createAgency(t);
  const station = await createStation(t, agency, {
    address: '1 Dock St, Brooklyn, NY',
    latitude: 40.7,
    longitude: -73.99,
  });
  const vehicle = await createVehicle(t, agency, station, { fuelType: 'diesel' });
  const reg = await registerClient(t, agency);
  const now = t.clock.now();
  const b = await insertBooking(t, agency, reg.user.id, vehicle, {
    status: 'active',
    startAt: new Date(now.getTime() - HOUR),
    endAt: new Date(now.getTime() + 3 * HOUR),
  });
  const agent = new VehicleAgent({
    url: BROKER,
    agencyCode: agency.agency.code,
    deviceId: vehicle.telematicsDeviceId!,
    heartbeatMs: opts.heartbeatMs ?? 0,
  });
  agents.push(agent);
  if (opts.start !== false) await agent.start();
  return { agency, token: reg.token, clientId: reg.user.id, vehicle, bookingId: b.id, agent };
}

/**
 * The unit drops commands whose expires_at has passed by its own clock, so the server's (manual) clock
 * is brought to real time before each command, as NTP keeps a real server and unit in step.
 */
function control(s: Scene, action: string, form: 'control' | 'short' = 'short'): Promise<Res> {
  t.clock.set(new Date());
  const url =
    form === 'short'
      ? `${CLIENT}/vehicles/${s.vehicle.id}/${action}`
      : `${CLIENT}/vehicles/${s.vehicle.id}/control/${action}`;
  return call(t, { method: 'POST', url, agency: s.agency, token: s.token });
}

function status(s: Scene): Promise<Res> {
  return call(t, { url: `${CLIENT}/vehicles/${s.vehicle.id}/status`, agency: s.agency, token: s.token });
}

async function commandRows(vehicleId: number) {
  return t.deps.database.db
    .select()
    .from(vehicleCommands)
    .where(eq(vehicleCommands.vehicleId, vehicleId))
    .orderBy(asc(vehicleCommands.id));
}

/** Waits (real time: message delivery, not business time) until `check` holds. */
async function eventually<T>(check: () => Promise<T | undefined>, what: string, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('MQTT driver with the agent, through the HTTP API', () => {
  it('unlocks and locks the car: the unit obeys, acknowledges, and its state becomes the telemetry', async () => {
    const s = await scene();
    assert.equal(s.agent.state.is_locked, true);

    const unlocked = expectOk(await control(s, 'unlock'), 200, 'Vehicle unlocked successfully');
    assert.deepEqual(unlocked.data, {
      vehicle_id: s.vehicle.id,
      action: 'unlock',
      status: 'completed',
      timestamp: isoSeconds(t.clock.now()),
    });
    assert.equal(s.agent.state.is_locked, false);

    const locked = expectOk(await control(s, 'lock', 'control'), 200, 'Vehicle locked successfully');
    assert.equal(locked.data.action, 'lock');
    assert.equal(s.agent.state.is_locked, true);

    expectOk(await control(s, 'unlock-and-enable-driving'), 200, 'Vehicle unlocked and driving enabled successfully');
    assert.deepEqual([s.agent.state.is_locked, s.agent.state.driving_enabled], [false, true]);
    expectOk(await control(s, 'lock-and-disable-driving'), 200, 'Vehicle locked and driving disabled successfully');
    assert.deepEqual([s.agent.state.is_locked, s.agent.state.driving_enabled], [true, false]);
    assert.equal(s.agent.handled, 4);

    const rows = await commandRows(s.vehicle.id);
    assert.deepEqual(
      rows.map((r) => [r.action, r.status, r.actorType, r.actorId, r.bookingId]),
      [
        ['unlock', 'completed', 'client', s.clientId, s.bookingId],
        ['lock', 'completed', 'client', s.clientId, s.bookingId],
        ['unlock-and-enable-driving', 'completed', 'client', s.clientId, s.bookingId],
        ['lock-and-disable-driving', 'completed', 'client', s.clientId, s.bookingId],
      ],
    );
    assert.ok(rows.every((r) => typeof r.latencyMs === 'number' && r.latencyMs < 1500));
    // The acknowledgement carried the state: the snapshot is the unit's own.
    const snap = await t.deps.vehicleControl.snapshot(s.agency.agency, s.vehicle.id);
    assert.deepEqual(snap?.state, s.agent.state);
  });

  it('answers 503 timeout with retry_after once the agent is stopped, and records it', async () => {
    const s = await scene();
    expectOk(await control(s, 'unlock'), 200, 'Vehicle unlocked successfully');
    await s.agent.stop();
    const started = performance.now();
    const res = await control(s, 'lock');
    const waited = performance.now() - started;
    const body = expectError(res, 503, 'Vehicle did not respond');
    assert.deepEqual(body.data, {
      vehicle_id: s.vehicle.id,
      action: 'lock',
      status: 'failed',
      reason: 'timeout',
      retry_after: 10,
    });
    assert.equal(res.headers['retry-after'], '10');
    assert.ok(waited >= 1400 && waited < 4000, `waited ${waited} ms for TELEMATICS_TIMEOUT_MS=1500`);
    const rows = await commandRows(s.vehicle.id);
    assert.equal(rows.at(-1)!.status, 'failed');
    assert.match(rows.at(-1)!.failureReason!, /^timeout: No acknowledgement within 1500 ms/);
    assert.ok(rows.at(-1)!.latencyMs! >= 1400);

    // The unit comes back (a new process with a clean session): the command it missed is not replayed.
    const back = new VehicleAgent({
      url: BROKER,
      agencyCode: s.agency.agency.code,
      deviceId: s.vehicle.telematicsDeviceId!,
      heartbeatMs: 0,
    });
    agents.push(back);
    await back.start();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(back.handled, 0);
    expectOk(await control(s, 'lock'), 200, 'Vehicle locked successfully');
    assert.equal(back.handled, 1);
  });

  it('shows telemetry the agent pushes in GET /status (on change and on its heartbeat)', async () => {
    const s = await scene({ heartbeatMs: 150 });
    // Its first push (on connect) arrives without any command.
    const first = await eventually(async () => {
      const res = await status(s);
      const d = expectOk(res, 200, 'Vehicle status retrieved').data;
      return d.telemetry.mileage === 15_000 ? d : undefined;
    }, 'the first telemetry');
    assert.equal(first.telemetry.fuel_type, 'diesel');
    assert.equal(first.connectivity.status, 'online');
    // No position reported yet: the station's.
    assert.deepEqual(first.location, {
      latitude: 40.7,
      longitude: -73.99,
      address: '1 Dock St, Brooklyn, NY',
      last_update: null,
    });

    // The car is driven: fuel, odometer, position and a door change on the unit.
    await s.agent.update({
      fuel_level: 37.5,
      mileage: 15_042.3,
      latitude: 40.7306,
      longitude: -73.9352,
      is_engine_running: true,
      battery_voltage: 14.1,
      signal_strength: 'medium',
    });
    const moved = await eventually(async () => {
      const d = expectOk(await status(s), 200, 'Vehicle status retrieved').data;
      return d.telemetry.mileage === 15_042.3 ? d : undefined;
    }, 'the pushed telemetry');
    assert.equal(moved.vehicle_id, s.vehicle.id);
    assert.equal(moved.status, 'in_use');
    assert.equal(moved.location.latitude, 40.7306);
    assert.equal(moved.location.longitude, -73.9352);
    assert.equal(moved.location.address, null, 'away from the station');
    assert.match(moved.location.last_update, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(
      {
        fuel_level: moved.telemetry.fuel_level,
        battery_voltage: moved.telemetry.battery_voltage,
        is_locked: moved.telemetry.is_locked,
        is_engine_running: moved.telemetry.is_engine_running,
        driving_enabled: moved.telemetry.driving_enabled,
      },
      { fuel_level: 37.5, battery_voltage: 14.1, is_locked: true, is_engine_running: true, driving_enabled: false },
    );
    assert.deepEqual(moved.connectivity, {
      status: 'online',
      signal_strength: 'medium',
      last_seen: isoSeconds(t.clock.now()),
    });

    // Heartbeats keep last_seen moving while nothing changes.
    t.clock.set(new Date(Date.now() + 60_000));
    const beatAt = isoSeconds(t.clock.now());
    await eventually(async () => {
      const d = expectOk(await status(s), 200, 'Vehicle status retrieved').data;
      return d.connectivity.last_seen === beatAt ? d : undefined;
    }, 'a heartbeat');

    // A silent unit shows offline after 90 s without hearing from it.
    await s.agent.stop();
    await new Promise((r) => setTimeout(r, 300));
    t.clock.advanceSeconds(91);
    const silent = expectOk(await status(s), 200, 'Vehicle status retrieved').data;
    assert.equal(silent.connectivity.status, 'offline');
    assert.equal(silent.telemetry.mileage, 15_042.3, 'the last state stays');
  });

  it('the first unlock inside the pickup window starts the booking with the unit-reported mileage', async () => {
    const s = await scene();
    const now = t.clock.now();
    await t.deps.database.db.update(bookings).set({ status: 'completed' }).where(eq(bookings.id, s.bookingId));
    const b = await insertBooking(t, s.agency, s.clientId, s.vehicle, {
      status: 'upcoming',
      startAt: new Date(now.getTime() + 10 * 60_000),
      endAt: new Date(now.getTime() + 3 * HOUR),
    });
    expectError(await status(s), 403, 'You do not have an active booking for this vehicle');
    expectOk(await control(s, 'unlock'), 200, 'Vehicle unlocked successfully');
    const [row] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, b.id));
    assert.equal(row!.status, 'active');
    assert.equal(row!.startMileage, 15_000);
    assert.equal(row!.actualStart?.getTime(), t.clock.now().getTime());
  });

  it('answers 503 rejected when the unit refuses (a door is open for a lock)', async () => {
    const s = await scene();
    expectOk(await control(s, 'unlock'), 200, 'Vehicle unlocked successfully');
    await s.agent.update({ doors: { ...s.agent.state.doors, rear_left: 'open' } });
    const res = await control(s, 'lock');
    const body = expectError(res, 503, 'Vehicle did not respond');
    assert.equal(body.data.reason, 'rejected');
    assert.equal(body.data.retry_after, 10);
    assert.equal(res.headers['retry-after'], '10');
    assert.equal(s.agent.state.is_locked, false, 'the unit did not lock');
    const rows = await commandRows(s.vehicle.id);
    assert.equal(rows.at(-1)!.failureReason, 'rejected: A door is open');
    await s.agent.update({ doors: { ...s.agent.state.doors, rear_left: 'closed' } });
    expectOk(await control(s, 'lock'), 200, 'Vehicle locked successfully');
  });
});

describe('the contract at the unit', () => {
  /** A bare MQTT client playing the server: publishes commands, collects the unit's acks. */
  async function rawServer(agencyCode: string, deviceId: string) {
    const client = await mqtt.connectAsync(BROKER, { clientId: `test-${randomUUID()}`, clean: true });
    const acks: Array<Record<string, unknown>> = [];
    await client.subscribeAsync(unitTopic(agencyCode, deviceId, 'acks'), { qos: 1 });
    client.on('message', (_topic, payload) => acks.push(JSON.parse(payload.toString())));
    const send = (body: Record<string, unknown>) =>
      client.publishAsync(unitTopic(agencyCode, deviceId, 'commands'), JSON.stringify(body), { qos: 1 });
    return { client, acks, send };
  }

  it('ignores an expired command, and acknowledges a redelivered one again without redoing it', async () => {
    const code = `MQ${randomUUID().slice(0, 8).toUpperCase()}`;
    const agent = new VehicleAgent({ url: BROKER, agencyCode: code, deviceId: 'UNIT-1', heartbeatMs: 0 });
    agents.push(agent);
    await agent.start();
    const server = await rawServer(code, 'UNIT-1');
    try {
      const past = new Date(Date.now() - 1000).toISOString();
      await server.send({ command_id: 'c-expired', action: 'unlock', issued_at: past, expires_at: past });
      const future = new Date(Date.now() + 10_000).toISOString();
      const command = { command_id: 'c-1', action: 'unlock', issued_at: new Date().toISOString(), expires_at: future };
      await server.send(command);
      await eventually(async () => (server.acks.length >= 1 ? true : undefined), 'the ack');
      // The unit turned the car locked again by hand; a redelivery of c-1 must not unlock it again.
      await agent.update({ is_locked: true });
      await server.send(command);
      await eventually(async () => (server.acks.length >= 2 ? true : undefined), 'the repeated ack');
      await server.send({ command_id: 'c-bad', action: 'self-destruct', issued_at: future, expires_at: future });
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(server.acks.length, 2, 'nothing for the expired or the malformed command');
      assert.deepEqual(
        server.acks.map((a) => [a.command_id, a.status]),
        [
          ['c-1', 'ok'],
          ['c-1', 'ok'],
        ],
      );
      assert.equal(agent.handled, 1);
      assert.equal(agent.state.is_locked, true);
      assert.equal((server.acks[0]!.state as { is_locked: boolean }).is_locked, false);
    } finally {
      await server.client.endAsync();
    }
  });

  it('ignores an acknowledgement from another unit and malformed messages, and keeps working', async () => {
    const s = await scene();
    const impostor = await mqtt.connectAsync(BROKER, { clientId: `test-${randomUUID()}` });
    try {
      await impostor.publishAsync(
        unitTopic(s.agency.agency.code, s.vehicle.telematicsDeviceId!, 'telemetry'),
        'not json',
        { qos: 1 },
      );
      await impostor.publishAsync(
        unitTopic(s.agency.agency.code, s.vehicle.telematicsDeviceId!, 'telemetry'),
        '{"mileage": -5}',
        { qos: 1 },
      );
      await impostor.publishAsync(unitTopic(s.agency.agency.code, 'OTHER-UNIT', 'acks'), '{"command_id": 1}', {
        qos: 1,
      });
      expectOk(await control(s, 'unlock'), 200, 'Vehicle unlocked successfully');
    } finally {
      await impostor.endAsync();
    }
  });
});

describe('MqttTelematicsProvider: delivery guarantees', () => {
  const silent = createLogger('silent');
  const command = (clock: ManualClock, agencyCode: string, deviceId: string, ms: number) => ({
    agencyCode,
    deviceId,
    commandId: randomUUID(),
    action: 'unlock' as const,
    deadline: new Date(clock.now().getTime() + ms),
  });

  /** A TCP relay to the broker that can swallow what the client sends and drop its connections. */
  async function relay() {
    const sockets = new Set<net.Socket>();
    const state = { swallow: false, connections: 0 };
    const server = net.createServer((client) => {
      state.connections += 1;
      const upstream = net.connect(1883, '127.0.0.1');
      sockets.add(client).add(upstream);
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('data', (d) => (state.swallow ? undefined : upstream.write(d)));
      upstream.on('data', (d) => client.write(d));
      for (const sock of [client, upstream]) sock.on('error', end).on('close', end);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const cut = () => {
      for (const sock of sockets) sock.destroy();
      sockets.clear();
    };
    return {
      url: `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`,
      state,
      cut,
      close: () => {
        cut();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }

  /** A bare client watching a unit's command topic: which command ids reached the broker. */
  async function watchCommands(agencyCode: string, deviceId: string) {
    const client = await mqtt.connectAsync(BROKER, { clientId: `test-${randomUUID()}`, clean: true });
    const heard: string[] = [];
    await client.subscribeAsync(unitTopic(agencyCode, deviceId, 'commands'), { qos: 1 });
    client.on('message', (_topic, payload) => heard.push(JSON.parse(payload.toString()).command_id));
    return { client, heard };
  }

  it('does not re-send after a reconnect a command it reported as timed out', async () => {
    const code = `MQ${randomUUID().slice(0, 8).toUpperCase()}`;
    const proxy = await relay();
    const watcher = await watchCommands(code, 'UNIT-R');
    const clock = new ManualClock(new Date());
    const provider = new MqttTelematicsProvider({ url: proxy.url, reconnectMs: 100 }, clock, silent);
    await provider.start(async () => {});
    try {
      // No unit answers: a timeout, but the broker took the publish (it reached the watcher).
      const first = command(clock, code, 'UNIT-R', 200);
      assert.equal(((await provider.send(first)) as { reason: string }).reason, 'timeout');
      await eventually(async () => (watcher.heard.includes(first.commandId) ? true : undefined), 'the first');

      // The link goes silent: the publish never reaches the broker, the API reports a timeout...
      proxy.state.swallow = true;
      const lost = command(clock, code, 'UNIT-R', 200);
      assert.deepEqual(await provider.send(lost), {
        ok: false,
        reason: 'timeout',
        message: 'No acknowledgement within 200 ms',
      });
      // ...then the connection drops and mqtt.js reconnects: the given-up command must not go out now.
      proxy.state.swallow = false;
      proxy.cut();
      await eventually(async () => (proxy.state.connections >= 2 ? true : undefined), 'the reconnection');
      const after = await eventually(async () => {
        const next = command(clock, code, 'UNIT-R', 150);
        await provider.send(next);
        await new Promise((r) => setTimeout(r, 50));
        return watcher.heard.includes(next.commandId) ? next : undefined;
      }, 'a command after the reconnection');
      assert.ok(watcher.heard.includes(after.commandId));
      assert.equal(watcher.heard.includes(lost.commandId), false, 'the timed-out command was never delivered');
    } finally {
      await provider.close();
      await watcher.client.endAsync();
      await proxy.close();
    }
  });

  it('close() answers every waiting command at once as offline', async () => {
    const code = `MQ${randomUUID().slice(0, 8).toUpperCase()}`;
    const clock = new ManualClock(new Date());
    const provider = new MqttTelematicsProvider({ url: BROKER }, clock, silent);
    await provider.start(async () => {});
    // Connected (the first command waits for that), then two commands wait for units that never answer.
    await provider.send(command(clock, code, 'UNIT-C', 50));
    const started = performance.now();
    const waiting = [
      provider.send(command(clock, code, 'UNIT-C', 5000)),
      provider.send(command(clock, code, 'X', 5000)),
    ];
    await new Promise((r) => setTimeout(r, 50));
    await provider.close();
    for (const result of await Promise.all(waiting))
      assert.deepEqual(result, { ok: false, reason: 'offline', message: 'The MQTT connection is closing' });
    assert.ok(performance.now() - started < 1000, 'well before their 5 s deadline');
  });

  it('hands each telemetry report to one instance of a deployment (shared subscription)', async () => {
    const code = `MQ${randomUUID().slice(0, 8).toUpperCase()}`;
    const group = `test-${randomUUID().slice(0, 8)}`;
    const clock = new ManualClock(new Date());
    const seen: Array<{ instance: number; mileage: number }> = [];
    // Two API instances of one deployment (same share group), and one of another deployment.
    const instances = [group, group, `${group}-other`].map(
      (shareGroup) => new MqttTelematicsProvider({ url: BROKER, shareGroup }, clock, silent),
    );
    try {
      await Promise.all(
        instances.map((p, i) =>
          p.start(async (r) => {
            if (r.agencyCode === code) seen.push({ instance: i, mileage: r.state.mileage });
          }),
        ),
      );
      await Promise.all(instances.map((p) => p.send(command(clock, code, 'NOBODY', 50)))); // all subscribed
      const agent = new VehicleAgent({ url: BROKER, agencyCode: code, deviceId: 'UNIT-S', heartbeatMs: 0 });
      agents.push(agent);
      await agent.start(); // pushes its state once (15,000 km)
      for (let km = 1; km <= 5; km++) await agent.update({ mileage: 15_000 + km });
      const expected = [15_000, 15_001, 15_002, 15_003, 15_004, 15_005];
      await eventually(async () => (seen.length >= 12 ? true : undefined), 'the reports');
      await new Promise((r) => setTimeout(r, 200));
      const mileages = (instances: number[]) =>
        seen
          .filter((x) => instances.includes(x.instance))
          .map((x) => x.mileage)
          .sort((a, b) => a - b);
      assert.deepEqual(mileages([0, 1]), expected, 'each report once across the deployment');
      assert.deepEqual(mileages([2]), expected, 'another deployment gets its own copy');
    } finally {
      for (const p of instances) await p.close();
    }
  });
});

describe('MqttTelematicsProvider when the broker is down', () => {
  it('fails commands fast with offline and never hangs or throws', async () => {
    const clock = new ManualClock(new Date());
    const provider = new MqttTelematicsProvider(
      { url: 'mqtt://127.0.0.1:1', connectTimeoutMs: 500, reconnectMs: 200 },
      clock,
      createLogger('silent'),
    );
    await provider.start(async () => {});
    try {
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const r = await provider.send({
          agencyCode: 'NOBODY',
          deviceId: 'UNIT',
          commandId: randomUUID(),
          action: 'unlock',
          deadline: new Date(clock.now().getTime() + 5000),
        });
        assert.deepEqual(r, { ok: false, reason: 'offline', message: 'The MQTT broker is unreachable' });
        assert.ok(performance.now() - started < 1500, 'well before the 5 s deadline');
      }
    } finally {
      await provider.close();
    }
  });

  it('an app configured with an unreachable broker starts, and its commands answer 503 offline', async () => {
    const down = await makeTestApp({
      env: { TELEMATICS_DRIVER: 'mqtt', MQTT_URL: 'mqtt://127.0.0.1:1', TELEMATICS_TIMEOUT_MS: '5000' },
    });
    try {
      const agency = await createAgency(down);
      const station = await createStation(down, agency);
      const vehicle = await createVehicle(down, agency, station);
      const reg = await registerClient(down, agency);
      const now = down.clock.now();
      await insertBooking(down, agency, reg.user.id, vehicle, {
        status: 'active',
        startAt: new Date(now.getTime() - HOUR),
        endAt: new Date(now.getTime() + HOUR),
      });
      const started = performance.now();
      const res = await call(down, {
        method: 'POST',
        url: `${CLIENT}/vehicles/${vehicle.id}/unlock`,
        agency,
        token: reg.token,
      });
      const body = expectError(res, 503, 'Vehicle did not respond');
      assert.deepEqual(body.data, {
        vehicle_id: vehicle.id,
        action: 'unlock',
        status: 'failed',
        reason: 'offline',
        retry_after: 30,
      });
      assert.equal(res.headers['retry-after'], '30');
      assert.ok(performance.now() - started < 2500);
    } finally {
      await down.close();
    }
  });
});
