import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import bcrypt from 'bcryptjs';
import { and, eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import pg from 'pg';
import { clients, clientTokens, outbox } from '../../src/db/schema.js';
import { AttemptLimiter } from '../../src/lib/attempt-limiter.js';
import { sha256Hex } from '../../src/lib/crypto.js';
import {
  CLIENT,
  call,
  createAgency,
  makeTestApp,
  newClientInput,
  ON_CI,
  registerClient,
  TEST_DATABASE_URL,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';

const ENVELOPE_KEYS = ['data', 'message', 'meta', 'request_id', 'success', 'timestamp'];

/** POST /auth/login signed by `agency`. */
const login = (tt: TestApp, agency: TestAgency, body: unknown) =>
  call(tt, { method: 'POST', url: `${CLIENT}/auth/login`, agency, body });

describe('client auth: register, login, logout, me', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp();
  });
  after(() => t.close());

  const db = () => t.deps.database.db;

  describe('POST /auth/register', () => {
    it('creates the client, returns 201 with user and token, and queues both codes', async () => {
      const a = await createAgency(t);
      const input = newClientInput({ email: 'New.User@Example.com', phone: '+1 (555) 123-4567' });
      const res = await call(t, { method: 'POST', url: `${CLIENT}/auth/register`, agency: a, body: input });
      assert.equal(res.statusCode, 201);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ENVELOPE_KEYS);
      assert.equal(body.success, true);
      assert.equal(body.message, 'Registration successful');
      assert.deepEqual(body.meta, { agency_id: a.agency.id, agency_code: a.agency.code });
      assert.match(body.request_id, /^[0-9a-f-]{36}$/);
      assert.equal(res.headers['x-request-id'], body.request_id);
      assert.match(body.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.deepEqual(body.data.user, {
        id: body.data.user.id,
        name: input.name,
        email: 'new.user@example.com',
        phone: '+15551234567',
        phone_verified_at: null,
        email_verified_at: null,
      });
      assert.match(body.data.token, /^\d+\|[A-Za-z0-9]{40}$/);

      const [row] = await db().select().from(clients).where(eq(clients.id, body.data.user.id));
      assert.equal(row!.agencyId, a.agency.id);
      assert.match(row!.passwordHash, /^\$argon2id\$/);
      assert.ok(!row!.passwordHash.includes(input.password));
      const [tokenId, secret] = body.data.token.split('|');
      const [tok] = await db()
        .select()
        .from(clientTokens)
        .where(eq(clientTokens.id, Number(tokenId)));
      assert.equal(tok!.tokenHash, sha256Hex(secret));
      const queued = await db().select().from(outbox).where(eq(outbox.agencyId, a.agency.id));
      assert.deepEqual(queued.map((q) => `${q.channel}:${q.kind}:${q.recipient}`).sort(), [
        'email:verification_email:new.user@example.com',
        'sms:verification_phone:+15551234567',
      ]);
      assert.ok(queued.every((q) => q.bodyEncrypted && !q.bodyEncrypted.includes('code')));
    });

    it('validates with Laravel messages and writes nothing', async () => {
      const a = await createAgency(t);
      const res = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/register`,
        agency: a,
        body: { name: 'J', email: 'nope', phone: 'abc', password: 'short', password_confirmation: 'short' },
      });
      assert.equal(res.statusCode, 422);
      const body = res.json();
      assert.equal(body.message, 'Validation failed');
      assert.equal(body.success, false);
      assert.equal(body.data, null);
      assert.deepEqual(body.errors.name, ['The name must be at least 2 characters.']);
      assert.deepEqual(body.errors.email, ['The email must be a valid email address.']);
      assert.deepEqual(body.errors.password, ['The password must be at least 8 characters.']);
      assert.ok(body.errors.phone[0].startsWith('The phone must be a valid phone number'));
      const rows = await db().select().from(clients).where(eq(clients.agencyId, a.agency.id));
      assert.equal(rows.length, 0);

      const empty = await call(t, { method: 'POST', url: `${CLIENT}/auth/register`, agency: a, body: {} });
      assert.deepEqual(empty.json().errors, {
        name: ['The name field is required.'],
        email: ['The email field is required.'],
        phone: ['The phone field is required.'],
        password: ['The password field is required.'],
      });
      const mismatch = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/register`,
        agency: a,
        body: newClientInput({ password_confirmation: 'different-1', name: 'x'.repeat(256) }),
      });
      assert.deepEqual(mismatch.json().errors, {
        name: ['The name must not be greater than 255 characters.'],
        password: ['The password confirmation does not match.'],
      });
    });

    it('keeps email and phone unique per agency, but not across agencies', async () => {
      const a = await createAgency(t);
      const b = await createAgency(t);
      const first = await registerClient(t, a);
      const dup = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/register`,
        agency: a,
        body: newClientInput({ email: first.input.email.toUpperCase(), phone: first.input.phone }),
      });
      assert.equal(dup.statusCode, 422);
      assert.deepEqual(dup.json().errors, {
        email: ['The email has already been taken.'],
        phone: ['The phone has already been taken.'],
      });
      const elsewhere = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/register`,
        agency: b,
        body: newClientInput({ email: first.input.email, phone: first.input.phone }),
      });
      assert.equal(elsewhere.statusCode, 201);
      assert.notEqual(elsewhere.json().data.user.id, first.user.id);
    });
  });

  describe('POST /auth/login', () => {
    it('returns the seed 001 shape and a new working token', async () => {
      const a = await createAgency(t);
      const { input, user } = await registerClient(t, a);
      const res = await login(t, a, { email: input.email, password: input.password });
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.message, 'Login successful');
      assert.deepEqual(Object.keys(body.data.user).sort(), [
        'email',
        'email_verified_at',
        'id',
        'name',
        'phone',
        'phone_verified_at',
      ]);
      assert.equal(body.data.user.id, user.id);
      const me = await call(t, { url: `${CLIENT}/auth/me`, agency: a, token: body.data.token });
      assert.equal(me.statusCode, 200);
    });

    it('answers 401 with errors.email for a wrong password or an unknown email', async () => {
      const a = await createAgency(t);
      const { input } = await registerClient(t, a);
      for (const body of [
        { email: input.email, password: 'wrong-password' },
        { email: `nobody-${input.email}`, password: input.password },
      ]) {
        const res = await call(t, { method: 'POST', url: `${CLIENT}/auth/login`, agency: a, body });
        assert.equal(res.statusCode, 401);
        assert.deepEqual(res.json().errors, { email: ['These credentials do not match our records.'] });
        assert.equal(res.json().message, 'Invalid credentials');
        assert.equal(res.json().data, null);
      }
    });

    it('answers 422 with both fields required for an empty body', async () => {
      const a = await createAgency(t);
      const res = await login(t, a, {});
      assert.equal(res.statusCode, 422);
      assert.deepEqual(res.json().errors, {
        email: ['The email field is required.'],
        password: ['The password field is required.'],
      });
    });

    it('only logs in through the agency the client registered with', async () => {
      const a = await createAgency(t);
      const b = await createAgency(t);
      const { input } = await registerClient(t, a);
      const res = await login(t, b, { email: input.email, password: input.password });
      assert.equal(res.statusCode, 401);
    });

    it('refuses a suspended client with 403 "Account suspended"', async () => {
      const a = await createAgency(t);
      const { input, user, token } = await registerClient(t, a);
      await db().update(clients).set({ status: 'suspended' }).where(eq(clients.id, user.id));
      const res = await login(t, a, { email: input.email, password: input.password });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().message, 'Account suspended');
      const me = await call(t, { url: `${CLIENT}/auth/me`, agency: a, token });
      assert.equal(me.statusCode, 403);
    });

    it('throttles after 5 failures per agency+email+IP, with retry_after', async () => {
      const a = await createAgency(t);
      const { input } = await registerClient(t, a);
      const attempt = (password: string, ip = '10.0.0.1', email = input.email) =>
        t.app.inject({
          method: 'POST',
          url: `${CLIENT}/auth/login`,
          remoteAddress: ip,
          headers: { 'x-agency-signature': a.sig() },
          payload: { email, password },
        });
      for (let i = 0; i < 5; i++) assert.equal((await attempt('wrong-password')).statusCode, 401);
      const blocked = await attempt(input.password);
      assert.equal(blocked.statusCode, 429);
      assert.equal(blocked.json().message, 'Too many requests');
      const retry = blocked.json().data.retry_after;
      assert.ok(Number.isInteger(retry) && retry > 0 && retry <= 60);
      assert.equal(blocked.headers['retry-after'], String(retry));
      // Another IP, or another email from the same IP, is not affected.
      assert.equal((await attempt(input.password, '10.0.0.2')).statusCode, 200);
      assert.equal((await attempt('wrong-password', '10.0.0.1', `other-${input.email}`)).statusCode, 401);
    });

    it('counts parallel guesses too: 20 at once get at most 5 password checks', async () => {
      const a = await createAgency(t);
      const { input } = await registerClient(t, a);
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          t.app.inject({
            method: 'POST',
            url: `${CLIENT}/auth/login`,
            remoteAddress: '10.0.0.77',
            headers: { 'x-agency-signature': a.sig() },
            payload: { email: input.email, password: 'wrong-password' },
          }),
        ),
      );
      const codes = results.map((r) => r.statusCode).sort();
      assert.equal(codes.filter((c) => c === 401).length, 5);
      assert.equal(codes.filter((c) => c === 429).length, 15);
    });

    it('accepts a bcrypt hash from a Laravel migration and upgrades it to argon2id', async () => {
      const a = await createAgency(t);
      const { input, user } = await registerClient(t, a);
      const legacy = bcrypt.hashSync(input.password, 4).replace(/^\$2[ab]\$/, '$2y$');
      await db().update(clients).set({ passwordHash: legacy }).where(eq(clients.id, user.id));
      const res = await login(t, a, { email: input.email, password: input.password });
      assert.equal(res.statusCode, 200);
      const [row] = await db().select().from(clients).where(eq(clients.id, user.id));
      assert.match(row!.passwordHash, /^\$argon2id\$/);
      const wrong = await login(t, a, { email: input.email, password: 'not-it-at-all' });
      assert.equal(wrong.statusCode, 401);
    });
  });

  describe('GET /auth/me and POST /auth/logout', () => {
    it('returns the current user and updates last_used_at at most once a minute', async () => {
      const a = await createAgency(t);
      const { token, user, input } = await registerClient(t, a);
      const tokenId = Number(token.split('|')[0]);
      const res = await call(t, { url: `${CLIENT}/auth/me`, agency: a, token });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().message, 'User retrieved');
      assert.deepEqual(Object.keys(res.json().data).sort(), [
        'avatar_url',
        'created_at',
        'email',
        'email_verified_at',
        'id',
        'name',
        'phone',
        'phone_verified_at',
      ]);
      assert.equal(res.json().data.email, input.email);
      assert.equal(res.json().data.id, user.id);
      assert.match(res.json().data.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

      const lastUsed = async () => {
        for (let i = 0; i < 50; i++) {
          const [row] = await db().select().from(clientTokens).where(eq(clientTokens.id, tokenId));
          if (row?.lastUsedAt) return row.lastUsedAt.getTime();
          await new Promise((r) => setImmediate(r));
        }
        return null;
      };
      const first = await lastUsed();
      assert.equal(first, t.clock.now().getTime());
      t.clock.advanceSeconds(30);
      await call(t, { url: `${CLIENT}/auth/me`, agency: a, token });
      assert.equal(await lastUsed(), first);
      t.clock.advanceSeconds(31);
      await call(t, { url: `${CLIENT}/auth/me`, agency: a, token });
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(await lastUsed(), t.clock.now().getTime());
    });

    it('logout revokes only the current token, immediately', async () => {
      const a = await createAgency(t);
      const { token, input, user } = await registerClient(t, a);
      const second = (await login(t, a, { email: input.email, password: input.password })).json().data.token;
      const out = await call(t, { method: 'POST', url: `${CLIENT}/auth/logout`, agency: a, token });
      assert.equal(out.statusCode, 200);
      assert.equal(out.json().message, 'Logged out successfully');
      assert.equal(out.json().data, null);
      const again = await call(t, { url: `${CLIENT}/auth/me`, agency: a, token });
      assert.equal(again.statusCode, 401);
      assert.equal(again.json().message, 'Unauthenticated');
      assert.equal((await call(t, { url: `${CLIENT}/auth/me`, agency: a, token: second })).statusCode, 200);
      const rows = await db()
        .select()
        .from(clientTokens)
        .where(and(eq(clientTokens.clientId, user.id), eq(clientTokens.agencyId, a.agency.id)));
      assert.equal(rows.length, 1);
    });
  });
});

