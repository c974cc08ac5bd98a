/**
 * An app developer's whole journey through @daakey/sdk against a real server on loopback (the test app
 * listening on 127.0.0.1, fake payments, simulated cars answering at once, the outbox worker delivering
 * through the log drivers): config, register, verify phone and email with the codes from the dev inbox,
 * upload the licence, staff approve it with the CLI, add a card, find a station and a car, book, unlock,
 * extend, lock, end, open a support ticket with a photo, log out.
 *
 * Every API call goes through the SDK over HTTP. Outside it: the agency and its fleet (operator setup),
 * the dev inbox (plain HTTP: it is a development tool, not part of the API), the CLI, and the stored rows.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { bookings, documents, tickets } from '../../src/db/schema.js';
import { run as cli } from '../../src/cli/index.js';
import { type ClientPaths, createDaakeyClient, type DaakeyClient } from '../../sdk/src/index.js';
import { createAgency, makeTestApp, newClientInput, type TestAgency, type TestApp } from '../helpers/app.js';
import { createStation, createVehicle } from '../helpers/fleet.js';
import { png } from '../helpers/uploads.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const HERE = { latitude: 40.7484, longitude: -73.9857 };

let t: TestApp;
let base: string;
let agency: TestAgency;
let client: DaakeyClient;
const tokenChanges: (string | null)[] = [];

before(async () => {
  t = await makeTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
  // As main.ts does: the worker delivers what the services queue (codes, receipts) to the log drivers.
  t.deps.worker.start();
  agency = await createAgency(t);
  client = createDaakeyClient({
    baseUrl: base,
    agencyCode: agency.agency.code,
    secretKey: agency.secret,
    // The server's clock is the test's: sign at its time (what an app does on a device whose clock is off).
    now: () => t.clock.now(),
    onTokenChange: (token) => tokenChanges.push(token),
  });
});

after(async () => {
  await t.close();
});

type ConfigData = ClientPaths['/config']['get']['responses'][200]['content']['application/json']['data'];

/** The newest message to `to` in the dev inbox whose body matches `pattern` (waits for the worker). */
async function fromInbox(to: string, pattern: RegExp): Promise<RegExpExecArray> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await fetch(`${base}/dev/inbox.json?to=${encodeURIComponent(to)}`, {
      headers: { accept: 'application/json' },
    });
    assert.equal(res.status, 200);
    const inbox = (await res.json()) as { data: { to: string; body: string | null }[] };
    for (const m of inbox.data) {
      const found = m.body === null ? null : pattern.exec(m.body);
      if (found) return found;
    }
    if (Date.now() > deadline) throw new Error(`no message to ${to} matching ${pattern} in the dev inbox`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Runs the `daakey` CLI in this process, on the test app's deps; returns its exit code and what it printed.
 * The output is copied, not swallowed: the test runner reports results on the same stdout meanwhile.
 */
async function daakey(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return Reflect.apply(write, process.stdout, [chunk, ...rest]) as boolean;
  }) as typeof process.stdout.write;
  try {
    return { code: await cli(argv, {}, t.deps), stdout };
  } finally {
    process.stdout.write = write;
  }
}

