import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { CLIENT, call, createAgency, makeTestApp, registerClient, type TestApp } from '../helpers/app.js';

function assertEnvelope(body: Record<string, unknown>, status: { success: boolean; message: string }) {
  assert.equal(body.success, status.success);
  assert.equal(body.message, status.message);
  for (const key of ['data', 'meta', 'request_id', 'timestamp']) assert.ok(key in body, `missing ${key}`);
}

describe('errors always come in the envelope', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp({ env: { BODY_LIMIT_BYTES: '2048' } });
  });
  after(() => t.close());

  it('unknown route: 404 "Not found"', async () => {
    const res = await call(t, { url: '/api/v1/client/nope' });
    assert.equal(res.statusCode, 404);
    assertEnvelope(res.json(), { success: false, message: 'Not found' });
    assert.equal(res.json().data, null);
  });

  it('known path, wrong method: 405 with Allow', async () => {
    const res = await call(t, { method: 'GET', url: `${CLIENT}/auth/login` });
    assert.equal(res.statusCode, 405);
    assert.equal(res.headers.allow, 'POST');
    assertEnvelope(res.json(), { success: false, message: 'Method not allowed' });
  });

  it('malformed JSON: 400', async () => {
    const a = await createAgency(t);
    const res = await call(t, {
      method: 'POST',
      url: `${CLIENT}/auth/login`,
      agency: a,
      body: '{"email": "a@b.co",',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 400);
    assertEnvelope(res.json(), { success: false, message: 'Malformed JSON in request body' });
    assert.deepEqual(res.json().meta, { agency_id: a.agency.id, agency_code: a.agency.code });
  });

  it('prototype poisoning in JSON is refused, not merged', async () => {
    const a = await createAgency(t);
    const res = await call(t, {
      method: 'POST',
      url: `${CLIENT}/auth/login`,
      agency: a,
      body: '{"email":"a@b.co","password":"x","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 400);
    assertEnvelope(res.json(), { success: false, message: 'Malformed JSON in request body' });
  });

  it('body over the limit: 413', async () => {
    const a = await createAgency(t);
    const res = await call(t, {
      method: 'POST',
      url: `${CLIENT}/auth/login`,
      agency: a,
      body: { email: 'a@b.co', password: 'x'.repeat(5000) },
    });
    assert.equal(res.statusCode, 413);
    assertEnvelope(res.json(), { success: false, message: 'Payload too large' });
  });

  it('unsupported content type: 415', async () => {
    const a = await createAgency(t);
    const res = await call(t, {
      method: 'POST',
      url: `${CLIENT}/auth/login`,
      agency: a,
      body: 'email=a@b.co',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 415);
    assertEnvelope(res.json(), { success: false, message: 'Unsupported media type' });
  });

  it('an empty JSON body on a body-less POST is accepted', async () => {
    const a = await createAgency(t);
    const { token } = await registerClient(t, a);
    const res = await call(t, {
      method: 'POST',
      url: `${CLIENT}/auth/logout`,
      agency: a,
      token,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 200);
  });

  it('a body that is not an object is validated as an empty one (422, fields required)', async () => {
    const a = await createAgency(t);
    for (const payload of ['[]', '"text"', '42', 'null']) {
      const res = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        agency: a,
        body: payload,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(res.statusCode, 422, payload);
      assert.deepEqual(Object.keys(res.json().errors).sort(), ['email', 'password']);
    }
  });

  it('keeps a caller UUID as the request id, replaces anything else', async () => {
    const id = '3f1c7a8e-2b4d-4c6e-8f00-123456789abc';
    const kept = await call(t, { url: '/health', headers: { 'x-request-id': id } });
    assert.equal(kept.json().request_id, id);
    assert.equal(kept.headers['x-request-id'], id);
    const replaced = await call(t, { url: '/health', headers: { 'x-request-id': 'evil\nheader' } });
    assert.notEqual(replaced.json().request_id, 'evil\nheader');
    assert.match(replaced.json().request_id, /^[0-9a-f-]{36}$/);
  });

  it('health and readiness', async () => {
    const health = await call(t, { url: '/health' });
    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json().data, { status: 'ok' });
    const ready = await call(t, { url: '/ready' });
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().data.status, 'ready');
  });
});

describe('unexpected failures', () => {
  it('answer 500 "Server error" with no internals, log them with the request id, and /ready says 503', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'error' },
      new Writable({
        write(chunk, _enc, cb) {
          lines.push(String(chunk));
          cb();
        },
      }),
    );
    const t = await makeTestApp({ overrides: { logger } });
    const a = await createAgency(t);
    // Prime the agency cache, then take the database away under the running app.
    assert.equal((await call(t, { url: `${CLIENT}/config`, agency: a })).statusCode, 200);
    await t.deps.database.close();
    try {
      const res = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        agency: a,
        body: { email: 'a@b.co', password: 'password1' },
      });
      assert.equal(res.statusCode, 500);
      const body = res.json();
      assertEnvelope(body, { success: false, message: 'Server error' });
      assert.equal(body.data, null);
      assert.equal(body.errors, undefined);
      assert.ok(!/at |\.ts|stack|pglite|pool/i.test(res.body), res.body);
      assert.ok(
        lines.some((l) => l.includes(body.request_id)),
        'logged with its request id',
      );

      const ready = await call(t, { url: '/ready' });
      assert.equal(ready.statusCode, 503);
      assertEnvelope(ready.json(), { success: false, message: 'Service unavailable' });
    } finally {
      await t.app.close();
      await t.deps.worker.stop();
    }
  });
});

