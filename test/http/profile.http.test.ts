import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { clients, clientTokens, outbox, verificationCodes } from '../../src/db/schema.js';
import {
  CLIENT,
  call,
  createAgency,
  lastEmailCode,
  lastPhoneCode,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
  uniq,
} from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';

const PROFILE = `${CLIENT}/profile`;
const NEW_PASSWORD = 'brand-new-pass-2';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

/** ISO-8601 UTC without milliseconds, as the API shows datetimes. */
function iso(d: Date | null): string | null {
  return d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}

let phoneSeq = 0;
/** A North American number outside the register helper's +1555… range, e.g. +1777 123 4567. */
function freshPhone(): { e164: string; area: string; local: string } {
  phoneSeq += 1;
  const area = String(process.pid % 1000).padStart(3, '0');
  const local = String((Date.now() + phoneSeq) % 10_000).padStart(4, '0');
  return { e164: `+1777${area}${local}`, area, local };
}

function freshEmail(): string {
  return `new.${uniq().toLowerCase()}@example.com`;
}

function update(agency: TestAgency, token: string, body: unknown) {
  return call(t, { method: 'PUT', url: PROFILE, agency, token, body });
}

function changePassword(agency: TestAgency, token: string, body: unknown) {
  return call(t, { method: 'PUT', url: `${PROFILE}/password`, agency, token, body });
}

function verify(agency: TestAgency, token: string, channel: 'phone' | 'email', code: string) {
  return call(t, { method: 'POST', url: `${CLIENT}/verification/verify-${channel}`, agency, token, body: { code } });
}

function login(agency: TestAgency, email: string, password: string) {
  return call(t, { method: 'POST', url: `${CLIENT}/auth/login`, agency, body: { email, password } });
}

async function clientRow(id: number) {
  const [row] = await t.deps.database.db.select().from(clients).where(eq(clients.id, id));
  assert.ok(row, `client ${id} exists`);
  return row;
}

/** Register a client and verify both channels with the codes it was sent. */
async function registerVerified(agency: TestAgency) {
  const reg = await registerClient(t, agency);
  expectOk(
    await verify(agency, reg.token, 'phone', await lastPhoneCode(t, reg.input.phone)),
    200,
    'Phone verified successfully',
  );
  expectOk(
    await verify(agency, reg.token, 'email', await lastEmailCode(t, reg.input.email)),
    200,
    'Email verified successfully',
  );
  const row = await clientRow(reg.user.id);
  assert.ok(row.phoneVerifiedAt && row.emailVerifiedAt);
  return { ...reg, row };
}

describe('GET /profile', () => {
  it('returns the full profile with the licence not on file', async () => {
    const agency = await createAgency(t);
    const registeredAt = t.clock.now();
    const { token, input, user } = await registerClient(t, agency);

    const body = expectOk(await call(t, { url: PROFILE, agency, token }), 200, 'Profile retrieved');
    assert.deepEqual(body.data, {
      id: user.id,
      name: input.name,
      email: input.email,
      phone: input.phone,
      avatar_url: null,
      phone_verified_at: null,
      email_verified_at: null,
      driver_license: { number: null, expiry_date: null, verified: false },
      created_at: iso(registeredAt),
      updated_at: iso(registeredAt),
    });
    assert.deepEqual(body.meta, { agency_id: agency.agency.id, agency_code: agency.agency.code });
  });

  it('shows the verification times once verified', async () => {
    const agency = await createAgency(t);
    const { token, row } = await registerVerified(agency);

    const body = expectOk(await call(t, { url: PROFILE, agency, token }), 200, 'Profile retrieved');
    assert.equal(body.data.phone_verified_at, iso(row.phoneVerifiedAt));
    assert.equal(body.data.email_verified_at, iso(row.emailVerifiedAt));
  });

  it('requires a bearer token', async () => {
    const agency = await createAgency(t);
    expectError(await call(t, { url: PROFILE, agency }), 401, 'Unauthenticated');
  });
});

