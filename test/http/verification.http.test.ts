import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, asc, eq } from 'drizzle-orm';
import { clients, verificationCodes, type VerificationChannel } from '../../src/db/schema.js';
import {
  CLIENT,
  call,
  createAgency,
  lastEmailCode,
  lastMessage,
  lastPhoneCode,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';

const V = `${CLIENT}/verification`;
const INVALID_CODE = { code: ['The verification code is invalid or expired.'] };

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

function post(agency: TestAgency, token: string, path: string, body?: unknown) {
  return call(t, { method: 'POST', url: `${V}/${path}`, agency, token, body });
}

async function clientRow(id: number) {
  const [row] = await t.deps.database.db.select().from(clients).where(eq(clients.id, id));
  assert.ok(row, `client ${id} exists`);
  return row;
}

async function codeRows(clientId: number, channel: VerificationChannel) {
  return t.deps.database.db
    .select()
    .from(verificationCodes)
    .where(and(eq(verificationCodes.clientId, clientId), eq(verificationCodes.channel, channel)))
    .orderBy(asc(verificationCodes.id));
}

/** A 6-digit code that is not `code` (so it is certainly wrong). */
function wrongDigits(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

describe('GET /verification/status', () => {
  it('shows both channels unverified after registration, with the agency in meta', async () => {
    const agency = await createAgency(t);
    const { token, input } = await registerClient(t, agency);

    const body = expectOk(await call(t, { url: `${V}/status`, agency, token }), 200, 'Verification status retrieved');
    assert.deepEqual(body.data, {
      phone: { number: input.phone, verified: false, verified_at: null },
      email: { address: input.email, verified: false, verified_at: null },
    });
    assert.deepEqual(body.meta, { agency_id: agency.agency.id, agency_code: agency.agency.code });
  });

  it('shows the verified phone with its timestamp, the email still unverified', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    expectOk(
      await post(agency, token, 'verify-phone', { code: await lastPhoneCode(t, input.phone) }),
      200,
      'Phone verified successfully',
    );

    const body = expectOk(await call(t, { url: `${V}/status`, agency, token }), 200, 'Verification status retrieved');
    const row = await clientRow(user.id);
    assert.ok(row.phoneVerifiedAt);
    assert.deepEqual(body.data, {
      phone: {
        number: input.phone,
        verified: true,
        verified_at: row.phoneVerifiedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
      email: { address: input.email, verified: false, verified_at: null },
    });
  });

  it('requires a bearer token', async () => {
    const agency = await createAgency(t);
    expectError(await call(t, { url: `${V}/status`, agency }), 401, 'Unauthenticated');
  });
});

describe('codes sent at registration', () => {
  it('sends a 6-digit SMS code and a 6-character lowercase alphanumeric email code, stored hashed', async () => {
    const agency = await createAgency(t);
    const registeredAt = t.clock.now();
    const { input, user } = await registerClient(t, agency);

    const sms = await lastMessage(t, input.phone);
    assert.equal(sms.kind, 'verification_phone');
    const phoneCode = /verification code is (\d+)\./.exec(sms.body)?.[1];
    assert.match(phoneCode ?? '', /^\d{6}$/);

    const mail = await lastMessage(t, input.email);
    assert.equal(mail.kind, 'verification_email');
    const emailCode = /verification code is: (\S+)\n/.exec(mail.body)?.[1];
    assert.match(emailCode ?? '', /^[a-z0-9]{6}$/);

    const [phoneRow, ...morePhone] = await codeRows(user.id, 'phone');
    const [emailRow, ...moreEmail] = await codeRows(user.id, 'email');
    assert.equal(morePhone.length + moreEmail.length, 0, 'one code per channel');
    assert.ok(phoneRow && emailRow);
    assert.equal(phoneRow.destination, input.phone);
    assert.equal(emailRow.destination, input.email);
    assert.equal(phoneRow.expiresAt.getTime(), registeredAt.getTime() + 10 * 60_000);
    assert.equal(emailRow.expiresAt.getTime(), registeredAt.getTime() + 24 * 3_600_000);
    assert.ok(!phoneRow.codeHash.includes(phoneCode!), 'the SMS code is not stored in clear');
    assert.ok(!emailRow.codeHash.includes(emailCode!), 'the email code is not stored in clear');
  });
});

describe('POST /verification/verify-phone', () => {
  it('verifies the phone with the SMS code and stores the time', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastPhoneCode(t, input.phone);
    t.clock.advanceMinutes(2);
    const verifiedAt = t.clock.now();

    const body = expectOk(await post(agency, token, 'verify-phone', { code }), 200, 'Phone verified successfully');
    const expectedAt = verifiedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    assert.deepEqual(body.data, { phone: input.phone, verified_at: expectedAt });
    assert.deepEqual(body.meta, { agency_id: agency.agency.id, agency_code: agency.agency.code });

    const row = await clientRow(user.id);
    assert.equal(row.phoneVerifiedAt?.getTime(), verifiedAt.getTime());
    assert.equal(row.emailVerifiedAt, null, 'the email stays unverified');
    const [codeRow] = await codeRows(user.id, 'phone');
    assert.equal(codeRow?.usedAt?.getTime(), verifiedAt.getTime(), 'the code is marked used');
  });

  it('rejects a wrong code with 422 and leaves the phone unverified', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastPhoneCode(t, input.phone);

    expectError(
      await post(agency, token, 'verify-phone', { code: wrongDigits(code) }),
      422,
      'Invalid verification code',
      INVALID_CODE,
    );
    assert.equal((await clientRow(user.id)).phoneVerifiedAt, null);
    const [codeRow] = await codeRows(user.id, 'phone');
    assert.equal(codeRow?.attempts, 1, 'the wrong attempt is counted');
  });

  it('requires the code field', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);

    expectError(await post(agency, token, 'verify-phone', {}), 422, 'Validation failed', {
      code: ['The code field is required.'],
    });
    expectError(await post(agency, token, 'verify-phone', { code: '  ' }), 422, 'Validation failed', {
      code: ['The code field is required.'],
    });
    assert.equal((await clientRow(user.id)).phoneVerifiedAt, null);
  });

  it('rejects a code that is not a string', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastPhoneCode(t, input.phone);

    expectError(await post(agency, token, 'verify-phone', { code: Number(code) }), 422, 'Validation failed', {
      code: ['The code must be a string.'],
    });
    assert.equal((await clientRow(user.id)).phoneVerifiedAt, null);
  });

  it('accepts the SMS code 9 minutes after it was sent', async () => {
    const agency = await createAgency(t);
    const { token, input } = await registerClient(t, agency);
    const code = await lastPhoneCode(t, input.phone);
    t.clock.advanceMinutes(9);

    expectOk(await post(agency, token, 'verify-phone', { code }), 200, 'Phone verified successfully');
  });

  it('rejects the right SMS code once its 10 minutes are over', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastPhoneCode(t, input.phone);
    t.clock.advanceMinutes(11);

    expectError(await post(agency, token, 'verify-phone', { code }), 422, 'Invalid verification code', INVALID_CODE);
    assert.equal((await clientRow(user.id)).phoneVerifiedAt, null);
  });

  it('voids the code after 5 wrong tries: the right code then fails too', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastPhoneCode(t, input.phone);

    for (let i = 0; i < 5; i++) {
      expectError(
        await post(agency, token, 'verify-phone', { code: wrongDigits(code) }),
        422,
        'Invalid verification code',
        INVALID_CODE,
      );
    }
    expectError(await post(agency, token, 'verify-phone', { code }), 422, 'Invalid verification code', INVALID_CODE);

    const [codeRow, ...others] = await codeRows(user.id, 'phone');
    assert.equal(others.length, 0);
    assert.ok(codeRow?.voidedAt, 'the code is voided');
    assert.equal(codeRow.attempts, 5);
    assert.equal(codeRow.usedAt, null);
    assert.equal((await clientRow(user.id)).phoneVerifiedAt, null);
  });

  it('answers 400 once the phone is verified, for verify and for resend', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastPhoneCode(t, input.phone);
    expectOk(await post(agency, token, 'verify-phone', { code }), 200, 'Phone verified successfully');
    const verifiedAt = (await clientRow(user.id)).phoneVerifiedAt;
    assert.ok(verifiedAt);
    t.clock.advanceMinutes(1);

    expectError(await post(agency, token, 'verify-phone', { code }), 400, 'Phone number already verified');
    expectError(await post(agency, token, 'resend-phone'), 400, 'Phone number already verified');

    assert.equal(
      (await clientRow(user.id)).phoneVerifiedAt?.getTime(),
      verifiedAt.getTime(),
      'the verification time is unchanged',
    );
    assert.equal((await codeRows(user.id, 'phone')).length, 1, 'no new code was sent');
  });

  it("does not accept a client's token under another agency's signature", async () => {
    const agencyA = await createAgency(t);
    const agencyB = await createAgency(t);
    const { token, input, user } = await registerClient(t, agencyA);
    const code = await lastPhoneCode(t, input.phone);

    const body = expectError(await post(agencyB, token, 'verify-phone', { code }), 401, 'Unauthenticated');
    assert.deepEqual(body.meta, { agency_id: agencyB.agency.id, agency_code: agencyB.agency.code });
    assert.equal((await clientRow(user.id)).phoneVerifiedAt, null);
    const [codeRow] = await codeRows(user.id, 'phone');
    assert.equal(codeRow?.usedAt, null, 'the code is still unused');

    // The same code still works with the client's own agency.
    expectOk(await post(agencyA, token, 'verify-phone', { code }), 200, 'Phone verified successfully');
  });
});

