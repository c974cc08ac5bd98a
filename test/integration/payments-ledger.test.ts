/**
 * The money ledger (PaymentsService: intend / execute / reconcile) against a real database, with the
 * fake provider held by the test (fault injection, its ledger of operations), the official Stripe SDK
 * against the loopback stand-in of Stripe's REST API, and `daakey payments:reconcile` as an operator
 * runs it (a child process on the same database).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { testConfig } from '../../src/config.js';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { clients, payments, type ClientRow, type PaymentMethodRow, type PaymentRow } from '../../src/db/schema.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { AppError } from '../../src/errors.js';
import { ManualClock } from '../../src/lib/clock.js';
import type { Agency } from '../../src/modules/agencies/agencies.service.js';
import { PaymentMethodsRepository } from '../../src/modules/payments/payment-methods.repository.js';
import { PaymentsRepository } from '../../src/modules/payments/payments.repository.js';
import { type PaymentIntent, providerKey, type ReconcileReport } from '../../src/modules/payments/payments.service.js';
import { FakePaymentProvider } from '../../src/providers/payments/fake.payments.js';
import type {
  AuthorizeInput,
  OperationKind,
  ProviderOperation,
} from '../../src/providers/payments/payment.provider.js';
import { StripePaymentProvider } from '../../src/providers/payments/stripe.payments.js';
import { createAgency, makeTestApp, TEST_DATABASE_URL, type TestApp, uniq } from '../helpers/app.js';
import { type RequestMatch, StripeStandin } from '../helpers/stripe-standin.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SLOW = { timeout: 180_000 };

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

const EMPTY_REPORT: ReconcileReport = {
  confirmed: 0,
  retried: 0,
  failed: 0,
  orphansReleased: 0,
  orphansRecorded: 0,
  stillPending: 0,
};

function report(partial: Partial<ReconcileReport>): ReconcileReport {
  return { ...EMPTY_REPORT, ...partial };
}

// ---------------------------------------------------------------------------------------------
// A world: one app (its own database), an agency, a client and a saved card

interface World {
  deps: Deps;
  clock: ManualClock;
  agency: Agency;
  client: ClientRow;
  card: PaymentMethodRow;
  /** Before anything happened: the `since` of reconciliation. */
  start: Date;
}

interface FakeWorld extends World {
  fake: FakePaymentProvider;
  t: TestApp;
}

