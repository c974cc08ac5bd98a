/**
 * The SDK's own behaviour: its WebCrypto signature equals the server's scheme (src/lib/agency-signature.ts)
 * and the server accepts it; the middleware signs each request afresh, asks for JSON and carries the token;
 * the token is kept from login/register and dropped on logout; a body with a file goes as multipart.
 * Requests go to a recording fetch here; test/integration/sdk.e2e.test.ts drives a real server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signAgencyRequest as serverSign } from '../../src/lib/agency-signature.js';
import { createDaakeyClient, serializeBody, signAgencyRequest } from '../../sdk/src/index.js';
import { CLIENT, createAgency, makeTestApp, type TestApp } from '../helpers/app.js';

describe('SDK signature', () => {
  it('equals the server scheme for the same code, secret and time', async () => {
    const cases: [string, string, Date | number][] = [
      ['DAAKEY01', 'sk_live_abc', 1732233600],
      ['DEMO', 'sk_live_0123456789abcdefghijABCDEFGHIJ0123456789', new Date('2026-01-15T10:00:00.999Z')],
      // Payload lengths that leave 0, 1 and 2 bytes over for base64; a secret beyond ASCII.
      ['AB', 'ü-secret-ß', 1],
      ['ABC', 's', 12],
      ['AB-CD_12', 'x'.repeat(100), 1999999999],
      ['A1', 'k', 1732233600.9],
    ];
    for (const [code, secret, at] of cases)
      assert.equal(await signAgencyRequest(code, secret, at), serverSign(code, secret, at));
  });

  describe('on the server', () => {
    let t: TestApp;
    before(async () => {
      t = await makeTestApp();
    });
    after(async () => {
      await t.close();
    });

    it('is accepted (200), and a tampered one is not (401)', async () => {
      const a = await createAgency(t);
      const sig = await signAgencyRequest(a.agency.code, a.secret, t.clock.now());
      const ok = await t.app.inject({
        url: `${CLIENT}/config`,
        headers: { 'x-agency-signature': sig, accept: 'application/json' },
      });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().message, 'Configuration retrieved');
      assert.equal(ok.json().data.agency.code, a.agency.code);

      const wrongKey = await signAgencyRequest(a.agency.code, `${a.secret}x`, t.clock.now());
      const bad = await t.app.inject({ url: `${CLIENT}/config`, headers: { 'x-agency-signature': wrongKey } });
      assert.equal(bad.statusCode, 401, bad.body);
    });
  });
});

interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: string | FormData | null;
}

/** A fetch that records each request and answers with `reply(request)` (default: 200 with a small envelope). */
function recorder(reply: (req: Request) => Response | undefined = () => undefined) {
  const sent: Sent[] = [];
  const fetch = async (req: Request): Promise<Response> => {
    const type = req.headers.get('content-type') ?? '';
    const body = req.body === null ? null : type.startsWith('multipart/') ? await req.formData() : await req.text();
    sent.push({ method: req.method, url: req.url, headers: req.headers, body });
    return (
      reply(req) ??
      Response.json({ success: true, message: 'OK', data: null, meta: null, request_id: 'r', timestamp: 't' })
    );
  };
  return { sent, fetch };
}

const AUTH_DATA = {
  user: {
    id: 7,
    name: 'Jane',
    email: 'j@example.com',
    phone: '+1555',
    phone_verified_at: null,
    email_verified_at: null,
  },
};

