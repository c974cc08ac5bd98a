import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, asc, eq } from 'drizzle-orm';
import { clients, clientTokens, outbox, passwordResetTokens } from '../../src/db/schema.js';
import {
  CLIENT,
  call,
  createAgency,
  lastMessage,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
  uniq,
} from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';

const AUTH = `${CLIENT}/auth`;
const NEW_PASSWORD = 'brand-new-pass-2';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

function forgot(agency: TestAgency, email: string) {
  return call(t, { method: 'POST', url: `${AUTH}/forgot-password`, agency, body: { email } });
}

function reset(agency: TestAgency, body: Record<string, unknown>) {
  return call(t, { method: 'POST', url: `${AUTH}/reset-password`, agency, body });
}

function resetWith(agency: TestAgency, email: string, token: string, password = NEW_PASSWORD) {
  return reset(agency, { email, token, password, password_confirmation: password });
}

function login(agency: TestAgency, email: string, password: string) {
  return call(t, { method: 'POST', url: `${AUTH}/login`, agency, body: { email, password } });
}

/** Ask for a reset, let the worker run the job, and return the token from the email. */
async function requestToken(agency: TestAgency, email: string): Promise<string> {
  expectOk(await forgot(agency, email), 200, 'Password reset link sent to your email');
  await t.deps.worker.drain();
  const mail = await lastMessage(t, email);
  assert.equal(mail.kind, 'password_reset');
  const token = /Your reset token: (\S+)\n/.exec(mail.body)?.[1];
  assert.ok(token, 'the email holds a reset token');
  return token;
}

async function resetRows(clientId: number) {
  return t.deps.database.db
    .select()
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.clientId, clientId))
    .orderBy(asc(passwordResetTokens.id));
}

async function passwordHashOf(clientId: number): Promise<string> {
  const [row] = await t.deps.database.db
    .select({ hash: clients.passwordHash })
    .from(clients)
    .where(eq(clients.id, clientId));
  assert.ok(row);
  return row.hash;
}

async function resetEmailsTo(email: string) {
  return t.deps.database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, email), eq(outbox.channel, 'email'), eq(outbox.kind, 'password_reset')));
}

function withoutTrailer(body: Record<string, unknown>) {
  const { request_id: _id, timestamp: _ts, ...rest } = body;
  return rest;
}

describe('POST /auth/forgot-password', () => {
  it('answers the same for a registered and an unregistered email', async () => {
    const agency = await createAgency(t);
    const { input } = await registerClient(t, agency);
    const unknown = `nobody.${uniq().toLowerCase()}@example.com`;

    const known = expectOk(await forgot(agency, input.email), 200, 'Password reset link sent to your email');
    const stranger = expectOk(await forgot(agency, unknown), 200, 'Password reset link sent to your email');
    assert.equal(known.data, null);
    assert.deepEqual(known.meta, { agency_id: agency.agency.id, agency_code: agency.agency.code });
    assert.deepEqual(withoutTrailer(stranger), withoutTrailer(known));

    await t.deps.worker.drain();
    assert.equal((await resetEmailsTo(input.email)).length, 1, 'the registered client gets one email');
    assert.deepEqual(await resetEmailsTo(unknown), [], 'no email goes to an unregistered address');
  });

  it('mails a 64-character token once the worker runs, and stores only its hash', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);

    expectOk(await forgot(agency, input.email), 200, 'Password reset link sent to your email');
    assert.deepEqual(await resetEmailsTo(input.email), [], 'the email is produced by the worker, not the request');
    await t.deps.worker.drain();

    const mail = await lastMessage(t, input.email);
    assert.equal(mail.kind, 'password_reset');
    const token = /Your reset token: (\S+)\n/.exec(mail.body)?.[1];
    assert.match(token ?? '', /^[A-Za-z0-9]{64}$/);

    const [row, ...others] = await resetRows(user.id);
    assert.equal(others.length, 0);
    assert.ok(row);
    assert.equal(row.agencyId, agency.agency.id);
    assert.notEqual(row.tokenHash, token);
    assert.ok(!row.tokenHash.includes(token!), 'the token is not stored in clear');
    assert.equal(row.expiresAt.getTime(), row.createdAt.getTime() + 60 * 60_000);
  });

  it('sends nothing for a second request within 60 seconds', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);
    const token = await requestToken(agency, input.email);
    t.clock.advanceSeconds(30);

    expectOk(await forgot(agency, input.email), 200, 'Password reset link sent to your email');
    await t.deps.worker.drain();
    assert.equal((await resetEmailsTo(input.email)).length, 1);
    assert.equal((await resetRows(user.id)).length, 1);
    expectOk(await resetWith(agency, input.email, token), 200, 'Password reset successful');
  });

  it('requires a valid email', async () => {
    const agency = await createAgency(t);
    expectError(
      await call(t, { method: 'POST', url: `${AUTH}/forgot-password`, agency, body: {} }),
      422,
      'Validation failed',
      {
        email: ['The email field is required.'],
      },
    );
    expectError(await forgot(agency, 'not-an-email'), 422, 'Validation failed', {
      email: ['The email must be a valid email address.'],
    });
  });
});