describe('login throttling shared through Redis', () => {
  it('counts failures in Redis when REDIS_URL is set, so every instance sees them', async (ctx) => {
    const url = 'redis://127.0.0.1:6379';
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const up = await probe.connect().then(
      () => true,
      () => false,
    );
    probe.disconnect();
    if (!up) {
      if (ON_CI) throw new Error('Redis is required on CI (127.0.0.1:6379) and is not answering');
      ctx.skip('Redis is not running on 127.0.0.1:6379');
      return;
    }
    const t1 = await makeTestApp({ env: { REDIS_URL: url } });
    try {
      const a = await createAgency(t1);
      const { input } = await registerClient(t1, a);
      const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const login = (password: string) =>
        t1.app.inject({
          method: 'POST',
          url: `${CLIENT}/auth/login`,
          remoteAddress: ip,
          headers: { 'x-agency-signature': a.sig() },
          payload: { email: input.email, password },
        });
      for (let i = 0; i < 5; i++) assert.equal((await login('wrong-password')).statusCode, 401);
      assert.equal((await login(input.password)).statusCode, 429);
      const key = `${a.agency.id}:${input.email}:${ip}`;
      assert.equal(await t1.deps.redis!.exists(`daakey:login:${key}`), 1);
      // A second instance (its own limiter and Redis connection) sees the same block.
      const other = new Redis(url);
      try {
        const limiter = new AttemptLimiter(5, 60, other, 'daakey:login');
        assert.ok((await limiter.blockedFor(key)) > 0);
        assert.equal(await limiter.blockedFor(`${key}-someone-else`), 0);
      } finally {
        other.disconnect();
      }
    } finally {
      await t1.close();
    }
  });
});