describe('SDK client', () => {
  it('signs each request afresh at its own time, asks for JSON, and sends no token before one is known', async () => {
    let clock = new Date('2026-01-15T10:00:00Z');
    const r = recorder();
    const client = createDaakeyClient({
      baseUrl: 'https://api.example.com/',
      agencyCode: 'DEMO',
      secretKey: 'sk_test',
      fetch: r.fetch,
      now: () => clock,
    });
    await client.GET('/config');
    clock = new Date('2026-01-15T10:04:00Z');
    await client.GET('/stations', { params: { query: { latitude: 40.7, longitude: -74 } } });

    assert.equal(r.sent[0]!.url, 'https://api.example.com/api/v1/client/config');
    assert.equal(r.sent[1]!.url, 'https://api.example.com/api/v1/client/stations?latitude=40.7&longitude=-74');
    assert.equal(
      r.sent[0]!.headers.get('x-agency-signature'),
      serverSign('DEMO', 'sk_test', new Date('2026-01-15T10:00:00Z')),
    );
    assert.equal(r.sent[1]!.headers.get('x-agency-signature'), serverSign('DEMO', 'sk_test', clock));
    for (const s of r.sent) {
      assert.equal(s.headers.get('accept'), 'application/json');
      assert.equal(s.headers.get('authorization'), null);
    }
  });

  it('accepts a base URL that already ends with /api/v1/client', async () => {
    const r = recorder();
    const client = createDaakeyClient({
      baseUrl: 'http://h/api/v1/client',
      agencyCode: 'DEMO',
      secretKey: 's',
      fetch: r.fetch,
    });
    await client.GET('/auth/me');
    assert.equal(r.sent[0]!.url, 'http://h/api/v1/client/auth/me');
  });

  it('keeps the token from register and login, sends it, and drops it on logout (also when it was already invalid)', async () => {
    const changes: (string | null)[] = [];
    let next = 'tok-register';
    const r = recorder((req) => {
      const path = new URL(req.url).pathname;
      if (path.endsWith('/auth/register') || path.endsWith('/auth/login'))
        return Response.json(
          {
            success: true,
            message: 'ok',
            data: { ...AUTH_DATA, token: next },
            meta: null,
            request_id: 'r',
            timestamp: 't',
          },
          { status: path.endsWith('/register') ? 201 : 200 },
        );
      if (path.endsWith('/auth/logout') && req.headers.get('authorization') === 'Bearer stale')
        return Response.json(
          { success: false, message: 'Unauthenticated', data: null, meta: null, request_id: 'r', timestamp: 't' },
          { status: 401 },
        );
      return undefined;
    });
    const client = createDaakeyClient({
      baseUrl: 'http://h',
      agencyCode: 'DEMO',
      secretKey: 's',
      fetch: r.fetch,
      onTokenChange: (tok) => changes.push(tok),
    });
    assert.equal(client.getToken(), null);

    const reg = await client.POST('/auth/register', {
      body: { name: 'Jane', email: 'j@example.com', phone: '+1555', password: 'p', password_confirmation: 'p' },
    });
    assert.equal(reg.data?.data.token, 'tok-register');
    assert.equal(client.getToken(), 'tok-register');
    await client.GET('/auth/me');
    assert.equal(r.sent.at(-1)!.headers.get('authorization'), 'Bearer tok-register');

    next = 'tok-login';
    await client.POST('/auth/login', { body: { email: 'j@example.com', password: 'p' } });
    assert.equal(client.getToken(), 'tok-login');

    await client.POST('/auth/logout');
    assert.equal(r.sent.at(-1)!.headers.get('authorization'), 'Bearer tok-login');
    assert.equal(client.getToken(), null);
    await client.GET('/auth/me');
    assert.equal(r.sent.at(-1)!.headers.get('authorization'), null);

    client.setToken('stale');
    const out = await client.POST('/auth/logout');
    assert.equal(out.response.status, 401);
    assert.equal(out.error?.message, 'Unauthenticated');
    assert.equal(client.getToken(), null);

    client.setToken('kept');
    client.clearToken();
    assert.deepEqual(changes, ['tok-register', 'tok-login', null, 'stale', null, 'kept', null]);
  });

  it('a failed login keeps the token it had', async () => {
    const r = recorder(() =>
      Response.json(
        { success: false, message: 'Invalid credentials', data: null, meta: null, request_id: 'r', timestamp: 't' },
        { status: 401 },
      ),
    );
    const client = createDaakeyClient({
      baseUrl: 'http://h',
      agencyCode: 'DEMO',
      secretKey: 's',
      token: 'old',
      fetch: r.fetch,
    });
    const res = await client.POST('/auth/login', { body: { email: 'j@example.com', password: 'wrong' } });
    assert.equal(res.error?.message, 'Invalid credentials');
    assert.equal(client.getToken(), 'old');
    assert.equal(r.sent[0]!.headers.get('authorization'), 'Bearer old');
  });

  it('sends JSON bodies as JSON and a body with a file as multipart/form-data', async () => {
    const r = recorder();
    const client = createDaakeyClient({
      baseUrl: 'http://h',
      agencyCode: 'DEMO',
      secretKey: 's',
      token: 'tok',
      fetch: r.fetch,
    });
    await client.POST('/payment-methods', { body: { payment_method_id: 'pm_card_visa' } });
    assert.match(r.sent[0]!.headers.get('content-type')!, /^application\/json/);
    assert.deepEqual(JSON.parse(r.sent[0]!.body as string), { payment_method_id: 'pm_card_visa' });

    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'front.jpg', { type: 'image/jpeg' });
    await client.POST('/documents', { body: { type: 'driver_license_front', file, expires_at: '2030-01-31' } });
    const sent = r.sent[1]!;
    assert.match(sent.headers.get('content-type')!, /^multipart\/form-data; boundary=/);
    const form = sent.body as FormData;
    assert.equal(form.get('type'), 'driver_license_front');
    assert.equal(form.get('expires_at'), '2030-01-31');
    const part = form.get('file') as File;
    assert.equal(part.name, 'front.jpg');
    assert.equal(part.type, 'image/jpeg');
    assert.deepEqual(new Uint8Array(await part.arrayBuffer()), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    assert.equal(sent.headers.get('authorization'), 'Bearer tok');
  });

  it('serializeBody: FormData as it is, files with their names, nothing for null or undefined fields', () => {
    const form = new FormData();
    assert.equal(serializeBody(form), form);
    assert.equal(serializeBody({ a: 1, b: [1, 2] }), '{"a":1,"b":[1,2]}');
    const out = serializeBody({ file: new Blob(['x']), skip: undefined, none: null, n: 3 }) as FormData;
    assert.deepEqual([...out.keys()], ['file', 'n']);
    assert.equal((out.get('file') as File).name, 'file');
    assert.equal(out.get('n'), '3');
  });

  it('reports a missing WebCrypto on the first request, not at import or creation', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      const r = recorder();
      const client = createDaakeyClient({ baseUrl: 'http://h', agencyCode: 'DEMO', secretKey: 's', fetch: r.fetch });
      await assert.rejects(client.GET('/config'), /needs WebCrypto/);
      assert.equal(r.sent.length, 0);
    } finally {
      Object.defineProperty(globalThis, 'crypto', original);
    }
  });
});