async function insertClient(deps: Deps, agency: Agency): Promise<ClientRow> {
  const tag = uniq().toLowerCase();
  const now = deps.clock.now();
  const [row] = await deps.database.db
    .insert(clients)
    .values({
      agencyId: agency.id,
      name: 'Pat Payer',
      email: `pat.${tag}@example.com`,
      phone: `+1555${tag.slice(-7).replace(/\D/g, '0').padStart(7, '0')}`,
      passwordHash: 'not-a-real-hash',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

/** A fresh app (reconcile scans the whole database and the provider's whole ledger). */
async function fakeWorld(
  currency = 'EUR',
  make: (clock: ManualClock) => FakePaymentProvider = (clock) => new FakePaymentProvider(clock),
): Promise<FakeWorld> {
  const clock = new ManualClock(new Date());
  const fake = make(clock);
  const t = await makeTestApp({ clock, overrides: { paymentProvider: fake } });
  cleanups.push(() => t.close());
  const start = new Date(clock.now().getTime() - 60_000);
  const { agency } = await createAgency(t, { currency });
  const client = await insertClient(t.deps, agency);
  const card = await t.deps.paymentMethods.add(agency, client, 'pm_card_visa', false);
  return { deps: t.deps, clock, agency, client, card, start, fake, t };
}

function intend(w: World, p: Omit<PaymentIntent, 'agency'>, agency: Agency = w.agency): Promise<PaymentRow> {
  return w.deps.database.db.transaction((tx) => w.deps.payments.intend(tx, { agency, ...p }));
}

/** A pending capture, release or refund of `parent`, keyed `<parent key>:<suffix>` (default: the kind). */
function followUp(
  w: World,
  parent: PaymentRow,
  kind: 'capture' | 'release' | 'refund',
  amountMinor: number,
  suffix: string = kind,
): Promise<PaymentRow> {
  return intend(w, { clientId: w.client.id, kind, amountMinor, key: `${parent.idempotencyKey}:${suffix}`, parent });
}

function authorization(w: World, amountMinor: number, key = `booking:${uniq()}:authorize`) {
  return intend(w, { clientId: w.client.id, kind: 'authorization', amountMinor, key, paymentMethodId: w.card.id });
}

async function row(w: World, id: number): Promise<PaymentRow> {
  const [r] = await w.deps.database.db.select().from(payments).where(eq(payments.id, id));
  assert.ok(r, `payment ${id} exists`);
  return r;
}

async function allRows(w: World): Promise<PaymentRow[]> {
  return w.deps.database.db.select().from(payments).where(eq(payments.agencyId, w.agency.id)).orderBy(payments.id);
}

function reconcile(w: World, olderThanSeconds = 0): Promise<ReconcileReport> {
  return w.deps.payments.reconcile({ since: w.start, olderThanSeconds });
}

function isAppError(code: string, data?: Record<string, unknown>) {
  return (err: unknown) => {
    assert.ok(err instanceof AppError, `an AppError, got ${String(err)}`);
    assert.equal(err.code, code);
    if (data) assert.deepEqual(err.data, data);
    return true;
  };
}

function ops(fake: FakePaymentProvider, kind?: string) {
  return fake.operations().filter((o) => !kind || o.kind === kind);
}

/** An authorized hold of `amount` (the row settled succeeded). */
async function authorized(w: World, amount = 10_000): Promise<PaymentRow> {
  const auth = await authorization(w, amount);
  const settled = await w.deps.payments.execute(w.agency, auth);
  assert.equal(settled.status, 'succeeded');
  return settled;
}

// ---------------------------------------------------------------------------------------------

describe('intend and execute', () => {
  it('authorizes, captures part and refunds part, each a row of its own under the authorization', async () => {
    const w = await fakeWorld('EUR');
    const key = `booking:${uniq()}:authorize`;
    const auth = await intend(w, {
      clientId: w.client.id,
      kind: 'authorization',
      amountMinor: 12_345,
      key,
      paymentMethodId: w.card.id,
      bookingId: 41,
    });
    assert.equal(auth.status, 'pending');
    assert.equal(auth.amountMinor, 12_345);
    assert.equal(auth.currency, 'EUR', 'the agency’s currency');
    assert.equal(auth.provider, 'fake');
    assert.equal(auth.providerReference, null);
    assert.equal(auth.parentId, null);
    assert.equal(auth.idempotencyKey, key);
    assert.equal(w.fake.operations().length, 0, 'intend alone moves nothing');

    const held = await w.deps.payments.execute(w.agency, auth);
    assert.equal(held.id, auth.id);
    assert.equal(held.status, 'succeeded');
    assert.match(held.providerReference ?? '', /^pi_fake_/);
    assert.equal(held.amountMinor, 12_345);
    assert.deepEqual(await row(w, auth.id), held);
    const [op] = ops(w.fake, 'authorization');
    assert.equal(op!.reference, held.providerReference);
    assert.equal(
      op!.idempotencyKey,
      providerKey({ agencyId: w.agency.id, idempotencyKey: key }),
      'the provider sees the key under the agency',
    );
    assert.equal(op!.amountMinor, 12_345);
    assert.equal(op!.currency, 'eur');
    assert.deepEqual(op!.tags, { agencyId: w.agency.id, clientId: w.client.id });
    assert.equal(op!.open, true);

    const capture = await intend(w, {
      clientId: w.client.id,
      kind: 'capture',
      amountMinor: 10_000,
      key: `${key}:capture`,
      parent: held,
    });
    assert.equal(capture.status, 'pending');
    assert.equal(capture.parentId, held.id);
    assert.equal(capture.providerReference, held.providerReference, 'acts on the hold');
    assert.equal(capture.paymentMethodId, w.card.id);
    assert.equal(capture.bookingId, 41);
    assert.equal(capture.currency, 'EUR');
    const captured = await w.deps.payments.execute(w.agency, capture);
    assert.equal(captured.status, 'succeeded');
    assert.equal(captured.amountMinor, 10_000);
    assert.equal(ops(w.fake, 'capture').length, 1);
    assert.equal(ops(w.fake, 'capture')[0]!.amountMinor, 10_000);
    assert.equal(ops(w.fake, 'authorization')[0]!.open, false);

    const refund = await intend(w, {
      clientId: w.client.id,
      kind: 'refund',
      amountMinor: 2_500,
      key: `${key}:refund`,
      parent: held,
    });
    assert.equal(refund.parentId, held.id);
    const refunded = await w.deps.payments.execute(w.agency, refund);
    assert.equal(refunded.status, 'succeeded');
    assert.match(refunded.providerReference ?? '', /^re_fake_/);
    assert.equal(refunded.amountMinor, 2_500);
    assert.equal(ops(w.fake, 'refund').length, 1);
    assert.equal(ops(w.fake, 'refund')[0]!.reference, refunded.providerReference);

    const repo = new PaymentsRepository();
    assert.deepEqual(
      (await repo.children(w.deps.database.db, w.agency.id, held.id)).map((r) => [r.kind, r.amountMinor, r.status]),
      [
        ['capture', 10_000, 'succeeded'],
        ['refund', 2_500, 'succeeded'],
      ],
    );
  });

  it('keeps amounts as integer minor units in a bigint column', async () => {
    const w = await fakeWorld('USD');
    const big = await authorization(w, 3_000_000_000); // > 2^31: fits only a bigint
    assert.equal((await row(w, big.id)).amountMinor, 3_000_000_000);
    const session = await w.deps.database.session();
    try {
      const [col] = await session.query<{ data_type: string }>(
        `SELECT data_type FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = 'payments' AND column_name = 'amount_minor'`,
      );
      assert.equal(col?.data_type, 'bigint');
      const [raw] = await session.query<{ amount: string; currency: string }>(
        'SELECT amount_minor::text AS amount, currency FROM payments WHERE id = $1',
        [big.id],
      );
      assert.deepEqual(raw, { amount: '3000000000', currency: 'USD' });
    } finally {
      await session.release();
    }
  });

  it('is idempotent: the same key gives the same row, a settled row is not executed again', async () => {
    const w = await fakeWorld();
    const key = `booking:${uniq()}:authorize`;
    const first = await authorization(w, 5_000, key);
    const again = await authorization(w, 9_999, key);
    assert.equal(again.id, first.id);
    assert.equal(again.amountMinor, 5_000, 'the first intent stands');

    const settled = await w.deps.payments.execute(w.agency, first);
    const count = w.fake.operations().length;
    assert.deepEqual(await w.deps.payments.execute(w.agency, settled), settled);
    assert.deepEqual(await w.deps.payments.execute(w.agency, await row(w, first.id)), settled);
    assert.equal(w.fake.operations().length, count, 'no second call to the provider');

    const third = await authorization(w, 5_000, key);
    assert.deepEqual(third, settled, 'intend after settlement returns the settled row');
    assert.equal((await allRows(w)).length, 1);
  });

  it('moves the money once when the same pending row is executed again from a stale copy', async () => {
    const w = await fakeWorld();
    const auth = await authorization(w, 4_000);
    const settled = await w.deps.payments.execute(w.agency, auth);
    const again = await w.deps.payments.execute(w.agency, auth); // `auth` still says pending
    assert.equal(again.providerReference, settled.providerReference);
    assert.equal(ops(w.fake, 'authorization').length, 1, 'the provider replayed the first outcome');
  });
});

describe('declines', () => {
  it('settles the row failed with the decline code and throws PAYMENT_DECLINED (insufficient funds)', async () => {
    const w = await fakeWorld();
    // The fake lets a decline card be saved (decision 38); charging it fails.
    const declining = await w.deps.paymentMethods.add(
      w.agency,
      w.client,
      'pm_card_chargeDeclinedInsufficientFunds',
      false,
    );
    assert.equal(declining.lastFour, '9995');
    const auth = await intend(w, {
      clientId: w.client.id,
      kind: 'authorization',
      amountMinor: 7_500,
      key: `booking:${uniq()}:authorize`,
      paymentMethodId: declining.id,
    });
    await assert.rejects(
      w.deps.payments.execute(w.agency, auth),
      isAppError('PAYMENT_DECLINED', { reason: 'insufficient_funds' }),
    );
    const failed = await row(w, auth.id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.failureCode, 'insufficient_funds');
    assert.match(failed.failureMessage ?? '', /insufficient funds/);
    assert.equal(failed.providerReference, null);
    const [op] = ops(w.fake, 'authorization');
    assert.equal(op!.status, 'failed');
    assert.equal(op!.open, false);

    // A failed row is settled: executing it again does nothing.
    const count = w.fake.operations().length;
    assert.deepEqual(await w.deps.payments.execute(w.agency, failed), failed);
    assert.equal(w.fake.operations().length, count);
  });

  it('declines a saved card that attaches but fails every charge (pm_card_chargeCustomerFail)', async () => {
    const w = await fakeWorld();
    const card = await w.deps.paymentMethods.add(w.agency, w.client, 'pm_card_chargeCustomerFail', true);
    const auth = await intend(w, {
      clientId: w.client.id,
      kind: 'authorization',
      amountMinor: 1_000,
      key: `booking:${uniq()}:authorize`,
      paymentMethodId: card.id,
    });
    await assert.rejects(
      w.deps.payments.execute(w.agency, auth),
      isAppError('PAYMENT_DECLINED', { reason: 'generic_decline' }),
    );
    assert.equal((await row(w, auth.id)).failureCode, 'generic_decline');
  });

  it('declines an authorization without a payment method, without calling the provider', async () => {
    const w = await fakeWorld();
    const auth = await intend(w, {
      clientId: w.client.id,
      kind: 'authorization',
      amountMinor: 1_000,
      key: `booking:${uniq()}:authorize`,
    });
    await assert.rejects(
      w.deps.payments.execute(w.agency, auth),
      isAppError('PAYMENT_DECLINED', { reason: 'payment_method_missing' }),
    );
    assert.equal((await row(w, auth.id)).status, 'failed');
    assert.equal(w.fake.operations().length, 0);
  });
});

describe('reconcile', () => {
  it('carries out a capture the provider never received (unavailable), once old enough', async () => {
    const w = await fakeWorld();
    const held = await authorized(w, 10_000);
    w.fake.failNext('capture', 'unavailable');
    const capture = await followUp(w, held, 'capture', 8_000);
    await assert.rejects(w.deps.payments.execute(w.agency, capture), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.equal((await row(w, capture.id)).status, 'pending');
    assert.equal(ops(w.fake, 'capture').length, 0);

    // Younger than the threshold: left alone.
    assert.deepEqual(await reconcile(w, 300), EMPTY_REPORT);
    assert.equal((await row(w, capture.id)).status, 'pending');

    w.clock.advanceSeconds(301);
    assert.deepEqual(await reconcile(w, 300), report({ retried: 1 }));
    const done = await row(w, capture.id);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.amountMinor, 8_000);
    assert.equal(done.providerReference, held.providerReference);
    assert.ok(done.reconciledAt, 'marked reconciled');
    assert.equal(ops(w.fake, 'capture').length, 1);

    assert.deepEqual(await reconcile(w), EMPTY_REPORT, 'nothing left to do');
  });

  it('confirms a capture whose reply was lost, without capturing twice', async () => {
    const w = await fakeWorld();
    const held = await authorized(w, 10_000);
    w.fake.failNext('capture', 'lost-reply');
    const capture = await followUp(w, held, 'capture', 6_000);
    await assert.rejects(w.deps.payments.execute(w.agency, capture), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.equal((await row(w, capture.id)).status, 'pending');
    assert.equal(ops(w.fake, 'capture').length, 1, 'the provider did capture');

    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    const done = await row(w, capture.id);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.amountMinor, 6_000);
    assert.ok(done.reconciledAt);
    assert.equal(ops(w.fake, 'capture').length, 1, 'captured once');
  });

  it('confirms an authorization whose reply was lost, and does not take its hold for an orphan', async () => {
    const w = await fakeWorld();
    w.fake.failNext('authorization', 'lost-reply');
    const auth = await authorization(w, 3_300);
    await assert.rejects(w.deps.payments.execute(w.agency, auth), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.equal((await row(w, auth.id)).status, 'pending');

    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    const done = await row(w, auth.id);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.providerReference, ops(w.fake, 'authorization')[0]!.reference);
    assert.equal(ops(w.fake, 'authorization')[0]!.open, true, 'the hold stays for its booking');
    assert.equal(ops(w.fake, 'release').length, 0);
    assert.equal((await allRows(w)).length, 1);
  });

  it('fails a pending authorization the provider never saw', async () => {
    const w = await fakeWorld();
    w.fake.failNext('authorization', 'unavailable');
    const lost = await authorization(w, 2_000);
    await assert.rejects(w.deps.payments.execute(w.agency, lost), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    const neverRun = await authorization(w, 2_500); // a crash between intend and execute

    assert.deepEqual(await reconcile(w), report({ failed: 2 }));
    for (const id of [lost.id, neverRun.id]) {
      const r = await row(w, id);
      assert.equal(r.status, 'failed');
      assert.equal(r.failureCode, 'not_found_at_provider');
      assert.ok(r.reconciledAt);
    }
    assert.equal(w.fake.operations().length, 0, 'nothing was authorized');
  });

  it('releases a hold whose row never committed, and records it', async () => {
    const w = await fakeWorld();
    const key = `booking:${uniq()}:authorize`;
    // The hold is placed, then the process dies before the booking's transaction commits.
    const hold = await w.fake.authorize({
      customerId: w.client.paymentCustomerId ?? (await customerOf(w)),
      paymentMethodId: w.card.providerId,
      amountMinor: 5_000,
      currency: 'EUR',
      idempotencyKey: `daakey:${w.agency.id}:${key}`,
      tags: { agencyId: w.agency.id, clientId: w.client.id },
    });
    assert.equal(ops(w.fake, 'authorization')[0]!.open, true);

    assert.deepEqual(await reconcile(w), report({ orphansReleased: 1 }));
    const [auth, release] = await allRows(w);
    assert.equal(auth!.kind, 'authorization');
    assert.equal(auth!.status, 'succeeded');
    assert.equal(auth!.idempotencyKey, key);
    assert.equal(auth!.providerReference, hold.reference);
    assert.equal(auth!.amountMinor, 5_000);
    assert.equal(auth!.currency, 'EUR');
    assert.equal(auth!.clientId, w.client.id);
    assert.ok(auth!.reconciledAt);
    assert.equal(release!.kind, 'release');
    assert.equal(release!.status, 'succeeded');
    assert.equal(release!.parentId, auth!.id);
    assert.equal(release!.providerReference, hold.reference);
    assert.equal(release!.amountMinor, 5_000);
    assert.equal(release!.idempotencyKey, `${key}:orphan-release`);
    assert.equal(ops(w.fake, 'authorization')[0]!.open, false, 'the hold is no longer open');
    assert.equal(ops(w.fake, 'release').length, 1);

    assert.deepEqual(await reconcile(w), EMPTY_REPORT, 'once');
    assert.equal((await allRows(w)).length, 2);
    assert.equal(ops(w.fake, 'release').length, 1);
  });

  it('records a refund made at the provider without a row, under its authorization', async () => {
    const w = await fakeWorld();
    const held = await authorized(w, 9_000);
    const capture = await followUp(w, held, 'capture', 9_000);
    await w.deps.payments.execute(w.agency, capture);
    const key = `${held.idempotencyKey}:refund`;
    const refund = await w.fake.refund({
      reference: held.providerReference!,
      amountMinor: 1_500,
      idempotencyKey: `daakey:${w.agency.id}:${key}`,
      tags: { agencyId: w.agency.id, clientId: w.client.id },
    });

    assert.deepEqual(await reconcile(w), report({ orphansRecorded: 1 }));
    const recorded = (await allRows(w)).find((r) => r.idempotencyKey === key);
    assert.ok(recorded);
    assert.equal(recorded.kind, 'refund');
    assert.equal(recorded.status, 'succeeded');
    assert.equal(recorded.parentId, held.id);
    assert.equal(recorded.providerReference, refund.reference);
    assert.equal(recorded.amountMinor, 1_500);
  });

  it('ignores provider operations older than `since`', async () => {
    const w = await fakeWorld();
    await w.fake.authorize({
      customerId: await customerOf(w),
      paymentMethodId: w.card.providerId,
      amountMinor: 5_000,
      currency: 'EUR',
      idempotencyKey: `daakey:${w.agency.id}:booking:${uniq()}:authorize`,
      tags: { agencyId: w.agency.id, clientId: w.client.id },
    });
    w.clock.advanceMinutes(10);
    const report0 = await w.deps.payments.reconcile({ since: w.clock.now(), olderThanSeconds: 0 });
    assert.deepEqual(report0, EMPTY_REPORT);
    assert.equal(ops(w.fake, 'authorization')[0]!.open, true);
  });
});

async function customerOf(w: World): Promise<string> {
  const [c] = await w.deps.database.db.select().from(clients).where(eq(clients.id, w.client.id));
  return c!.paymentCustomerId!;
}

describe('settlement hooks', () => {
  it('run inside the settling transaction, with the settled row', async () => {
    const w = await fakeWorld();
    const seen: Array<{ id: number; status: string; inTx: string | undefined }> = [];
    w.deps.payments.onSettled(async (tx, payment) => {
      // What the transaction sees: the row already settled.
      const [inside] = await tx.select().from(payments).where(eq(payments.id, payment.id));
      seen.push({ id: payment.id, status: payment.status, inTx: inside?.status });
      // A follow-up written in the same transaction (as bookings do).
      if (payment.kind === 'authorization' && payment.status === 'succeeded') {
        await w.deps.payments.intend(tx, {
          agency: w.agency,
          clientId: payment.clientId,
          kind: 'capture',
          amountMinor: payment.amountMinor,
          key: `${payment.idempotencyKey}:hook-capture`,
          parent: payment,
        });
      }
    });
    const auth = await authorization(w, 2_000);
    const settled = await w.deps.payments.execute(w.agency, auth);
    assert.deepEqual(seen, [{ id: auth.id, status: 'succeeded', inTx: 'succeeded' }]);
    const follow = (await allRows(w)).find((r) => r.idempotencyKey === `${auth.idempotencyKey}:hook-capture`);
    assert.ok(follow, 'the hook’s write committed with the settlement');
    assert.equal(follow.parentId, settled.id);
    assert.equal(follow.providerReference, settled.providerReference);

    // Declines are settlements too.
    w.fake.failNext('authorization', 'unavailable');
    const other = await authorization(w, 1_000);
    await assert.rejects(w.deps.payments.execute(w.agency, other), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.equal(seen.length, 1, 'no settlement, no hook');
    await reconcile(w);
    assert.deepEqual(seen.at(-1), { id: other.id, status: 'failed', inTx: 'failed' });
  });

  it('leave the row pending and nothing half-written when they throw; reconciliation settles it later', async () => {
    const w = await fakeWorld();
    let broken = true;
    const calls: number[] = [];
    w.deps.payments.onSettled(async (tx, payment) => {
      calls.push(payment.id);
      await w.deps.payments.intend(tx, {
        agency: w.agency,
        clientId: payment.clientId,
        kind: 'capture',
        amountMinor: payment.amountMinor,
        key: `${payment.idempotencyKey}:hook-capture`,
        parent: payment,
      });
      if (broken) throw new Error('booking update failed');
    });
    const auth = await authorization(w, 2_000);
    await assert.rejects(w.deps.payments.execute(w.agency, auth), /booking update failed/);
    const after = await allRows(w);
    assert.deepEqual(
      after.map((r) => [r.id, r.status, r.providerReference]),
      [[auth.id, 'pending', null]],
      'neither the settlement nor the hook’s write was kept',
    );
    assert.equal(ops(w.fake, 'authorization').length, 1, 'the provider did authorize');

    broken = false;
    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    const rows = await allRows(w);
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.status, 'succeeded');
    assert.equal(rows[0]!.providerReference, ops(w.fake, 'authorization')[0]!.reference);
    assert.equal(rows[1]!.idempotencyKey, `${auth.idempotencyKey}:hook-capture`);
    assert.equal(ops(w.fake, 'authorization').length, 1, 'authorized once');
    assert.deepEqual(calls, [auth.id, auth.id], 'the hook ran for the failed settlement and for the reconciled one');
  });

  it('run once per payment when two executes of the same pending row race', async () => {
    const w = await fakeWorld();
    const calls: number[] = [];
    w.deps.payments.onSettled(async (_tx, payment) => {
      calls.push(payment.id);
    });
    const auth = await authorization(w, 2_000);
    const results = await Promise.allSettled([
      w.deps.payments.execute(w.agency, auth),
      w.deps.payments.execute(w.agency, auth),
    ]);
    assert.ok(results.some((r) => r.status === 'fulfilled'));
    assert.equal(ops(w.fake, 'authorization').length, 1, 'the provider authorized once');
    assert.deepEqual(calls, [auth.id], 'the settlement hook ran once for the payment');
  });
});

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** The fake, with points where a test can hold an operation (a slow network), without sleeping. */
class GatedFake extends FakePaymentProvider {
  holdAuthorize: Promise<void> | undefined;
  authorizeReached = gate();
  holdFindResult: Promise<void> | undefined;
  findReached = gate();
  override async authorize(input: AuthorizeInput) {
    this.authorizeReached.open();
    if (this.holdAuthorize) await this.holdAuthorize;
    return super.authorize(input);
  }
  override async findOperation(
    kind: OperationKind,
    key: string,
    authorizationReference: string | null,
    account?: string,
  ): Promise<ProviderOperation | null> {
    const found = await super.findOperation(kind, key, authorizationReference, account);
    this.findReached.open();
    if (this.holdFindResult) await this.holdFindResult;
    return found;
  }
}

describe('a row is settled once', () => {
  it('a reconcile that asked the provider before the hold was placed does not fail the row execute settled', async () => {
    let gated!: GatedFake;
    const w = await fakeWorld('EUR', (clock) => (gated = new GatedFake(clock)));
    const settlements: string[] = [];
    w.deps.payments.onSettled(async (_tx, payment) => {
      settlements.push(payment.status);
    });
    const auth = await authorization(w, 2_000);

    // execute() is on its way to the provider (slow network) ...
    const network = gate();
    gated.holdAuthorize = network.promise;
    const executing = w.deps.payments.execute(w.agency, auth);
    await gated.authorizeReached.promise;
    // ... while an operator runs `payments:reconcile --older-than 0`: the provider has nothing under the key yet.
    const answer = gate();
    gated.holdFindResult = answer.promise;
    const reconciling = reconcile(w);
    await gated.findReached.promise;
    // The hold is placed and execute() settles the row succeeded ...
    network.open();
    const settled = await executing;
    assert.equal(settled.status, 'succeeded');
    // ... then reconciliation acts on its stale answer.
    answer.open();
    await reconciling;

    const hold = ops(w.fake, 'authorization')[0]!;
    assert.equal(hold.open, true, 'the money is held at the provider');
    const final = await row(w, auth.id);
    assert.equal(final.status, 'succeeded', 'the row must not say failed while its hold is open at the provider');
    assert.equal(final.providerReference, hold.reference);
    assert.deepEqual(settlements, ['succeeded'], 'settled once');
  });
});

describe('tenancy', () => {
  it('rows of one agency are not visible through the repositories with another agency’s id', async () => {
    const w = await fakeWorld();
    const { agency: other } = await createAgency(w.t);
    const held = await authorized(w, 1_000);
    const capture = await followUp(w, held, 'capture', 1_000);
    const db = w.deps.database.db;
    const repo = new PaymentsRepository();

    assert.ok(await repo.find(db, w.agency.id, held.id));
    assert.equal(await repo.find(db, other.id, held.id), undefined);
    assert.equal(await repo.findByKey(db, other.id, held.idempotencyKey), undefined);
    assert.equal(await repo.findAuthorization(db, other.id, held.providerReference!), undefined);
    assert.deepEqual(await repo.children(db, other.id, held.id), []);
    assert.deepEqual([...(await repo.existingKeys(db, other.id, [held.idempotencyKey]))], []);
    assert.deepEqual([...(await repo.existingKeys(db, w.agency.id, [held.idempotencyKey]))], [held.idempotencyKey]);
    assert.equal(
      await repo.settle(db, other.id, capture.id, { status: 'failed', now: w.clock.now() }),
      undefined,
      'settle with the wrong agency touches nothing',
    );
    assert.equal((await row(w, capture.id)).status, 'pending');

    const methods = new PaymentMethodsRepository();
    assert.equal(await methods.find(db, other.id, w.client.id, w.card.id), undefined);
    assert.equal(await methods.findAny(db, other.id, w.card.id), undefined);
    assert.deepEqual(await methods.list(db, other.id, w.client.id), []);
    assert.equal(await methods.customerId(db, other.id, w.client.id), null);

    // The same key in another agency is another row.
    const theirs = await intend(
      w,
      { clientId: null, kind: 'authorization', amountMinor: 1, key: held.idempotencyKey },
      { ...w.agency, id: other.id, currency: other.currency },
    );
    assert.notEqual(theirs.id, held.id);
    assert.equal(theirs.agencyId, other.id);
    assert.equal((await repo.findByKey(db, w.agency.id, held.idempotencyKey))!.id, held.id);
  });
});

// ---------------------------------------------------------------------------------------------
// The Stripe driver (official SDK) against the stand-in

interface StripeWorld extends World {
  standin: StripeStandin;
  provider: StripePaymentProvider;
}

/**
 * Cut the connection of the next request matching: 'before' Stripe processed it (it never happened) or
 * 'after' (the reply is lost). Twice, because the SDK retries a reset connection once even with retries
 * disabled, under the same idempotency key, and the replay would otherwise be answered.
 */
function cut(standin: StripeStandin, match: RequestMatch, when: 'before' | 'after'): void {
  standin.failNext(match, { times: 2, after: when === 'after' });
}

async function stripeWorld(): Promise<StripeWorld> {
  const secretKey = `sk_test_${randomBytes(18).toString('hex')}`;
  const clock = new ManualClock(new Date());
  const standin = new StripeStandin({ secretKey, now: () => clock.now().getTime() });
  await standin.start();
  cleanups.push(() => standin.stop());
  // No SDK retries: a cut connection is one lost request or reply.
  const provider = new StripePaymentProvider({ secretKey, apiBase: standin.baseUrl, maxNetworkRetries: 0, clock });
  const t = await makeTestApp({ clock, overrides: { paymentProvider: provider } });
  cleanups.push(() => t.close());
  const start = new Date(clock.now().getTime() - 60_000);
  const { agency } = await createAgency(t, { currency: 'EUR' });
  const client = await insertClient(t.deps, agency);
  const card = await t.deps.paymentMethods.add(agency, client, 'pm_card_visa', false);
  return { deps: t.deps, clock, agency, client, card, start, standin, provider };
}

describe('reconcile with the Stripe driver', () => {
  it('confirms a lost authorization reply by searching the PaymentIntents by metadata', async () => {
    const w = await stripeWorld();
    const auth = await authorization(w, 4_200);
    cut(w.standin, { method: 'POST', path: '/v1/payment_intents' }, 'after');
    await assert.rejects(w.deps.payments.execute(w.agency, auth), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.equal((await row(w, auth.id)).status, 'pending');
    const [pi] = w.standin.paymentIntents();
    assert.equal(pi!['status'], 'requires_capture', 'Stripe placed the hold');
    assert.deepEqual(pi!['metadata'], {
      daakey_key: providerKey(auth),
      daakey_agency: String(w.agency.id),
      daakey_client: String(w.client.id),
    });

    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    const done = await row(w, auth.id);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.providerReference, pi!['id']);
    assert.equal(done.amountMinor, 4_200);
    const searches = w.standin.requestsTo('/v1/payment_intents/search', 'GET');
    assert.ok(
      searches.some((r) => r.query.get('query') === `metadata['daakey_key']:'${providerKey(auth)}'`),
      'searched by our key',
    );
    assert.equal(w.standin.paymentIntents().length, 1, 'no second PaymentIntent');
    assert.equal(w.standin.paymentIntent(pi!['id'] as string)!['status'], 'requires_capture', 'not released');
  });

  it('finds the authorization by listing when the search index lags', async () => {
    const w = await stripeWorld();
    w.standin.searchLagSeconds = 3600;
    const auth = await authorization(w, 1_100);
    cut(w.standin, { method: 'POST', path: '/v1/payment_intents' }, 'after');
    await assert.rejects(w.deps.payments.execute(w.agency, auth), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));

    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    assert.equal((await row(w, auth.id)).providerReference, w.standin.paymentIntents()[0]!['id']);
  });

  it('confirms a lost capture reply without capturing again, and carries out one that never arrived', async () => {
    const w = await stripeWorld();
    const held = await authorized(w, 10_000);
    cut(w.standin, { method: 'POST', path: /\/capture$/ }, 'after');
    const capture = await followUp(w, held, 'capture', 7_000);
    await assert.rejects(w.deps.payments.execute(w.agency, capture), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.equal(w.standin.paymentIntent(held.providerReference!)!['status'], 'succeeded');

    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    const done = await row(w, capture.id);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.amountMinor, 7_000);
    assert.equal(
      w.standin.requestsTo(/\/capture$/, 'POST').filter((r) => !r.replayed).length,
      1,
      'captured once (the SDK’s retry was a replay)',
    );

    // A refund that never reached Stripe: carried out now, under the same key.
    cut(w.standin, { method: 'POST', path: '/v1/refunds' }, 'before');
    const refund = await followUp(w, held, 'refund', 2_000);
    await assert.rejects(w.deps.payments.execute(w.agency, refund), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.equal(w.standin.refunds().length, 0);
    assert.deepEqual(await reconcile(w), report({ retried: 1 }));
    const refunded = await row(w, refund.id);
    assert.equal(refunded.status, 'succeeded');
    assert.equal(w.standin.refunds().length, 1);
    assert.equal(refunded.providerReference, w.standin.refunds()[0]!['id']);
    assert.equal(w.standin.refunds()[0]!['amount'], 2_000);
  });

  it('confirms a lost refund reply from the refunds of the PaymentIntent', async () => {
    const w = await stripeWorld();
    const held = await authorized(w, 5_000);
    const capture = await followUp(w, held, 'capture', 5_000);
    await w.deps.payments.execute(w.agency, capture);
    cut(w.standin, { method: 'POST', path: '/v1/refunds' }, 'after');
    const refund = await followUp(w, held, 'refund', 1_250);
    await assert.rejects(w.deps.payments.execute(w.agency, refund), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));

    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    assert.equal((await row(w, refund.id)).providerReference, w.standin.refunds()[0]!['id']);
    assert.equal(w.standin.refunds().length, 1, 'refunded once');
  });

  it('releases an orphan hold at Stripe', async () => {
    const w = await stripeWorld();
    const key = `booking:${uniq()}:authorize`;
    const hold = await w.provider.authorize({
      customerId: await customerOf(w),
      paymentMethodId: w.card.providerId,
      amountMinor: 3_000,
      currency: 'EUR',
      idempotencyKey: `daakey:${w.agency.id}:${key}`,
      tags: { agencyId: w.agency.id, clientId: w.client.id },
    });
    assert.deepEqual(await reconcile(w), report({ orphansReleased: 1 }));
    assert.equal(w.standin.paymentIntent(hold.reference)!['status'], 'canceled');
    const rows = await allRows(w);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.status, r.idempotencyKey]),
      [
        ['authorization', 'succeeded', key],
        ['release', 'succeeded', `${key}:orphan-release`],
      ],
    );
    assert.deepEqual(await reconcile(w), EMPTY_REPORT);
  });
});