describe('per-IP rate limit', () => {
  it('answers 429 in the envelope with retry_after once an IP exceeds RATE_LIMIT_PER_MINUTE', async () => {
    const t = await makeTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const a = await createAgency(t);
      const get = (ip: string) =>
        t.app.inject({
          method: 'GET',
          url: `${CLIENT}/config`,
          remoteAddress: ip,
          headers: { 'x-agency-signature': a.sig() },
        });
      for (let i = 0; i < 3; i++) assert.equal((await get('10.1.1.1')).statusCode, 200);
      const limited = await get('10.1.1.1');
      assert.equal(limited.statusCode, 429);
      assertEnvelope(limited.json(), { success: false, message: 'Too many requests' });
      assert.ok(limited.json().data.retry_after > 0 && limited.json().data.retry_after <= 60);
      assert.equal(limited.headers['retry-after'], String(limited.json().data.retry_after));
      assert.equal((await get('10.1.1.2')).statusCode, 200);
    } finally {
      await t.close();
    }
  });
});

describe('development inbox', () => {
  it('lists what the log drivers sent, escaped in HTML, in development', async () => {
    const t = await makeTestApp({ env: { APP_ENV: 'development' } });
    try {
      const a = await createAgency(t, { name: 'Acme <script>alert(1)</script>' });
      const { user } = await registerClient(t, a);
      await t.deps.worker.drain();
      const json = await call(t, { url: `/dev/inbox.json?to=${encodeURIComponent(user.email)}` });
      assert.equal(json.statusCode, 200);
      const items = json.json().data;
      assert.equal(items.length, 1);
      assert.equal(items[0].kind, 'verification_email');
      assert.equal(items[0].status, 'sent');
      assert.match(items[0].body, /verification code is: [a-z0-9]{6}/);
      const html = await call(t, { url: '/dev/inbox' });
      assert.equal(html.statusCode, 200);
      assert.match(String(html.headers['content-type']), /text\/html/);
      assert.ok(html.body.includes('&lt;script&gt;'));
      assert.ok(!html.body.includes('<script>alert(1)</script>'));
    } finally {
      await t.close();
    }
  });

  it('answers only connections from this machine', async () => {
    const t = await makeTestApp({ env: { APP_ENV: 'development' } });
    try {
      for (const url of ['/dev/inbox', '/dev/inbox.json']) {
        const remote = await t.app.inject({ method: 'GET', url, remoteAddress: '203.0.113.9' });
        assert.equal(remote.statusCode, 404, url);
        assertEnvelope(remote.json(), { success: false, message: 'Not found' });
        const local = await t.app.inject({ method: 'GET', url, remoteAddress: '::1' });
        assert.equal(local.statusCode, 200, url);
      }
    } finally {
      await t.close();
    }
  });

  it('does not exist in production, where delivered bodies are erased', async () => {
    // Production refuses the fake payment driver: a Stripe key is configured (no request is made).
    const t = await makeTestApp({
      env: {
        APP_ENV: 'production',
        PAYMENT_DRIVER: 'stripe',
        STRIPE_SECRET_KEY: 'sk_test_unused',
        TELEMATICS_DRIVER: 'simulator',
      },
    });
    try {
      assert.equal((await call(t, { url: '/dev/inbox' })).statusCode, 404);
      assert.equal((await call(t, { url: '/dev/inbox.json' })).statusCode, 404);
      const a = await createAgency(t);
      const { user } = await registerClient(t, a);
      await t.deps.worker.drain();
      const [sent] = await t.deps.notifications.list({ to: user.email });
      assert.equal(sent!.status, 'sent');
      assert.equal(sent!.body, null);
    } finally {
      await t.close();
    }
  });
});