describe('PUT /profile', () => {
  it('changes only the name when only the name is sent', async () => {
    const agency = await createAgency(t);
    const { token, input, user, row: before } = await registerVerified(agency);
    t.clock.advanceMinutes(3);
    const updatedAt = t.clock.now();

    const body = expectOk(await update(agency, token, { name: 'Janet Renamed' }), 200, 'Profile updated');
    assert.deepEqual(body.data, {
      id: user.id,
      name: 'Janet Renamed',
      email: input.email,
      phone: input.phone,
      phone_verified_at: iso(before.phoneVerifiedAt),
      email_verified_at: iso(before.emailVerifiedAt),
      updated_at: iso(updatedAt),
    });

    const after = await clientRow(user.id);
    assert.equal(after.name, 'Janet Renamed');
    assert.equal(after.email, before.email);
    assert.equal(after.phone, before.phone);
    assert.equal(after.phoneVerifiedAt?.getTime(), before.phoneVerifiedAt?.getTime());
    assert.equal(after.emailVerifiedAt?.getTime(), before.emailVerifiedAt?.getTime());
    assert.equal(after.passwordHash, before.passwordHash);
    assert.equal(after.updatedAt.getTime(), updatedAt.getTime());
  });

  it('clears phone_verified_at for a new phone and sends it a code that verifies it', async () => {
    const agency = await createAgency(t);
    const { token, user, row: before } = await registerVerified(agency);
    const phone = freshPhone().e164;

    const body = expectOk(await update(agency, token, { phone }), 200, 'Profile updated');
    assert.equal(body.data.phone, phone);
    assert.equal(body.data.phone_verified_at, null);
    assert.equal(body.data.email_verified_at, iso(before.emailVerifiedAt), 'the email stays verified');

    const after = await clientRow(user.id);
    assert.equal(after.phone, phone);
    assert.equal(after.phoneVerifiedAt, null);
    assert.equal(after.emailVerifiedAt?.getTime(), before.emailVerifiedAt?.getTime());

    const code = await lastPhoneCode(t, phone);
    const verified = expectOk(await verify(agency, token, 'phone', code), 200, 'Phone verified successfully');
    assert.equal(verified.data.phone, phone);
    assert.ok((await clientRow(user.id)).phoneVerifiedAt);
  });

  it('clears email_verified_at for a new email and sends it a code that verifies it', async () => {
    const agency = await createAgency(t);
    const { token, user, row: before } = await registerVerified(agency);
    const email = freshEmail();

    const body = expectOk(await update(agency, token, { email }), 200, 'Profile updated');
    assert.equal(body.data.email, email);
    assert.equal(body.data.email_verified_at, null);
    assert.equal(body.data.phone_verified_at, iso(before.phoneVerifiedAt), 'the phone stays verified');

    const after = await clientRow(user.id);
    assert.equal(after.email, email);
    assert.equal(after.emailVerifiedAt, null);
    assert.equal(after.phoneVerifiedAt?.getTime(), before.phoneVerifiedAt?.getTime());

    const code = await lastEmailCode(t, email);
    const verified = expectOk(
      await verify(agency, token, 'email', code.toUpperCase()),
      200,
      'Email verified successfully',
    );
    assert.equal(verified.data.email, email);
    assert.ok((await clientRow(user.id)).emailVerifiedAt);
  });

  it('keeps the verification when the same email and phone are sent again', async () => {
    const agency = await createAgency(t);
    const { token, input, user, row: before } = await registerVerified(agency);

    const body = expectOk(
      await update(agency, token, { email: input.email.toUpperCase(), phone: input.phone }),
      200,
      'Profile updated',
    );
    assert.equal(body.data.email, input.email);
    assert.equal(body.data.phone_verified_at, iso(before.phoneVerifiedAt));
    assert.equal(body.data.email_verified_at, iso(before.emailVerifiedAt));
    const after = await clientRow(user.id);
    assert.equal(after.phoneVerifiedAt?.getTime(), before.phoneVerifiedAt?.getTime());
    assert.equal(after.emailVerifiedAt?.getTime(), before.emailVerifiedAt?.getTime());
  });

  it('normalises a phone with spaces, dashes and brackets to E.164', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);
    const { e164, area, local } = freshPhone();
    const typed = `+1 (777) ${area}-${local}`; // e.g. "+1 (777) 123-4567" -> "+17771234567"

    const body = expectOk(await update(agency, token, { phone: typed }), 200, 'Profile updated');
    assert.equal(body.data.phone, e164);
    assert.equal((await clientRow(user.id)).phone, e164);
    assert.match(await lastPhoneCode(t, e164), /^\d{6}$/);
  });

  it('refuses an email or a phone another client of the agency has', async () => {
    const agency = await createAgency(t);
    const me = await registerClient(t, agency);
    const other = await registerClient(t, agency);

    expectError(await update(agency, me.token, { email: other.input.email }), 422, 'Validation failed', {
      email: ['The email has already been taken.'],
    });
    expectError(await update(agency, me.token, { phone: other.input.phone }), 422, 'Validation failed', {
      phone: ['The phone has already been taken.'],
    });
    expectError(
      await update(agency, me.token, { name: 'Taken Both', email: other.input.email, phone: other.input.phone }),
      422,
      'Validation failed',
      {
        email: ['The email has already been taken.'],
        phone: ['The phone has already been taken.'],
      },
    );

    const row = await clientRow(me.user.id);
    assert.equal(row.email, me.input.email);
    assert.equal(row.phone, me.input.phone);
    assert.equal(row.name, me.input.name);
  });

  it('allows an email that a client of another agency has', async () => {
    const agency = await createAgency(t);
    const otherAgency = await createAgency(t);
    const me = await registerClient(t, agency);
    const elsewhere = await registerClient(t, otherAgency);

    const body = expectOk(await update(agency, me.token, { email: elsewhere.input.email }), 200, 'Profile updated');
    assert.equal(body.data.email, elsewhere.input.email);
    assert.equal((await clientRow(me.user.id)).email, elsewhere.input.email);
    assert.equal(
      (await clientRow(elsewhere.user.id)).email,
      elsewhere.input.email,
      "the other agency's client is untouched",
    );
  });

  it('validates email and name', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);

    expectError(await update(agency, token, { email: 'not-an-email' }), 422, 'Validation failed', {
      email: ['The email must be a valid email address.'],
    });
    expectError(await update(agency, token, { name: 'J' }), 422, 'Validation failed', {
      name: ['The name must be at least 2 characters.'],
    });
    expectError(await update(agency, token, { name: 'x'.repeat(256) }), 422, 'Validation failed', {
      name: ['The name must not be greater than 255 characters.'],
    });
    expectOk(await update(agency, token, { name: 'y'.repeat(255) }), 200, 'Profile updated');

    const row = await clientRow(user.id);
    assert.equal(row.email, input.email);
    assert.equal(row.name, 'y'.repeat(255));
  });

  it('answers 429 and changes nothing when the new phone would exceed the hourly sends', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const verification = `${CLIENT}/verification/resend-phone`;
    expectOk(await call(t, { method: 'POST', url: verification, agency, token }), 200, 'Verification code sent');
    expectOk(await call(t, { method: 'POST', url: verification, agency, token }), 200, 'Verification code sent');
    const before = await clientRow(user.id);
    const phone = freshPhone().e164;
    t.clock.advanceMinutes(1);

    const res = await update(agency, token, { name: 'Should Not Stick', phone });
    const body = expectError(res, 429, 'Too many requests');
    assert.ok(Number.isInteger(body.data.retry_after) && body.data.retry_after > 0 && body.data.retry_after <= 3600);
    assert.equal(res.headers['retry-after'], String(body.data.retry_after));

    const after = await clientRow(user.id);
    assert.equal(after.name, input.name);
    assert.equal(after.phone, input.phone);
    assert.equal(after.updatedAt.getTime(), before.updatedAt.getTime());
    const codes = await t.deps.database.db
      .select()
      .from(verificationCodes)
      .where(and(eq(verificationCodes.clientId, user.id), eq(verificationCodes.channel, 'phone')));
    assert.equal(codes.length, 3, 'no code for the new phone');
    const sms = await t.deps.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.agencyId, agency.agency.id), eq(outbox.recipient, phone)));
    assert.deepEqual(sms, [], 'no SMS to the new phone');
  });

  it('answers 429 and changes nothing when a new email would exceed the hourly sends', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const first = freshEmail();
    const second = freshEmail();
    const third = freshEmail();
    expectOk(await update(agency, token, { email: first }), 200, 'Profile updated');
    expectOk(await update(agency, token, { email: second }), 200, 'Profile updated');

    expectError(await update(agency, token, { email: third }), 429, 'Too many requests');
    const row = await clientRow(user.id);
    assert.equal(row.email, second);
    assert.notEqual(row.email, input.email);
    const mail = await t.deps.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.agencyId, agency.agency.id), eq(outbox.recipient, third)));
    assert.deepEqual(mail, [], 'no email to the refused address');
  });
});

