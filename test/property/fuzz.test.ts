import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { signAgencyRequest } from '../../src/lib/agency-signature.js';
import { CLIENT, createAgency, makeTestApp, registerClient, type TestAgency, type TestApp } from '../helpers/app.js';
import {
  bookableClient,
  createStation,
  createVehicle,
  type Driver,
  hoursFrom,
  insertBooking,
  iso,
} from '../helpers/fleet.js';
import { jpegWithGps, multipart, pdf, png } from '../helpers/uploads.js';

/** Endpoints of this API and the field names they read, so random bodies hit real keys often. */
const ENDPOINTS: Array<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; fields: string[]; token: boolean }> =
  [
    { method: 'GET', path: '/config', fields: [], token: false },
    {
      method: 'POST',
      path: '/auth/register',
      fields: ['name', 'email', 'phone', 'password', 'password_confirmation'],
      token: false,
    },
    { method: 'POST', path: '/auth/login', fields: ['email', 'password'], token: false },
    { method: 'POST', path: '/auth/forgot-password', fields: ['email'], token: false },
    {
      method: 'POST',
      path: '/auth/reset-password',
      fields: ['email', 'token', 'password', 'password_confirmation'],
      token: false,
    },
    { method: 'GET', path: '/auth/me', fields: [], token: true },
    { method: 'GET', path: '/verification/status', fields: [], token: true },
    { method: 'POST', path: '/verification/verify-phone', fields: ['code'], token: true },
    { method: 'POST', path: '/verification/resend-phone', fields: [], token: true },
    { method: 'POST', path: '/verification/verify-email', fields: ['code'], token: true },
    { method: 'POST', path: '/verification/resend-email', fields: [], token: true },
    { method: 'GET', path: '/profile', fields: [], token: true },
    { method: 'PUT', path: '/profile', fields: ['name', 'email', 'phone'], token: true },
    {
      method: 'PUT',
      path: '/profile/password',
      fields: ['current_password', 'password', 'password_confirmation'],
      token: true,
    },
    { method: 'GET', path: '/documents', fields: [], token: true },
    { method: 'POST', path: '/documents', fields: ['type', 'file', 'expires_at'], token: true },
    { method: 'DELETE', path: '/documents/id_card', fields: [], token: true },
    { method: 'GET', path: '/payment-methods', fields: [], token: true },
    { method: 'POST', path: '/payment-methods', fields: ['payment_method_id', 'set_default'], token: true },
    { method: 'POST', path: '/payment-methods/1/default', fields: [], token: true },
    { method: 'DELETE', path: '/payment-methods/1', fields: [], token: true },
    { method: 'POST', path: '/auth/logout', fields: [], token: true },
  ];

const ENVELOPE = ['success', 'message', 'data', 'meta', 'request_id', 'timestamp'];

const fieldValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.emailAddress(),
  fc.constantFrom('', ' ', '+15551234567', '123456', 'abc123', 'password123', '\u0000', 'x'.repeat(300)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

function bodies(fields: string[]) {
  const structured =
    fields.length > 0
      ? fc
          .record(Object.fromEntries(fields.map((f) => [f, fieldValue])), { requiredKeys: [] })
          .map((o) => JSON.stringify(o))
      : fc.constant('{}');
  return fc.oneof(
    structured,
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }), // mostly not JSON at all
    fc.constantFrom('', '{', '{"a":', '[1,2', 'null', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'),
  );
}

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/xml',
  undefined,
);