describe('login while Redis is down', () => {
  it('still works, with limits falling back to this instance', async () => {
    const t = await makeTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_PER_MINUTE: '100' } });
    try {
      const a = await createAgency(t);
      const { input } = await registerClient(t, a);
      const res = await login(t, a, { email: input.email, password: input.password });
      assert.equal(res.statusCode, 200, res.body);
      for (let i = 0; i < 5; i++) {
        const bad = await login(t, a, { email: input.email, password: 'wrong-password' });
        assert.equal(bad.statusCode, 401);
      }
      const blocked = await login(t, a, { email: input.email, password: input.password });
      assert.equal(blocked.statusCode, 429);
    } finally {
      await t.close();
    }
  });
});

describe('session cache and the database change feed', () => {
  async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('drops a cached session when the client row changes behind the service’s back', async () => {
    const t = await makeTestApp();
    try {
      const a = await createAgency(t);
      const { token, user } = await registerClient(t, a);
      assert.equal((await call(t, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 200);
      const tokenId = Number(token.split('|')[0]);
      assert.ok(t.deps.sessions.get(tokenId), 'cached after the first request');
      // An operator (or another service) changes the row with plain SQL: the trigger's NOTIFY reaches the cache.
      await t.deps.database.db.update(clients).set({ status: 'suspended' }).where(eq(clients.id, user.id));
      await until(() => t.deps.sessions.get(tokenId) === undefined, 'the change feed');
      const res = await call(t, { url: `${CLIENT}/auth/me`, agency: a, token });
      assert.equal(res.statusCode, 403);
      // A token deleted directly in the database is refused too.
      await t.deps.database.db.update(clients).set({ status: 'active' }).where(eq(clients.id, user.id));
      await until(() => t.deps.sessions.get(tokenId) === undefined, 'the change feed');
      assert.equal((await call(t, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 200);
      await t.deps.database.db.delete(clientTokens).where(eq(clientTokens.id, tokenId));
      await until(() => t.deps.sessions.get(tokenId) === undefined, 'the change feed');
      assert.equal((await call(t, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 401);
    } finally {
      await t.close();
    }
  });

  if (TEST_DATABASE_URL) {
    it('stops caching while the change feed is down and catches up once it listens again (PostgreSQL)', async () => {
      const t = await makeTestApp();
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      try {
        const a = await createAgency(t);
        const { token } = await registerClient(t, a);
        const tokenId = Number(token.split('|')[0]);
        assert.equal((await call(t, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 200);
        assert.ok(t.deps.sessions.get(tokenId));
        // Cut this app's LISTEN connection, as a network blip or a server restart would.
        const { rows } = await admin.query(
          "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN%'",
          [t.pgSchema],
        );
        assert.equal(rows.length, 1);
        await until(() => t.deps.sessions.get(tokenId) === undefined, 'the cache to be emptied');
        // While the feed is down nothing is cached, so a change made elsewhere is seen at once.
        assert.equal((await call(t, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 200);
        await t.deps.database.db.delete(clientTokens).where(eq(clientTokens.id, tokenId));
        assert.equal((await call(t, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 401);
        // The feed comes back by itself and caching resumes.
        const fresh = await registerClient(t, a);
        const freshId = Number(fresh.token.split('|')[0]);
        await until(async () => {
          await call(t, { url: `${CLIENT}/auth/me`, agency: a, token: fresh.token });
          return t.deps.sessions.get(freshId) !== undefined;
        }, 'the feed to reconnect');
      } finally {
        await admin.end();
        await t.close();
      }
    });

    it('a logout on one instance is refused by another instance at once (PostgreSQL, shared database)', async () => {
      const one = await makeTestApp();
      const two = await makeTestApp({
        clock: one.clock,
        env: { APP_KEY: one.deps.config.APP_KEY! },
        pgSchema: one.pgSchema,
      });
      try {
        const a = await createAgency(one);
        const { token } = await registerClient(one, a);
        const tokenId = Number(token.split('|')[0]);
        assert.equal((await call(two, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 200);
        assert.ok(two.deps.sessions.get(tokenId), 'instance two cached the session');
        assert.equal(
          (await call(one, { method: 'POST', url: `${CLIENT}/auth/logout`, agency: a, token })).statusCode,
          200,
        );
        await until(() => two.deps.sessions.get(tokenId) === undefined, 'NOTIFY to reach instance two');
        assert.equal((await call(two, { url: `${CLIENT}/auth/me`, agency: a, token })).statusCode, 401);
      } finally {
        await two.close(); // two shares one's schema, which one drops
        await one.close();
      }
    });
  }
});