describe('the journey of an app through the SDK', () => {
  const { name, email, phone, password } = newClientInput();
  const person = { name, email, phone, password, password_confirmation: password };
  let userId: number;
  let token: string;
  let config: ConfigData;
  let requiredDocuments: string[];
  let ticketCategories: string[];
  let cardId: number;
  let stationId: number;
  let vehicleId: number;
  let bookingId: number;
  let bookingEnd: Date;

  before(async () => {
    // The operator's side: a station near the client, one far away, and a car at the near one.
    const near = await createStation(t, agency, { name: 'Midtown', latitude: 40.7505, longitude: -73.9934 });
    await createStation(t, agency, { name: 'London', latitude: 51.5072, longitude: -0.1276 });
    await createVehicle(t, agency, near, { brand: 'Toyota', model: 'Corolla', hourlyRateMinor: 1500 });
  });

  it('reads the agency configuration', async () => {
    const { data, error, response } = await client.GET('/config');
    assert.equal(error, undefined);
    assert.equal(response.status, 200);
    assert.equal(data!.message, 'Configuration retrieved');
    assert.equal(data!.data.agency.code, agency.agency.code);
    assert.equal(data!.data.features.bookings_enabled, true);
    config = data!.data;
    requiredDocuments = data!.data.documents.required;
    ticketCategories = data!.data.support.ticket_categories;
    assert.deepEqual(requiredDocuments, ['driver_license_front', 'driver_license_back']);
  });

  it('registers: the SDK keeps the token', async () => {
    const { data, response } = await client.POST('/auth/register', { body: person });
    assert.equal(response.status, 201);
    assert.equal(data!.message, 'Registration successful');
    assert.equal(data!.data.user.email, person.email);
    assert.equal(data!.data.user.phone_verified_at, null);
    token = data!.data.token;
    userId = data!.data.user.id;
    assert.equal(client.getToken(), token);
    assert.deepEqual(tokenChanges, [token]);

    const me = await client.GET('/auth/me');
    assert.equal(me.response.status, 200);
    assert.equal(me.data!.data.id, userId);
  });

  it('verifies the phone and the email with the codes from the dev inbox', async () => {
    const [, phoneCode] = await fromInbox(person.phone, /verification code is (\d{6})/);
    const phone = await client.POST('/verification/verify-phone', { body: { code: phoneCode! } });
    assert.equal(phone.response.status, 200);
    assert.equal(phone.data!.message, 'Phone verified successfully');
    assert.equal(phone.data!.data.phone, person.phone);

    const wrong = await client.POST('/verification/verify-email', { body: { code: '000000' } });
    assert.equal(wrong.response.status, 422);
    assert.deepEqual(wrong.error!.errors, { code: ['The verification code is invalid or expired.'] });

    const [, emailCode] = await fromInbox(person.email, /email verification code is: ([a-z0-9]{6})/);
    const email = await client.POST('/verification/verify-email', { body: { code: emailCode! } });
    assert.equal(email.response.status, 200);
    assert.equal(email.data!.message, 'Email verified successfully');

    const status = await client.GET('/verification/status');
    assert.equal(status.data!.data.phone.verified, true);
    assert.equal(status.data!.data.email.verified, true);
  });

  it('uploads both sides of the licence (multipart through the SDK)', async () => {
    const expires = new Date(t.clock.now().getTime() + 400 * 24 * HOUR).toISOString().slice(0, 10);
    const image = await png(64, 40);
    for (const type of requiredDocuments) {
      const file = new File([image], `${type}.png`, { type: 'image/png' });
      const { data, response } = await client.POST('/documents', { body: { type, file, expires_at: expires } });
      assert.equal(response.status, 201);
      assert.equal(data!.message, 'Document uploaded successfully');
      assert.equal(data!.data.type, type);
      assert.equal(data!.data.status, 'pending');
      assert.equal(data!.data.expires_at, expires);
    }
    const list = await client.GET('/documents');
    assert.deepEqual(list.data!.meta.missing_required.sort(), [...requiredDocuments].sort());
  });

  it('staff approve the licence with the CLI (documents:review)', async () => {
    for (const type of requiredDocuments) {
      const out = await daakey([
        'documents:review',
        '--agency',
        agency.agency.code,
        '--client',
        String(userId),
        '--type',
        type,
        '--approve',
        '--number',
        'D1234567',
      ]);
      assert.equal(out.code, 0);
      assert.match(
        out.stdout,
        new RegExp(`\\(${type}\\) of client ${userId} is now verified; the client is notified\\.`),
      );
    }
    const { data } = await client.GET('/documents');
    assert.deepEqual(data!.meta.missing_required, []);
    assert.deepEqual(
      data!.data.map((d) => d.status),
      requiredDocuments.map(() => 'verified'),
    );
    const rows = await t.deps.database.db.select().from(documents).where(eq(documents.clientId, userId));
    assert.deepEqual(
      rows.map((r) => [r.status, r.number]),
      requiredDocuments.map(() => ['verified', 'D1234567']),
    );
  });

  it('adds a card', async () => {
    const { data, response } = await client.POST('/payment-methods', { body: { payment_method_id: 'pm_card_visa' } });
    assert.equal(response.status, 201);
    assert.equal(data!.message, 'Payment method added');
    assert.equal(data!.data.brand, 'visa');
    assert.equal(data!.data.last_four, '4242');
    assert.equal(data!.data.is_default, true);
    cardId = data!.data.id;
  });

  it('finds the nearest station and a car there', async () => {
    const stations = await client.GET('/stations', { params: { query: HERE } });
    assert.equal(stations.data!.message, 'Stations retrieved');
    assert.deepEqual(
      stations.data!.data.map((s) => [s.name, s.available_vehicles]),
      [['Midtown', 1]],
    );
    const nearest = stations.data!.data[0]!;
    assert.equal(nearest.distance_km, 0.7);
    stationId = nearest.id;

    const station = await client.GET('/stations/{id}', { params: { path: { id: String(stationId) } } });
    assert.equal(station.data!.message, 'Station retrieved');
    const car = station.data!.data.vehicles.find((v) => v.status === 'available');
    assert.ok(car, 'an available car at the station');
    assert.equal(car.brand, 'Toyota');
    vehicleId = car.id;
  });

  it('books the car from two minutes from now', async () => {
    const start = new Date(t.clock.now().getTime() + 2 * MINUTE);
    bookingEnd = new Date(start.getTime() + 3 * HOUR);
    const { data, response } = await client.POST('/bookings', {
      body: {
        vehicle_id: vehicleId,
        start_date: start.toISOString(),
        end_date: bookingEnd.toISOString(),
        payment_method_id: cardId,
      },
    });
    assert.equal(response.status, 201, JSON.stringify(data));
    assert.equal(data!.message, 'Booking created successfully');
    const b = data!.data;
    assert.equal(b.status, 'upcoming');
    assert.match(b.reference, /^BK-\d{4}-\d{5}$/);
    assert.equal(b.vehicle.id, vehicleId);
    assert.equal(b.pickup_station.id, stationId);
    assert.equal(b.pricing.hours, 3);
    assert.equal(b.pricing.subtotal, 45);
    bookingId = b.id;
  });

  it('unlocks the car inside the pickup window: the booking starts', async () => {
    const { data, response } = await client.POST('/vehicles/{id}/control/unlock', {
      params: { path: { id: String(vehicleId) } },
    });
    assert.equal(response.status, 200);
    assert.equal(data!.message, 'Vehicle unlocked successfully');
    assert.deepEqual(
      { vehicle_id: data!.data.vehicle_id, action: data!.data.action, status: data!.data.status },
      { vehicle_id: vehicleId, action: 'unlock', status: 'completed' },
    );
    const booking = await client.GET('/bookings/{id}', { params: { path: { id: String(bookingId) } } });
    assert.equal(booking.data!.data.status, 'active');
    assert.notEqual(booking.data!.data.actual_start, null);
  });

  it('an hour into the trip, extends it by an hour', async () => {
    t.clock.advance(HOUR);
    const newEnd = new Date(bookingEnd.getTime() + HOUR);
    const { data, response } = await client.POST('/bookings/{id}/request-extension', {
      params: { path: { id: String(bookingId) } },
      body: { new_end_date: newEnd.toISOString() },
    });
    assert.equal(response.status, 200, JSON.stringify(data));
    assert.equal(data!.message, 'Extension approved');
    assert.equal(data!.data.extension_hours, 1);
    assert.equal(data!.data.new_end_date, `${newEnd.toISOString().slice(0, 19)}Z`);
    assert.equal(data!.data.additional_cost.subtotal, 15);
  });

  it('locks the car and ends the booking', async () => {
    t.clock.advance(2 * HOUR);
    const lock = await client.POST('/vehicles/{id}/control/lock', { params: { path: { id: String(vehicleId) } } });
    assert.equal(lock.response.status, 200);
    assert.equal(lock.data!.message, 'Vehicle locked successfully');

    const { data, response } = await client.POST('/bookings/{id}/end', { params: { path: { id: String(bookingId) } } });
    assert.equal(response.status, 200, JSON.stringify(data));
    assert.equal(data!.message, 'Booking completed');
    assert.equal(data!.data.status, 'completed');
    assert.equal(data!.data.actual_end, `${t.clock.now().toISOString().slice(0, 19)}Z`);

    const [row] = await t.deps.database.db.select().from(bookings).where(eq(bookings.id, bookingId));
    assert.equal(row!.status, 'completed');
    assert.equal(row!.clientId, userId);
    assert.equal(row!.endAt.getTime(), bookingEnd.getTime() + HOUR);
  });

  it('opens a support ticket about the booking, with a photo', async () => {
    const photo = new File([await png(48, 48)], 'scratch.png', { type: 'image/png' });
    const media = await client.POST('/media', { body: { file: photo } });
    assert.equal(media.response.status, 201, JSON.stringify(media.error));
    assert.equal(media.data!.message, 'Media uploaded successfully');

    assert.ok(ticketCategories.includes('vehicle_issue'));
    const { data, response } = await client.POST('/tickets', {
      body: {
        subject: 'Scratch on the rear bumper',
        message: 'There was a scratch on the rear bumper when I picked the car up.',
        category: 'vehicle_issue',
        priority: 'normal',
        booking_id: bookingId,
        attachments: [media.data!.data.id],
      },
    });
    assert.equal(response.status, 201, JSON.stringify(data ?? null));
    assert.equal(data!.message, 'Ticket created successfully');
    const ticket = data!.data;
    assert.match(ticket.reference, /^TK-\d{4}-\d{5}$/);
    assert.equal(ticket.status, 'open');
    assert.equal(ticket.booking?.id, bookingId);
    assert.equal(ticket.messages.length, 1);
    assert.equal(ticket.messages[0]!.sender, 'client');
    assert.equal(ticket.messages[0]!.attachments.length, 1);

    const [row] = await t.deps.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    assert.equal(row!.clientId, userId);
    assert.equal(row!.bookingId, bookingId);
    assert.equal(row!.subject, 'Scratch on the rear bumper');
    assert.equal(row!.reference, ticket.reference);
  });

  it('logs out: the SDK drops the token, and the old token no longer works (401)', async () => {
    const { data, response } = await client.POST('/auth/logout');
    assert.equal(response.status, 200);
    assert.equal(data!.message, 'Logged out successfully');
    assert.equal(client.getToken(), null);
    assert.deepEqual(tokenChanges, [token, null]);

    const anonymous = await client.GET('/auth/me');
    assert.equal(anonymous.response.status, 401);
    assert.equal(anonymous.error!.message, 'Unauthenticated');

    client.setToken(token);
    const revoked = await client.GET('/auth/me');
    assert.equal(revoked.response.status, 401);
    assert.equal(revoked.error!.message, 'Unauthenticated');
    assert.equal(revoked.error!.success, false);
    client.clearToken();

    // The agency signature alone still opens the public routes.
    const again = await client.GET('/config');
    assert.deepEqual(again.data!.data, config);
  });
});