// ---------------------------------------------------------------------------------------------
// daakey payments:reconcile

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) base[k] = process.env[k]!;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'daakey.js'), ...args], {
    cwd: ROOT,
    env: { ...base, APP_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((res) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      res({ code, stdout, stderr });
    }),
  );
}

/** A database both this process and the CLI can open, one after the other (PGlite) or at once (PostgreSQL). */
async function sharedDatabase(dataDir: string): Promise<{
  open(): Promise<Database>;
  cliEnv: Record<string, string>;
  drop(): Promise<void>;
}> {
  if (!TEST_DATABASE_URL) {
    return { open: () => openPglite(dataDir), cliEnv: {}, drop: async () => {} };
  }
  const schema = `t_cli_${uniq().toLowerCase()}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    open: () => openPostgres(url.toString(), 2),
    cliEnv: { DATABASE_URL: url.toString() },
    drop: () => admin(`DROP SCHEMA ${schema} CASCADE`),
  };
}

describe('daakey payments:reconcile', () => {
  it('prints the report; exits 2 while rows stay pending, 0 once all are settled', SLOW, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'daakey-reconcile-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const shared = await sharedDatabase(dataDir);
    cleanups.push(() => shared.drop());
    const secretKey = `sk_test_${randomBytes(18).toString('hex')}`;
    const standin = new StripeStandin({ secretKey });
    await standin.start();
    cleanups.push(() => standin.stop());
    const appKey = `base64:${randomBytes(32).toString('base64')}`;

    // Prepare, with the Stripe driver, then let go of the database (PGlite has one process at a time).
    const clock = new ManualClock(new Date(Date.now() - 60 * 60_000)); // an hour ago: older than --older-than
    const config = testConfig({ APP_KEY: appKey, DATA_DIR: dataDir });
    const provider = new StripePaymentProvider({ secretKey, apiBase: standin.baseUrl, maxNetworkRetries: 0 });
    const deps = await createDeps(config, { clock, database: await shared.open(), paymentProvider: provider });
    const { agency } = await deps.agencies.create({ code: `AG${uniq()}`, name: 'Reconcile Rentals', currency: 'EUR' });
    const client = await insertClient(deps, agency);
    const card = await deps.paymentMethods.add(agency, client, 'pm_card_visa', false);
    const w: World = { deps, clock, agency, client, card, start: clock.now() };
    const lostReply = await authorization(w, 2_000);
    cut(standin, { method: 'POST', path: '/v1/payment_intents' }, 'after');
    await assert.rejects(deps.payments.execute(agency, lostReply), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    const neverSent = await authorization(w, 3_000);
    cut(standin, { method: 'POST', path: '/v1/payment_intents' }, 'before');
    await assert.rejects(deps.payments.execute(agency, neverSent), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    const ids = [lostReply.id, neverSent.id];
    await deps.close();

    const cliEnv = {
      ...shared.cliEnv,
      DATA_DIR: dataDir,
      APP_KEY: appKey,
      DOTENV_CONFIG_PATH: join(dataDir, 'no-such.env'),
      PAYMENT_DRIVER: 'stripe',
      STRIPE_SECRET_KEY: secretKey,
      STRIPE_API_BASE: standin.baseUrl,
    };

    // Stripe answers 401 to everything (a wrong key): the rows stay pending, exit 2.
    const refused = await runCli(['payments:reconcile', '--older-than', '0', '--json'], {
      ...cliEnv,
      STRIPE_SECRET_KEY: 'sk_test_wrong',
    });
    assert.equal(refused.code, 2, `${refused.stdout}\n${refused.stderr}`);
    assert.deepEqual(JSON.parse(refused.stdout), report({ stillPending: 2 }));

    const done = await runCli(['payments:reconcile', '--older-than', '0'], cliEnv);
    assert.equal(done.code, 0, `${done.stdout}\n${done.stderr}`);
    assert.equal(
      done.stdout.trim(),
      'Pending rows: 1 confirmed, 0 carried out now, 1 failed, 0 still pending. ' +
        'Provider operations without a row: 0 holds released, 0 recorded.',
    );

    const database = await shared.open();
    try {
      const rows = await database.db
        .select()
        .from(payments)
        .where(eq(payments.agencyId, agency.id))
        .orderBy(payments.id);
      assert.deepEqual(
        rows.map((r) => [r.id, r.status, r.failureCode]),
        [
          [ids[0], 'succeeded', null],
          [ids[1], 'failed', 'not_found_at_provider'],
        ],
      );
      assert.equal(rows[0]!.providerReference, standin.paymentIntents()[0]!['id']);
    } finally {
      await database.close();
    }
  });
});

describe('ledger keys, claims and the orphan release', () => {
  it('two agencies on the shared platform account may use the same key: separate holds, no cross-booking', async () => {
    const w = await fakeWorld();
    const { agency: other } = await createAgency(w.t, { currency: 'EUR' });
    const otherClient = await insertClient(w.deps, other);
    const otherCard = await w.deps.paymentMethods.add(other, otherClient, 'pm_card_mastercard', false);
    const key = 'booking:1:authorize';
    const mine = await w.deps.payments.execute(w.agency, await authorization(w, 5_000, key));
    const theirs = await w.deps.payments.execute(
      other,
      await intend(
        w,
        { clientId: otherClient.id, kind: 'authorization', amountMinor: 7_000, key, paymentMethodId: otherCard.id },
        other,
      ),
    );
    assert.equal(mine.status, 'succeeded');
    assert.equal(theirs.status, 'succeeded');
    assert.notEqual(mine.providerReference, theirs.providerReference);
    assert.equal(theirs.amountMinor, 7_000);
    assert.deepEqual(
      ops(w.fake, 'authorization')
        .map((o) => o.idempotencyKey)
        .sort(),
      [`daakey:${other.id}:${key}`, `daakey:${w.agency.id}:${key}`].sort(),
    );
    assert.deepEqual(await reconcile(w), EMPTY_REPORT);
  });

  it('reconcile leaves alone a pending row someone attempted after the cutoff', async () => {
    const w = await fakeWorld();
    const auth = await authorized(w, 8_000);
    const capture = await followUp(w, auth, 'capture', 8_000);
    w.clock.advanceMinutes(10);
    w.fake.failNext('capture', 'unavailable');
    await assert.rejects(w.deps.payments.execute(w.agency, capture), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    assert.ok((await row(w, capture.id)).attemptedAt, 'the attempt is on record');
    // Created ten minutes ago, but attempted just now: a 5-minute reconcile must not race that attempt.
    assert.deepEqual(await reconcile(w, 300), EMPTY_REPORT);
    assert.equal((await row(w, capture.id)).status, 'pending');
    w.clock.advanceMinutes(6);
    assert.deepEqual(await reconcile(w, 300), report({ retried: 1 }));
    assert.equal(ops(w.fake, 'capture').length, 1);
  });

  it('an orphan release whose reply is lost stays a pending row, confirmed by the next run', async () => {
    const w = await fakeWorld();
    const key = `booking:${uniq()}:authorize`;
    await w.fake.authorize({
      customerId: await customerOf(w),
      paymentMethodId: w.card.providerId,
      amountMinor: 4_000,
      currency: 'EUR',
      idempotencyKey: `daakey:${w.agency.id}:${key}`,
      tags: { agencyId: w.agency.id, clientId: w.client.id },
    });
    w.fake.failNext('release', 'lost-reply');
    assert.deepEqual(await reconcile(w), EMPTY_REPORT, 'the release went out, its answer did not come back');
    const [auth, release] = await allRows(w);
    assert.equal(auth!.status, 'succeeded');
    assert.equal(release!.status, 'pending');
    assert.equal(ops(w.fake, 'authorization')[0]!.open, false, 'the hold is released at the provider');
    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    assert.equal((await row(w, release!.id)).status, 'succeeded');
    assert.equal(ops(w.fake, 'release').length, 1, 'released once');
  });

  it('a pending capture the provider now refuses (the hold was released) fails instead of staying pending', async () => {
    const w = await fakeWorld();
    const auth = await authorized(w, 6_000);
    const capture = await followUp(w, auth, 'capture', 6_000);
    await w.fake.release({ reference: auth.providerReference!, idempotencyKey: 'elsewhere' });
    assert.deepEqual(await reconcile(w), report({ failed: 1 }));
    const failed = await row(w, capture.id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.failureCode, 'provider_refused');
    assert.deepEqual(await reconcile(w), EMPTY_REPORT, 'settled for good');
  });
});

describe('refusals and failures after the provider answered', () => {
  it('a capture the provider refuses in the hold’s state fails at once (PAYMENT_DECLINED, provider_refused)', async () => {
    const w = await fakeWorld();
    const auth = await authorized(w, 5_000);
    await w.fake.release({ reference: auth.providerReference!, idempotencyKey: 'released-elsewhere' });
    const capture = await followUp(w, auth, 'capture', 5_000);
    await assert.rejects(
      w.deps.payments.execute(w.agency, capture),
      isAppError('PAYMENT_DECLINED', { reason: 'provider_refused' }),
    );
    const failed = await row(w, capture.id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.failureCode, 'provider_refused');
  });

  it('a database failure after a retried capture went through leaves the row pending, not failed', async () => {
    const w = await fakeWorld();
    const auth = await authorized(w, 5_000);
    const capture = await followUp(w, auth, 'capture', 5_000);
    w.fake.failNext('capture', 'unavailable');
    await assert.rejects(w.deps.payments.execute(w.agency, capture), isAppError('PAYMENT_PROVIDER_UNAVAILABLE'));
    let fail = true;
    w.deps.payments.onSettled(async () => {
      if (fail) {
        fail = false;
        throw new Error('deadlock detected');
      }
    });
    assert.deepEqual(await reconcile(w), report({ stillPending: 1 }));
    assert.equal((await row(w, capture.id)).status, 'pending', 'money moved: never recorded as failed');
    assert.equal(ops(w.fake, 'capture').length, 1);
    assert.deepEqual(await reconcile(w), report({ confirmed: 1 }));
    assert.equal((await row(w, capture.id)).status, 'succeeded');
    assert.equal(ops(w.fake, 'capture').length, 1, 'captured once');
  });
});