describe('POST /verification/verify-email', () => {
  it('verifies the email with the emailed code and stores the time', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastEmailCode(t, input.email);
    const verifiedAt = t.clock.now();

    const body = expectOk(await post(agency, token, 'verify-email', { code }), 200, 'Email verified successfully');
    assert.deepEqual(body.data, {
      email: input.email,
      verified_at: verifiedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    const row = await clientRow(user.id);
    assert.equal(row.emailVerifiedAt?.getTime(), verifiedAt.getTime());
    assert.equal(row.phoneVerifiedAt, null, 'the phone stays unverified');
  });

  it('accepts the email code 23 hours after it was sent', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastEmailCode(t, input.email);
    t.clock.advanceMinutes(23 * 60);

    expectOk(await post(agency, token, 'verify-email', { code }), 200, 'Email verified successfully');
    assert.ok((await clientRow(user.id)).emailVerifiedAt);
  });

  it('rejects the email code once its 24 hours are over', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastEmailCode(t, input.email);
    t.clock.advanceMinutes(25 * 60);

    expectError(await post(agency, token, 'verify-email', { code }), 422, 'Invalid verification code', INVALID_CODE);
    assert.equal((await clientRow(user.id)).emailVerifiedAt, null);
  });

  it('accepts the email code in upper case', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastEmailCode(t, input.email);

    expectOk(
      await post(agency, token, 'verify-email', { code: code.toUpperCase() }),
      200,
      'Email verified successfully',
    );
    assert.ok((await clientRow(user.id)).emailVerifiedAt);
  });

  it('rejects a wrong email code', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastEmailCode(t, input.email);
    const wrong = code === 'zzzzzz' ? 'yyyyyy' : 'zzzzzz';

    expectError(
      await post(agency, token, 'verify-email', { code: wrong }),
      422,
      'Invalid verification code',
      INVALID_CODE,
    );
    assert.equal((await clientRow(user.id)).emailVerifiedAt, null);
  });

  it('answers 400 once the email is verified, for verify and for resend', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const code = await lastEmailCode(t, input.email);
    expectOk(await post(agency, token, 'verify-email', { code }), 200, 'Email verified successfully');

    expectError(await post(agency, token, 'verify-email', { code }), 400, 'Email already verified');
    expectError(await post(agency, token, 'resend-email'), 400, 'Email already verified');
    assert.equal((await codeRows(user.id, 'email')).length, 1, 'no new code was sent');
  });
});