describe('random and malformed input never causes a 5xx', () => {
  let t: TestApp;
  let agency: TestAgency;
  let token: string;
  before(async () => {
    t = await makeTestApp();
    agency = await createAgency(t);
    token = (await registerClient(t, agency)).token;
  });
  after(() => t.close());

  for (const ep of ENDPOINTS) {
    it(`${ep.method} ${ep.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies(ep.fields), contentTypes, async (payload, contentType) => {
          const headers: Record<string, string> = { 'x-agency-signature': agency.sig() };
          if (ep.token) headers.authorization = `Bearer ${token}`;
          if (contentType) headers['content-type'] = contentType;
          const res = await t.app.inject({
            method: ep.method,
            url: `${CLIENT}${ep.path}`,
            headers,
            ...(ep.method === 'GET' ? {} : { payload }),
          });
          assert.ok(res.statusCode < 500, `${res.statusCode} for ${JSON.stringify(payload)}: ${res.body}`);
          const body = res.json();
          for (const key of ENVELOPE) assert.ok(key in body, `missing ${key}: ${res.body}`);
          assert.equal(body.success, res.statusCode < 400);
        }),
        { numRuns: ep.path === '/auth/logout' ? 10 : 60 },
      );
    });
  }

  it('valid bodies with one hostile value (control characters, NUL, astral planes) never cause a 5xx', async () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('\u0000', 'a\u0000b', '\uD800', '\u202E', '\uFEFF', 'e\u0301', '😀'.repeat(70)),
    );
    const valid: Record<string, Record<string, string>> = {
      '/auth/register': {
        name: 'Valid Name',
        email: 'valid@example.com',
        phone: '+15550001111',
        password: 'password-1',
        password_confirmation: 'password-1',
      },
      '/auth/login': { email: 'valid@example.com', password: 'password-1' },
      '/auth/forgot-password': { email: 'valid@example.com' },
      '/profile': { name: 'Valid Name' },
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(valid)), hostile, fc.nat(), async (path, value, pick) => {
        const body = { ...valid[path]! };
        const keys = Object.keys(body);
        body[keys[pick % keys.length]!] = value;
        const res = await t.app.inject({
          method: path === '/profile' ? 'PUT' : 'POST',
          url: `${CLIENT}${path}`,
          headers: { 'x-agency-signature': agency.sig(), authorization: `Bearer ${token}` },
          payload: body,
        });
        assert.ok(res.statusCode < 500, `${res.statusCode} for ${JSON.stringify(body)}: ${res.body}`);
        for (const key of ENVELOPE) assert.ok(key in res.json());
      }),
      { numRuns: 150 },
    );
  });

  it('well-formed signatures with hostile agency codes and timestamps are refused, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.constantFrom('\u0000', 'A\u0000B', "'; drop table agencies; --"),
        ),
        fc.oneof(fc.integer(), fc.constant(Math.floor(t.clock.now().getTime() / 1000))),
        async (code, timestamp) => {
          const header = signAgencyRequest(code, agency.secret, timestamp);
          const res = await t.app.inject({
            method: 'GET',
            url: `${CLIENT}/config`,
            headers: { 'x-agency-signature': header },
          });
          assert.ok([401, 403].includes(res.statusCode), `${res.statusCode} for ${JSON.stringify(code)}: ${res.body}`);
          for (const key of ENVELOPE) assert.ok(key in res.json());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random multipart uploads (broken files, broken forms, hostile fields) never cause a 5xx', async () => {
    const uploader = (await registerClient(t, agency)).token; // the shared token was logged out above
    const samples = [await jpegWithGps(), await png(), await pdf()];
    // Valid files cut, bit-flipped or glued to junk; and plain random bytes.
    const fileBytes = fc.oneof(
      fc.tuple(fc.constantFrom(...samples), fc.nat(), fc.nat(255)).map(([b, at, v]) => {
        const copy = Buffer.from(b);
        copy[at % copy.length] = v;
        return copy;
      }),
      fc.tuple(fc.constantFrom(...samples), fc.nat()).map(([b, n]) => b.subarray(0, n % b.length)),
      fc
        .tuple(fc.constantFrom(...samples), fc.uint8Array({ maxLength: 64 }))
        .map(([b, tail]) => Buffer.concat([b, Buffer.from(tail)])),
      fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
      fc.constantFrom(...samples),
    );
    const fieldText = fc.oneof(
      fc.constantFrom('driver_license_front', 'id_card', 'passport', '2031-01-01', '2020-02-30', '', '\u0000'),
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    const form = fc.record({
      type: fc.option(fieldText, { nil: undefined }),
      expires_at: fc.option(fieldText, { nil: undefined }),
      extra: fc.option(fieldText, { nil: undefined }),
      files: fc.array(
        fc.record({
          name: fc.constantFrom('file', 'file', 'other', 'files[]'),
          filename: fc.oneof(fc.constantFrom('a.jpg', 'b.pdf', '../../etc/passwd', ''), fc.string({ maxLength: 30 })),
          contentType: fc.constantFrom('image/jpeg', 'application/pdf', 'text/plain', 'application/octet-stream'),
          bytes: fileBytes,
        }),
        { maxLength: 2 },
      ),
      // Damage to the multipart framing itself: cut the body short or drop the closing boundary.
      cut: fc.option(fc.nat(), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(form, async (f) => {
        const fields: Record<string, string> = {};
        for (const k of ['type', 'expires_at', 'extra'] as const) {
          const v = f[k];
          if (v !== undefined) fields[k] = v.replace(/["\r\n]/g, '');
        }
        const files = f.files.map((x) => ({ ...x, filename: x.filename.replace(/["\r\n]/g, '') }));
        const { body, contentType } = multipart(fields, files);
        const payload = f.cut === undefined ? body : body.subarray(0, f.cut % body.length);
        const res = await t.app.inject({
          method: 'POST',
          url: `${CLIENT}/documents`,
          headers: {
            'x-agency-signature': agency.sig(),
            authorization: `Bearer ${uploader}`,
            'content-type': contentType,
          },
          payload,
        });
        assert.ok(res.statusCode < 500, `${res.statusCode}: ${res.body}`);
        const json = res.json();
        for (const key of ENVELOPE) assert.ok(key in json, `missing ${key}: ${res.body}`);
        assert.ok([201, 400, 413, 422].includes(res.statusCode), `${res.statusCode}: ${res.body}`);
      }),
      { numRuns: 150 },
    );
  });

  it('random file links are refused (403/404), never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('documents/1/1/x.jpg', '../../app.key', '%00', '')),
        fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('9999999999', '0', '-1', '1e10')),
        fc.oneof(fc.string({ maxLength: 70 }), fc.constant('a'.repeat(64))),
        async (key, expires, signature) => {
          const url = `/files/${encodeURI(key)}?expires=${encodeURIComponent(expires)}&signature=${encodeURIComponent(signature)}`;
          const res = await t.app.inject({ method: 'GET', url });
          assert.ok([400, 403, 404].includes(res.statusCode), `${res.statusCode} for ${url}: ${res.body}`);
          for (const key of ENVELOPE) assert.ok(key in res.json());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random credentials headers are refused in the envelope', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 100 }), async (sig, auth) => {
        const res = await t.app.inject({
          method: 'GET',
          url: `${CLIENT}/auth/me`,
          headers: { 'x-agency-signature': sig, authorization: auth },
        });
        assert.ok([401, 403].includes(res.statusCode), `${res.statusCode}: ${res.body}`);
        const body = res.json();
        for (const key of ENVELOPE) assert.ok(key in body);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fleet, vehicle control and bookings: random input never causes a 5xx', () => {
  let t: TestApp;
  let agency: TestAgency;
  let driver: Driver;
  const ids = { station: 0, vehicle: 0, active: 0, upcoming: 0, activeVehicle: 0 };

  before(async () => {
    t = await makeTestApp();
    agency = await createAgency(t);
    driver = await bookableClient(t, agency);
    const station = await createStation(t, agency);
    const vehicle = await createVehicle(t, agency, station);
    const driven = await createVehicle(t, agency, station);
    const now = t.clock.now();
    const active = await insertBooking(t, agency, driver.clientId, driven, {
      status: 'active',
      startAt: hoursFrom(now, -1),
      endAt: hoursFrom(now, 5),
      actualStart: hoursFrom(now, -1),
      paymentMethodId: driver.paymentMethodId,
    });
    const upcoming = await insertBooking(t, agency, driver.clientId, vehicle, {
      startAt: hoursFrom(now, 48),
      endAt: hoursFrom(now, 56),
      paymentMethodId: driver.paymentMethodId,
    });
    Object.assign(ids, {
      station: station.id,
      vehicle: vehicle.id,
      active: active.id,
      upcoming: upcoming.id,
      activeVehicle: driven.id,
    });
  });
  after(() => t.close());

  /** Near-valid values mixed with garbage, so requests get past validation often. */
  const fleetValue = () =>
    fc.oneof(
      fieldValue,
      fc.integer({ min: -5, max: 10_000 }),
      fc.double({ min: -200, max: 200, noNaN: false }),
      fc.constantFrom(
        'sedan',
        'suv',
        'luxury',
        'all',
        'upcoming',
        'active',
        'completed',
        'cancelled',
        '1',
        '0',
        '-1',
        '1e309',
      ),
      fc.integer({ min: -48, max: 24 * 120 }).map((h) => iso(hoursFrom(t.clock.now(), h))),
      fc.integer({ min: -48, max: 24 * 120 }).map((h) => hoursFrom(t.clock.now(), h).toISOString().slice(0, 16)),
    );

  const GETS: Array<{ path: () => string; fields: string[] }> = [
    { path: () => '/stations', fields: ['latitude', 'longitude', 'radius_km'] },
    { path: () => `/stations/${ids.station}`, fields: [] },
    { path: () => '/vehicles', fields: ['station_id', 'category', 'start_date', 'end_date', 'page', 'per_page'] },
    { path: () => `/vehicles/${ids.vehicle}`, fields: [] },
    { path: () => `/vehicles/${ids.activeVehicle}/status`, fields: [] },
    { path: () => '/bookings', fields: ['status', 'page', 'per_page'] },
    { path: () => `/bookings/${ids.upcoming}`, fields: [] },
  ];

  for (const ep of GETS) {
    it(`GET ${ep.path().replace(/\d+/g, '{id}')} with random query strings`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record(Object.fromEntries(ep.fields.map((f) => [f, fleetValue()])), { requiredKeys: [] }),
          fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
          async (query, raw) => {
            const qs = new URLSearchParams(
              Object.entries(query).map(([k, v]): [string, string] => [
                k,
                typeof v === 'string' ? v : JSON.stringify(v),
              ]),
            ).toString();
            const url = `${CLIENT}${ep.path()}?${qs}${raw ? `&${encodeURIComponent(raw)}=1` : ''}`;
            const res = await t.app.inject({
              method: 'GET',
              url,
              headers: { 'x-agency-signature': agency.sig(), authorization: `Bearer ${driver.token}` },
            });
            assert.ok(res.statusCode < 500, `${res.statusCode} for ${url}: ${res.body}`);
            const body = res.json();
            for (const key of ENVELOPE) assert.ok(key in body, `missing ${key}: ${res.body}`);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  const POSTS: Array<{ path: () => string; fields: string[] }> = [
    {
      path: () => '/bookings',
      fields: [
        'vehicle_id',
        'start_date',
        'end_date',
        'payment_method_id',
        'pickup_location_id',
        'dropoff_location_id',
      ],
    },
    { path: () => `/bookings/${ids.upcoming}/request-extension`, fields: ['new_end_date'] },
    { path: () => `/bookings/${ids.active}/request-extension`, fields: ['new_end_date'] },
    { path: () => `/vehicles/${ids.activeVehicle}/control/unlock`, fields: [] },
    { path: () => `/vehicles/${ids.activeVehicle}/lock`, fields: [] },
    { path: () => `/vehicles/${ids.vehicle}/unlock-and-enable-driving`, fields: [] },
  ];

  for (const ep of POSTS) {
    it(`POST ${ep.path().replace(/\d+/g, '{id}')} with random bodies`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc
              .record(Object.fromEntries(ep.fields.map((f) => [f, fleetValue()])), { requiredKeys: [] })
              .map((o) => JSON.stringify(o)),
            bodies(ep.fields),
          ),
          fc.option(fc.string({ maxLength: 300 })),
          async (payload, idempotencyKey) => {
            const headers: Record<string, string> = {
              'x-agency-signature': agency.sig(),
              authorization: `Bearer ${driver.token}`,
              'content-type': 'application/json',
            };
            if (idempotencyKey !== null) headers['idempotency-key'] = idempotencyKey;
            const res = await t.app.inject({ method: 'POST', url: `${CLIENT}${ep.path()}`, headers, payload });
            assert.ok(res.statusCode < 500, `${res.statusCode} for ${payload}: ${res.body}`);
            const body = res.json();
            for (const key of ENVELOPE) assert.ok(key in body, `missing ${key}: ${res.body}`);
            assert.equal(body.success, res.statusCode < 400);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('random ids and actions in booking and vehicle paths are refused in the envelope', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST'),
        fc.constantFrom('/bookings/', '/vehicles/', '/stations/'),
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('0', '-1', '1e3', '99999999999', '1.5', '%00', '..')),
        fc.constantFrom('', '/cancel', '/end', '/status', '/control/lock', '/teleport', '/request-extension'),
        async (method, prefix, id, suffix) => {
          const url = `${CLIENT}${prefix}${encodeURIComponent(id)}${suffix}`;
          const res = await t.app.inject({
            method: method as 'GET' | 'POST',
            url,
            headers: { 'x-agency-signature': agency.sig(), authorization: `Bearer ${driver.token}` },
          });
          assert.ok(res.statusCode < 500, `${res.statusCode} for ${method} ${url}: ${res.body}`);
          // A success only for an id that really is this client's (or this agency's) resource.
          if (res.statusCode < 400)
            assert.ok(Object.values(ids).map(String).includes(id), `${method} ${url} answered ${res.statusCode}`);
          for (const key of ENVELOPE) assert.ok(key in res.json());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cancel and end with random bodies never cause a 5xx (run last: they change the bookings)', async () => {
    for (const path of [`/bookings/${ids.upcoming}/cancel`, `/bookings/${ids.active}/end`]) {
      await fc.assert(
        fc.asyncProperty(bodies(['reason']), async (payload) => {
          const res = await t.app.inject({
            method: 'POST',
            url: `${CLIENT}${path}`,
            headers: {
              'x-agency-signature': agency.sig(),
              authorization: `Bearer ${driver.token}`,
              'content-type': 'application/json',
            },
            payload,
          });
          assert.ok(res.statusCode < 500, `${res.statusCode} for ${path} ${payload}: ${res.body}`);
          for (const key of ENVELOPE) assert.ok(key in res.json());
        }),
        { numRuns: 30 },
      );
    }
  });
});

describe('GET /home: random query strings never cause a 5xx', () => {
  let t: TestApp;
  let agency: TestAgency;
  let driver: Driver;

  before(async () => {
    t = await makeTestApp();
    agency = await createAgency(t);
    driver = await bookableClient(t, agency);
    const station = await createStation(t, agency);
    await createVehicle(t, agency, station, { featured: true });
    const driven = await createVehicle(t, agency, station, { featured: true });
    await insertBooking(t, agency, driver.clientId, driven, {
      status: 'active',
      startAt: hoursFrom(t.clock.now(), -1),
      paymentMethodId: driver.paymentMethodId,
    });
  });
  after(() => t.close());

  /** Coordinates in and out of range, written in every way a query string may carry a number. */
  const coordinate = fc.oneof(
    fc.double({ min: -200, max: 200 }).map(String),
    fc.integer({ min: -181, max: 181 }).map(String),
    fc.constantFrom('', ' ', '0', '-0', '90', '-90.0', '180', '1e2', '.5', '5.', 'NaN', 'Infinity', '1e309', '0x10'),
    fc.string({ maxLength: 12 }),
  );

  it('GET /home?latitude&longitude answers 200 or 422, with the envelope', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ latitude: coordinate, longitude: coordinate }, { requiredKeys: [] }),
        fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
        async (query, raw) => {
          const qs = new URLSearchParams(query).toString();
          const url = `${CLIENT}/home?${qs}${raw ? `&${encodeURIComponent(raw)}=1` : ''}`;
          const res = await t.app.inject({
            method: 'GET',
            url,
            headers: { 'x-agency-signature': agency.sig(), authorization: `Bearer ${driver.token}` },
          });
          assert.ok([200, 422].includes(res.statusCode), `${res.statusCode} for ${url}: ${res.body}`);
          const body = res.json();
          for (const key of ENVELOPE) assert.ok(key in body, `missing ${key}: ${res.body}`);
          if (res.statusCode === 200) assert.ok(body.data.active_booking, url);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('support tickets: random bodies and queries never cause a 5xx', () => {
  let t: TestApp;
  let agency: TestAgency;
  let token: string;
  const ids = { ticket: 0, media: 0, booking: 0 };
  let mediaUrl = '';

  before(async () => {
    t = await makeTestApp();
    agency = await createAgency(t);
    const reg = await registerClient(t, agency);
    token = reg.token;
    const headers = { 'x-agency-signature': agency.sig(), authorization: `Bearer ${token}` };
    const form = multipart({}, [{ bytes: await png(), filename: 'p.png', contentType: 'image/png' }]);
    const up = await t.app.inject({
      method: 'POST',
      url: `${CLIENT}/media`,
      headers: { ...headers, 'content-type': form.contentType },
      payload: form.body,
    });
    assert.equal(up.statusCode, 201, up.body);
    ids.media = up.json().data.id;
    mediaUrl = up.json().data.url;
    const opened = await t.app.inject({
      method: 'POST',
      url: `${CLIENT}/tickets`,
      headers,
      payload: { subject: 'Fuzz', message: 'Start', category: 'other' },
    });
    assert.equal(opened.statusCode, 201, opened.body);
    ids.ticket = opened.json().data.id;
    const station = await createStation(t, agency);
    ids.booking = (await insertBooking(t, agency, reg.user.id, await createVehicle(t, agency, station))).id;
  });
  after(() => t.close());

  /** Near-valid values (real categories, priorities, ids and links) mixed with garbage. */
  const ticketValue = () =>
    fc.oneof(
      fieldValue,
      fc.constantFrom('vehicle_issue', 'billing', 'other', 'low', 'normal', 'high', 'critical', 'x'.repeat(256)),
      fc.integer({ min: -5, max: 1_000_000 }),
      fc.constantFrom(0, -1, 2 ** 53, 1e308, 9_223_372_036_854_775_807),
      fc.constant(ids).map((i) => i.booking),
      fc.array(
        fc.oneof(
          fc.constant(ids).map((i) => i.media),
          fc.constant(0).map(() => mediaUrl),
          fc.constant(0).map(() => mediaUrl.replace(/signature=\w+/, 'signature=' + 'f'.repeat(64))),
          fc.webUrl(),
          fc.integer(),
          fc.double(),
          fc.string({ maxLength: 40 }),
          fc.constant(null),
          fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
        ),
        { maxLength: 12 },
      ),
    );

  const BODIES: Array<{ path: () => string; fields: string[] }> = [
    { path: () => '/tickets', fields: ['subject', 'message', 'category', 'priority', 'booking_id', 'attachments'] },
    { path: () => `/tickets/${ids.ticket}/messages`, fields: ['message', 'attachments'] },
  ];

  for (const ep of BODIES) {
    it(`POST ${ep.path().replace(/\d+/g, '{id}')} with random bodies`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc
              .record(Object.fromEntries(ep.fields.map((f) => [f, ticketValue()])), { requiredKeys: [] })
              .map((o) => JSON.stringify(o)),
            bodies(ep.fields),
          ),
          contentTypes,
          async (payload, contentType) => {
            const headers: Record<string, string> = {
              'x-agency-signature': agency.sig(),
              authorization: `Bearer ${token}`,
            };
            if (contentType) headers['content-type'] = contentType;
            const res = await t.app.inject({ method: 'POST', url: `${CLIENT}${ep.path()}`, headers, payload });
            assert.ok(res.statusCode < 500, `${res.statusCode} for ${payload}: ${res.body}`);
            const body = res.json();
            for (const key of ENVELOPE) assert.ok(key in body, `missing ${key}: ${res.body}`);
            assert.equal(body.success, res.statusCode < 400);
            if (res.statusCode < 400) assert.equal(res.statusCode, 201, res.body);
          },
        ),
        { numRuns: 80 },
      );
    });
  }

  it('GET /tickets with random query strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            status: fc.oneof(
              fc.constantFrom('open', 'in_progress', 'resolved', 'closed', 'all', 'OPEN', ''),
              fc.string({ maxLength: 20 }),
            ),
            page: fc.oneof(fc.integer({ min: -3, max: 1_000_000_000_000 }).map(String), fc.string({ maxLength: 12 })),
            per_page: fc.oneof(fc.integer({ min: -3, max: 200 }).map(String), fc.string({ maxLength: 12 })),
          },
          { requiredKeys: [] },
        ),
        fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
        async (query, raw) => {
          const qs = new URLSearchParams(query).toString();
          const url = `${CLIENT}/tickets?${qs}${raw ? `&${encodeURIComponent(raw)}=1` : ''}`;
          const res = await t.app.inject({
            method: 'GET',
            url,
            headers: { 'x-agency-signature': agency.sig(), authorization: `Bearer ${token}` },
          });
          assert.ok([200, 422].includes(res.statusCode), `${res.statusCode} for ${url}: ${res.body}`);
          const body = res.json();
          for (const key of ENVELOPE) assert.ok(key in body, `missing ${key}: ${res.body}`);
        },
      ),
      { numRuns: 100 },
    );
  });
});