describe('PUT /profile/password', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const otherToken = expectOk(await login(agency, input.email, input.password), 200, 'Login successful').data
      .token as string;
    const oldHash = (await clientRow(user.id)).passwordHash;

    const body = expectOk(
      await changePassword(agency, token, {
        current_password: input.password,
        password: NEW_PASSWORD,
        password_confirmation: NEW_PASSWORD,
      }),
      200,
      'Password updated successfully',
    );
    assert.equal(body.data, null);
    assert.notEqual((await clientRow(user.id)).passwordHash, oldHash);

    expectOk(await call(t, { url: PROFILE, agency, token }), 200, 'Profile retrieved');
    expectError(await call(t, { url: PROFILE, agency, token: otherToken }), 401, 'Unauthenticated');
    const tokens = await t.deps.database.db.select().from(clientTokens).where(eq(clientTokens.clientId, user.id));
    assert.deepEqual(
      tokens.map((r) => r.id),
      [Number(token.split('|')[0])],
      'only the current token is left',
    );

    expectOk(await login(agency, input.email, NEW_PASSWORD), 200, 'Login successful');
    expectError(await login(agency, input.email, input.password), 401, 'Invalid credentials', {
      email: ['These credentials do not match our records.'],
    });
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const otherToken = expectOk(await login(agency, input.email, input.password), 200, 'Login successful').data
      .token as string;
    const oldHash = (await clientRow(user.id)).passwordHash;

    const res = await changePassword(agency, token, {
      current_password: 'not-my-password',
      password: NEW_PASSWORD,
      password_confirmation: NEW_PASSWORD,
    });
    expectError(res, 422, 'Validation failed', { current_password: ['The current password is incorrect.'] });

    assert.equal((await clientRow(user.id)).passwordHash, oldHash);
    expectOk(await call(t, { url: PROFILE, agency, token: otherToken }), 200, 'Profile retrieved');
    expectOk(await login(agency, input.email, input.password), 200, 'Login successful');
  });

  it('validates the new password', async () => {
    const agency = await createAgency(t);
    const { token, input } = await registerClient(t, agency);

    expectError(await changePassword(agency, token, {}), 422, 'Validation failed', {
      current_password: ['The current password field is required.'],
      password: ['The password field is required.'],
    });
    expectError(
      await changePassword(agency, token, {
        current_password: input.password,
        password: 'short',
        password_confirmation: 'short',
      }),
      422,
      'Validation failed',
      { password: ['The password must be at least 8 characters.'] },
    );
    expectError(
      await changePassword(agency, token, {
        current_password: input.password,
        password: NEW_PASSWORD,
        password_confirmation: 'different-1',
      }),
      422,
      'Validation failed',
      { password: ['The password confirmation does not match.'] },
    );
    expectOk(await login(agency, input.email, input.password), 200, 'Login successful');
  });
});