describe('POST /verification/resend-phone and /resend-email', () => {
  it('sends a new SMS code and voids the previous one', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const oldCode = await lastPhoneCode(t, input.phone);
    t.clock.advanceMinutes(1);

    const body = expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    assert.deepEqual(body.data, { phone: input.phone, expires_in: 600 });
    const newCode = await lastPhoneCode(t, input.phone);
    const [first, second] = await codeRows(user.id, 'phone');
    assert.ok(first?.voidedAt, 'the first code is voided');
    assert.equal(second?.voidedAt, null);

    // (Codes are random: the old one is only distinguishable when the two differ, 999,999 times in a million.)
    if (oldCode !== newCode) {
      expectError(
        await post(agency, token, 'verify-phone', { code: oldCode }),
        422,
        'Invalid verification code',
        INVALID_CODE,
      );
    }
    expectOk(await post(agency, token, 'verify-phone', { code: newCode }), 200, 'Phone verified successfully');
  });

  it('sends a new email code and voids the previous one', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);
    const oldCode = await lastEmailCode(t, input.email);
    t.clock.advanceMinutes(1);

    const body = expectOk(await post(agency, token, 'resend-email'), 200, 'Verification email sent');
    assert.deepEqual(body.data, { email: input.email });
    const newCode = await lastEmailCode(t, input.email);
    assert.equal((await codeRows(user.id, 'email')).length, 2);

    if (oldCode !== newCode) {
      expectError(
        await post(agency, token, 'verify-email', { code: oldCode }),
        422,
        'Invalid verification code',
        INVALID_CODE,
      );
    }
    expectOk(await post(agency, token, 'verify-email', { code: newCode }), 200, 'Email verified successfully');
  });

  it('allows 3 SMS sends an hour counting registration, then 429 with retry_after, then again after the hour', async () => {
    const agency = await createAgency(t);
    const { token, input, user } = await registerClient(t, agency);

    t.clock.advanceMinutes(5);
    expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    t.clock.advanceMinutes(5);
    expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    const liveCode = await lastPhoneCode(t, input.phone);
    t.clock.advanceMinutes(5);

    const res = await post(agency, token, 'resend-phone');
    const body = expectError(res, 429, 'Too many requests');
    const retry: unknown = body.data?.retry_after;
    assert.ok(
      Number.isInteger(retry) && (retry as number) > 0 && (retry as number) <= 3600,
      `retry_after ${String(retry)}`,
    );
    assert.equal(retry, 45 * 60, 'the registration send leaves the window in 45 minutes');
    assert.equal(res.headers['retry-after'], String(retry));
    assert.equal((await codeRows(user.id, 'phone')).length, 3, 'no fourth code was created');
    assert.equal(await lastPhoneCode(t, input.phone), liveCode, 'no fourth SMS was queued');

    t.clock.advanceMinutes(46);
    expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    const freshCode = await lastPhoneCode(t, input.phone);
    assert.equal((await codeRows(user.id, 'phone')).length, 4);
    expectOk(await post(agency, token, 'verify-phone', { code: freshCode }), 200, 'Phone verified successfully');
  });

  it('keeps the live code usable when a resend is refused', async () => {
    const agency = await createAgency(t);
    const { token, input } = await registerClient(t, agency);
    expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    const liveCode = await lastPhoneCode(t, input.phone);

    const res = await post(agency, token, 'resend-phone');
    const body = expectError(res, 429, 'Too many requests');
    assert.equal(body.data.retry_after, 3600);
    assert.equal(res.headers['retry-after'], '3600');

    expectOk(await post(agency, token, 'verify-phone', { code: liveCode }), 200, 'Phone verified successfully');
  });

  it('limits each channel separately: email resends still work when the phone is exhausted', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);
    expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    expectOk(await post(agency, token, 'resend-phone'), 200, 'Verification code sent');
    expectError(await post(agency, token, 'resend-phone'), 429, 'Too many requests');

    expectOk(await post(agency, token, 'resend-email'), 200, 'Verification email sent');
    expectOk(await post(agency, token, 'resend-email'), 200, 'Verification email sent');
    const res = await post(agency, token, 'resend-email');
    const body = expectError(res, 429, 'Too many requests');
    assert.ok(Number.isInteger(body.data.retry_after) && body.data.retry_after > 0 && body.data.retry_after <= 3600);
    assert.equal(res.headers['retry-after'], String(body.data.retry_after));
    assert.equal((await codeRows(user.id, 'email')).length, 3);
  });
});

describe('send limit under concurrency', () => {
  it('queues at most 3 codes an hour even when resends arrive all at once', async () => {
    const a = await createAgency(t);
    const { token, user } = await registerClient(t, a);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => call(t, { method: 'POST', url: `${V}/resend-phone`, agency: a, token })),
    );
    const codes = results.map((r) => r.statusCode);
    assert.equal(codes.filter((c) => c === 200).length, 2, codes.join(','));
    assert.equal(codes.filter((c) => c === 429).length, 6, codes.join(','));
    const rows = await t.deps.database.db
      .select()
      .from(verificationCodes)
      .where(and(eq(verificationCodes.clientId, user.id), eq(verificationCodes.channel, 'phone')));
    assert.equal(rows.length, 3);
  });
});