describe('POST /auth/reset-password', () => {
  it('sets the new password and ends every session of the client', async () => {
    const agency = await createAgency(t);
    const { input, user, token: registerToken } = await registerClient(t, agency);
    const loginToken = expectOk(await login(agency, input.email, input.password), 200, 'Login successful').data
      .token as string;
    const resetToken = await requestToken(agency, input.email);
    const oldHash = await passwordHashOf(user.id);

    const body = expectOk(await resetWith(agency, input.email, resetToken), 200, 'Password reset successful');
    assert.equal(body.data, null);
    assert.deepEqual(body.meta, { agency_id: agency.agency.id, agency_code: agency.agency.code });

    assert.notEqual(await passwordHashOf(user.id), oldHash);
    const [row] = await resetRows(user.id);
    assert.ok(row?.usedAt, 'the reset token is marked used');

    const tokens = await t.deps.database.db.select().from(clientTokens).where(eq(clientTokens.clientId, user.id));
    assert.deepEqual(tokens, [], 'every token of the client is gone');
    for (const token of [registerToken, loginToken]) {
      expectError(await call(t, { url: `${AUTH}/me`, agency, token }), 401, 'Unauthenticated');
    }

    expectError(await login(agency, input.email, input.password), 401, 'Invalid credentials', {
      email: ['These credentials do not match our records.'],
    });
    expectOk(await login(agency, input.email, NEW_PASSWORD), 200, 'Login successful');
  });

  it('accepts a token once only', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);
    const token = await requestToken(agency, input.email);

    expectOk(await resetWith(agency, input.email, token), 200, 'Password reset successful');
    const hashAfterFirst = await passwordHashOf(user.id);
    expectError(await resetWith(agency, input.email, token, 'third-password-3'), 400, 'Invalid or expired reset token');

    assert.equal(await passwordHashOf(user.id), hashAfterFirst, 'the second use changed nothing');
    expectOk(await login(agency, input.email, NEW_PASSWORD), 200, 'Login successful');
  });

  it('rejects a token older than 60 minutes', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);
    const token = await requestToken(agency, input.email);
    const oldHash = await passwordHashOf(user.id);
    t.clock.advanceMinutes(61);

    expectError(await resetWith(agency, input.email, token), 400, 'Invalid or expired reset token');
    assert.equal(await passwordHashOf(user.id), oldHash);
    expectOk(await login(agency, input.email, input.password), 200, 'Login successful');
  });

  it('accepts a token 59 minutes after it was sent', async () => {
    const agency = await createAgency(t);
    const { input } = await registerClient(t, agency);
    const token = await requestToken(agency, input.email);
    t.clock.advanceMinutes(59);

    expectOk(await resetWith(agency, input.email, token), 200, 'Password reset successful');
  });

  it('voids the older token when a new one is requested', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);
    const first = await requestToken(agency, input.email);
    t.clock.advanceSeconds(61);
    const second = await requestToken(agency, input.email);
    assert.notEqual(second, first);

    const [firstRow, secondRow] = await resetRows(user.id);
    assert.ok(firstRow?.voidedAt, 'the first token is voided');
    assert.equal(secondRow?.voidedAt, null);

    expectError(await resetWith(agency, input.email, first), 400, 'Invalid or expired reset token');
    expectOk(await resetWith(agency, input.email, second), 200, 'Password reset successful');
  });

  it('rejects a wrong token, and leaves the right one usable', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);
    const token = await requestToken(agency, input.email);
    const oldHash = await passwordHashOf(user.id);
    const wrong = `${token.slice(0, 63)}${token.endsWith('a') ? 'b' : 'a'}`;

    expectError(await resetWith(agency, input.email, wrong), 400, 'Invalid or expired reset token');
    assert.equal(await passwordHashOf(user.id), oldHash);
    expectOk(await resetWith(agency, input.email, token), 200, 'Password reset successful');
  });

  it("rejects a token used with another client's email", async () => {
    const agency = await createAgency(t);
    const owner = await registerClient(t, agency);
    const other = await registerClient(t, agency);
    const token = await requestToken(agency, owner.input.email);
    const otherHash = await passwordHashOf(other.user.id);

    expectError(await resetWith(agency, other.input.email, token), 400, 'Invalid or expired reset token');
    assert.equal(await passwordHashOf(other.user.id), otherHash);
    expectOk(await login(agency, other.input.email, other.input.password), 200, 'Login successful');
    expectOk(await resetWith(agency, owner.input.email, token), 200, 'Password reset successful');
  });

  it("rejects a valid token under another agency's signature", async () => {
    const agencyA = await createAgency(t);
    const agencyB = await createAgency(t);
    const { input, user } = await registerClient(t, agencyA);
    const token = await requestToken(agencyA, input.email);
    const oldHash = await passwordHashOf(user.id);

    expectError(await resetWith(agencyB, input.email, token), 400, 'Invalid or expired reset token');
    assert.equal(await passwordHashOf(user.id), oldHash);
    const [row] = await resetRows(user.id);
    assert.equal(row?.usedAt, null, 'the token is still unused');
    expectOk(await resetWith(agencyA, input.email, token), 200, 'Password reset successful');
  });

  it('requires email, token and password', async () => {
    const agency = await createAgency(t);
    expectError(await reset(agency, {}), 422, 'Validation failed', {
      email: ['The email field is required.'],
      token: ['The token field is required.'],
      password: ['The password field is required.'],
    });
  });

  it('rejects a password shorter than 8 characters', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);
    const token = await requestToken(agency, input.email);

    const res = await reset(agency, { email: input.email, token, password: 'short', password_confirmation: 'short' });
    expectError(res, 422, 'Validation failed', { password: ['The password must be at least 8 characters.'] });
    const [row] = await resetRows(user.id);
    assert.equal(row?.usedAt, null, 'the token is not spent by an invalid request');
  });

  it('rejects a confirmation that does not match', async () => {
    const agency = await createAgency(t);
    const { input, user } = await registerClient(t, agency);
    const token = await requestToken(agency, input.email);
    const oldHash = await passwordHashOf(user.id);

    const res = await reset(agency, {
      email: input.email,
      token,
      password: NEW_PASSWORD,
      password_confirmation: 'something-else',
    });
    expectError(res, 422, 'Validation failed', { password: ['The password confirmation does not match.'] });
    assert.equal(await passwordHashOf(user.id), oldHash);
  });
});
