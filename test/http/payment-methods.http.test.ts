/**
 * Saved cards through the HTTP API: GET/POST /payment-methods, POST /payment-methods/{id}/default,
 * DELETE /payment-methods/{id}. The default fake driver for most of it; the official Stripe SDK
 * against the loopback stand-in of Stripe's REST API for the real driver.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { violatedUniqueConstraint } from '../../src/db/errors.js';
import { clients, paymentMethods } from '../../src/db/schema.js';
import { ManualClock } from '../../src/lib/clock.js';
import { FakePaymentProvider } from '../../src/providers/payments/fake.payments.js';
import {
  type CardDetails,
  type CustomerInput,
  PaymentProviderUnavailableError,
} from '../../src/providers/payments/payment.provider.js';
import {
  CLIENT,
  call,
  createAgency,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';
import { StripeStandin } from '../helpers/stripe-standin.js';

const PM = `${CLIENT}/payment-methods`;
const INVALID_ID = 'The payment method ID is invalid.';
const DUPLICATE = 'This payment method has already been added.';
const CARD_KEYS = ['brand', 'created_at', 'exp_month', 'exp_year', 'id', 'is_default', 'last_four', 'type'];

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

/** ISO-8601 UTC without milliseconds, as the API shows datetimes. */
function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface Me {
  agency: TestAgency;
  token: string;
  clientId: number;
}

async function newClient(app: TestApp = t, agency?: TestAgency): Promise<Me> {
  const a = agency ?? (await createAgency(app));
  const reg = await registerClient(app, a);
  return { agency: a, token: reg.token, clientId: reg.user.id };
}

function list(me: Me, app: TestApp = t) {
  return call(app, { url: PM, agency: me.agency, token: me.token });
}

function add(me: Me, body: unknown, app: TestApp = t) {
  return call(app, { method: 'POST', url: PM, agency: me.agency, token: me.token, body });
}

function makeDefault(me: Me, id: number | string, app: TestApp = t) {
  return call(app, { method: 'POST', url: `${PM}/${id}/default`, agency: me.agency, token: me.token });
}

function remove(me: Me, id: number | string, app: TestApp = t) {
  return call(app, { method: 'DELETE', url: `${PM}/${id}`, agency: me.agency, token: me.token });
}

/** POST a card and expect 201; returns the card as the API shows it. */
async function addOk(me: Me, paymentMethodId: string, setDefault?: boolean, app: TestApp = t) {
  const body =
    setDefault === undefined
      ? { payment_method_id: paymentMethodId }
      : { payment_method_id: paymentMethodId, set_default: setDefault };
  return expectOk(await add(me, body, app), 201, 'Payment method added').data as {
    id: number;
    brand: string;
    last_four: string;
    is_default: boolean;
  };
}

async function rows(me: Me, app: TestApp = t) {
  return app.deps.database.db
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.agencyId, me.agency.agency.id), eq(paymentMethods.clientId, me.clientId)))
    .orderBy(paymentMethods.id);
}

async function listed(me: Me, app: TestApp = t): Promise<Array<{ id: number; is_default: boolean; brand: string }>> {
  return expectOk(await list(me, app), 200, 'Payment methods retrieved').data;
}

async function defaults(me: Me, app: TestApp = t): Promise<number[]> {
  return (await listed(me, app)).filter((m) => m.is_default).map((m) => m.id);
}

function expectNotFound(res: Awaited<ReturnType<typeof call>>) {
  const body = expectError(res, 404, 'Payment method not found');
  assert.equal(body.data, null);
}

describe('GET /payment-methods', () => {
  it('lists nothing at first, then the cards in the order they were added', async () => {
    const me = await newClient();
    const empty = expectOk(await list(me), 200, 'Payment methods retrieved');
    assert.deepEqual(empty.data, []);
    assert.deepEqual(empty.meta, { agency_id: me.agency.agency.id, agency_code: me.agency.agency.code });

    const firstAt = t.clock.now();
    const visa = await addOk(me, 'pm_card_visa');
    t.clock.advanceMinutes(5);
    const secondAt = t.clock.now();
    const mastercard = await addOk(me, 'pm_card_mastercard');
    t.clock.advanceMinutes(5);
    const amex = await addOk(me, 'pm_card_amex');

    const year = t.clock.now().getUTCFullYear();
    const body = expectOk(await list(me), 200, 'Payment methods retrieved');
    assert.equal(body.data.length, 3);
    for (const card of body.data) assert.deepEqual(Object.keys(card).sort(), CARD_KEYS);
    assert.deepEqual(body.data[0], {
      id: visa.id,
      type: 'card',
      brand: 'visa',
      last_four: '4242',
      exp_month: 12,
      exp_year: year + 3,
      is_default: true,
      created_at: iso(firstAt),
    });
    assert.deepEqual(body.data[1], {
      id: mastercard.id,
      type: 'card',
      brand: 'mastercard',
      last_four: '4444',
      exp_month: 12,
      exp_year: year + 3,
      is_default: false,
      created_at: iso(secondAt),
    });
    assert.equal(body.data[2].id, amex.id);
    assert.equal(body.data[2].brand, 'amex');
    assert.equal(body.data[2].last_four, '8431');
    assert.equal(body.data[2].is_default, false);
    assert.ok(visa.id < mastercard.id && mastercard.id < amex.id);
  });

  it('requires a bearer token', async () => {
    const me = await newClient();
    expectError(await call(t, { url: PM, agency: me.agency }), 401, 'Unauthenticated');
  });

  it('lists only the caller’s cards', async () => {
    const agency = await createAgency(t);
    const me = await newClient(t, agency);
    const neighbour = await newClient(t, agency);
    const elsewhere = await newClient();
    const mine = await addOk(me, 'pm_card_visa');
    await addOk(neighbour, 'pm_card_visa');
    await addOk(neighbour, 'pm_card_mastercard');
    await addOk(elsewhere, 'pm_card_amex');

    assert.deepEqual(
      (await listed(me)).map((m) => m.id),
      [mine.id],
    );
    assert.equal((await listed(neighbour)).length, 2);
    assert.equal((await listed(elsewhere)).length, 1);
  });
});

describe('POST /payment-methods', () => {
  it('adds the first card as the default, with only brand, last four and expiry shown', async () => {
    const me = await newClient();
    const addedAt = t.clock.now();
    const body = expectOk(
      await add(me, { payment_method_id: 'pm_card_visa', set_default: false }),
      201,
      'Payment method added',
    );
    assert.deepEqual(body.data, {
      id: body.data.id,
      type: 'card',
      brand: 'visa',
      last_four: '4242',
      exp_month: 12,
      exp_year: addedAt.getUTCFullYear() + 3,
      is_default: true,
      created_at: iso(addedAt),
    });
    assert.ok(Number.isInteger(body.data.id) && body.data.id > 0);
    assert.deepEqual(body.meta, { agency_id: me.agency.agency.id, agency_code: me.agency.agency.code });
  });

  it('does not make a second card the default unless set_default is true, which unsets the previous one', async () => {
    const me = await newClient();
    const first = await addOk(me, 'pm_card_visa');
    const second = await addOk(me, 'pm_card_mastercard');
    assert.equal(first.is_default, true);
    assert.equal(second.is_default, false);
    assert.deepEqual(await defaults(me), [first.id]);

    const third = await addOk(me, 'pm_card_amex', true);
    assert.equal(third.is_default, true);
    assert.deepEqual(await defaults(me), [third.id]);
    const stored = await rows(me);
    assert.deepEqual(
      stored.map((r) => [r.id, r.isDefault]),
      [
        [first.id, false],
        [second.id, false],
        [third.id, true],
      ],
    );
  });

  it('knows the brand and last four of Stripe’s test cards', async () => {
    const me = await newClient();
    const cases: Array<[string, string, string]> = [
      ['pm_card_visa', 'visa', '4242'],
      ['pm_card_mastercard', 'mastercard', '4444'],
      ['pm_card_amex', 'amex', '8431'],
    ];
    for (const [id, brand, lastFour] of cases) {
      const card = await addOk(me, id);
      assert.equal(card.brand, brand, id);
      assert.equal(card.last_four, lastFour, id);
    }
  });

  it('attaches a card whose charges will be declined (decision 38: declines attach, then fail to authorize)', async () => {
    const me = await newClient();
    const card = await addOk(me, 'pm_card_chargeDeclined');
    assert.equal(card.brand, 'visa');
    assert.equal(card.last_four, '0002');
    assert.equal(card.is_default, true);
    assert.equal((await rows(me)).length, 1);
  });

  it('refuses a malformed or unknown payment method id with 422, storing nothing', async () => {
    const me = await newClient();
    for (const id of ['abc', 'pm_', 'card_123', 'pm_card_nonexistent', 'pm_card visa', 'pm_card-visa']) {
      expectError(await add(me, { payment_method_id: id }), 422, 'Validation failed', {
        payment_method_id: [INVALID_ID],
      });
    }
    assert.deepEqual(await rows(me), []);
    assert.deepEqual(await listed(me), []);
  });

  it('requires payment_method_id', async () => {
    const me = await newClient();
    for (const body of [{}, { payment_method_id: '' }, { payment_method_id: '   ' }, { payment_method_id: null }]) {
      expectError(await add(me, body), 422, 'Validation failed', {
        payment_method_id: ['The payment method id field is required.'],
      });
    }
    expectError(
      await call(t, { method: 'POST', url: PM, agency: me.agency, token: me.token }),
      422,
      'Validation failed',
      { payment_method_id: ['The payment method id field is required.'] },
    );
    assert.deepEqual(await rows(me), []);
  });

  it('refuses the same card twice, keeping one row', async () => {
    const me = await newClient();
    const first = await addOk(me, 'pm_card_visa');
    const res = await add(me, { payment_method_id: 'pm_card_visa', set_default: true });
    expectError(res, 422, DUPLICATE, { payment_method_id: [DUPLICATE] });

    const stored = await rows(me);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.id, first.id);
    assert.equal(stored[0]!.isDefault, true);
    assert.deepEqual(await defaults(me), [first.id]);
  });

  it('lets another client add the same card', async () => {
    const agency = await createAgency(t);
    const me = await newClient(t, agency);
    const other = await newClient(t, agency);
    await addOk(me, 'pm_card_visa');
    const theirs = await addOk(other, 'pm_card_visa');
    assert.equal(theirs.is_default, true);
  });

  it('stores no card number: only the provider id, brand, last four, expiry and fingerprint', async () => {
    const me = await newClient();
    await addOk(me, 'pm_card_visa');
    const session = await t.deps.database.session();
    try {
      const columns = await session.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = 'payment_methods' ORDER BY column_name`,
      );
      assert.deepEqual(
        columns.map((c) => c.column_name),
        [
          'agency_id',
          'brand',
          'client_id',
          'created_at',
          'exp_month',
          'exp_year',
          'fingerprint',
          'id',
          'is_default',
          'last_four',
          'provider',
          'provider_account',
          'provider_id',
          'updated_at',
        ],
      );
      const raw = await session.query<Record<string, unknown>>(
        'SELECT * FROM payment_methods WHERE agency_id = $1 AND client_id = $2',
        [me.agency.agency.id, me.clientId],
      );
      assert.equal(raw.length, 1);
      const text = JSON.stringify(raw[0]);
      assert.ok(!text.includes('4242424242424242'), `no card number in ${text}`);
      assert.ok(
        !/\d{12,}/.test(text.replace(/"(created_at|updated_at)":"[^"]*"/g, '')),
        `no long digit run in ${text}`,
      );
    } finally {
      await session.release();
    }
    const [row] = await rows(me);
    assert.equal(row!.provider, 'fake');
    assert.match(row!.providerId, /^pm_/);
    assert.notEqual(row!.providerId, 'pm_card_visa', 'the provider’s own id of the attached card');
    assert.equal(row!.brand, 'visa');
    assert.equal(row!.lastFour, '4242');
    assert.match(row!.fingerprint, /^[A-Za-z0-9]{16}$/);
  });
});

describe('POST /payment-methods/{id}/default', () => {
  it('makes the card the default and unsets the previous one', async () => {
    const me = await newClient();
    const first = await addOk(me, 'pm_card_visa');
    const second = await addOk(me, 'pm_card_mastercard');

    const body = expectOk(await makeDefault(me, second.id), 200, 'Default payment method updated');
    assert.deepEqual(Object.keys(body.data).sort(), CARD_KEYS);
    assert.equal(body.data.id, second.id);
    assert.equal(body.data.brand, 'mastercard');
    assert.equal(body.data.last_four, '4444');
    assert.equal(body.data.is_default, true);
    assert.deepEqual(await defaults(me), [second.id]);

    // Again, and back: always exactly one default.
    expectOk(await makeDefault(me, second.id), 200, 'Default payment method updated');
    assert.deepEqual(await defaults(me), [second.id]);
    expectOk(await makeDefault(me, first.id), 200, 'Default payment method updated');
    assert.deepEqual(await defaults(me), [first.id]);
    assert.deepEqual(
      (await rows(me)).filter((r) => r.isDefault).map((r) => r.id),
      [first.id],
    );
  });

  it('answers 404 for an unknown id, a non-numeric id, and another client’s or agency’s card', async () => {
    const agency = await createAgency(t);
    const me = await newClient(t, agency);
    const neighbour = await newClient(t, agency);
    const elsewhere = await newClient();
    const mine = await addOk(me, 'pm_card_visa');
    const theirs = await addOk(neighbour, 'pm_card_visa');
    await addOk(neighbour, 'pm_card_mastercard', true);
    const foreign = await addOk(elsewhere, 'pm_card_visa');
    await addOk(elsewhere, 'pm_card_amex', true);

    for (const id of [999_999_999, 'abc', '0', '-1', '1.5', theirs.id, foreign.id]) {
      expectNotFound(await makeDefault(me, id));
    }
    assert.deepEqual(await defaults(me), [mine.id]);
    assert.equal((await listed(neighbour)).find((m) => m.id === theirs.id)?.is_default, false, 'untouched');
    assert.equal((await listed(elsewhere)).find((m) => m.id === foreign.id)?.is_default, false, 'untouched');
  });
});

describe('DELETE /payment-methods/{id}', () => {
  it('removes a card that is not the default', async () => {
    const me = await newClient();
    const first = await addOk(me, 'pm_card_visa');
    const second = await addOk(me, 'pm_card_mastercard');

    const body = expectOk(await remove(me, second.id), 200, 'Payment method removed');
    assert.equal(body.data, null);
    assert.deepEqual(
      (await listed(me)).map((m) => m.id),
      [first.id],
    );
    assert.deepEqual(
      (await rows(me)).map((r) => r.id),
      [first.id],
    );
    expectNotFound(await remove(me, second.id));
  });

  it('refuses to remove the default while other cards exist, until another is the default', async () => {
    const me = await newClient();
    const first = await addOk(me, 'pm_card_visa');
    const second = await addOk(me, 'pm_card_mastercard');

    const body = expectError(await remove(me, first.id), 400, 'Cannot remove default payment method');
    assert.deepEqual(body.data, { reason: 'Set another payment method as default first' });
    assert.equal((await rows(me)).length, 2);

    expectOk(await makeDefault(me, second.id), 200, 'Default payment method updated');
    expectOk(await remove(me, first.id), 200, 'Payment method removed');
    assert.deepEqual(await defaults(me), [second.id]);
  });

  it('removes the only card even though it is the default (decision 36); the next card is the default', async () => {
    const me = await newClient();
    const only = await addOk(me, 'pm_card_visa');
    expectOk(await remove(me, only.id), 200, 'Payment method removed');
    assert.deepEqual(await listed(me), []);
    assert.deepEqual(await rows(me), []);

    // The same card again is no duplicate now, and, being the only card, it is the default.
    const again = await addOk(me, 'pm_card_visa');
    assert.equal(again.is_default, true);
  });

  it('answers 404 for an unknown card, another client’s and another agency’s, removing nothing', async () => {
    const agency = await createAgency(t);
    const me = await newClient(t, agency);
    const neighbour = await newClient(t, agency);
    const elsewhere = await newClient();
    await addOk(me, 'pm_card_visa');
    const theirs = await addOk(neighbour, 'pm_card_visa');
    await addOk(neighbour, 'pm_card_mastercard');
    const foreign = await addOk(elsewhere, 'pm_card_visa');
    await addOk(elsewhere, 'pm_card_amex');

    for (const id of [999_999_999, 'abc', theirs.id, foreign.id]) expectNotFound(await remove(me, id));
    assert.equal((await rows(neighbour)).length, 2);
    assert.equal((await rows(elsewhere)).length, 2);
    assert.equal((await rows(me)).length, 1);
  });
});

describe('one default card per client', () => {
  it('is enforced by the database (partial unique index payment_methods_one_default)', async () => {
    const me = await newClient();
    const first = await addOk(me, 'pm_card_visa');
    const second = await addOk(me, 'pm_card_mastercard');
    const now = t.clock.now();
    const db = t.deps.database.db;

    const insert = db.insert(paymentMethods).values({
      agencyId: me.agency.agency.id,
      clientId: me.clientId,
      provider: 'fake',
      providerId: `pm_direct_${randomBytes(6).toString('hex')}`,
      brand: 'visa',
      lastFour: '1111',
      expMonth: 1,
      expYear: 2040,
      fingerprint: `direct${randomBytes(6).toString('hex')}`,
      isDefault: true,
      createdAt: now,
      updatedAt: now,
    });
    await assert.rejects(insert, (err: unknown) => {
      assert.equal(violatedUniqueConstraint(err), 'payment_methods_one_default');
      return true;
    });
    await assert.rejects(
      db.update(paymentMethods).set({ isDefault: true }).where(eq(paymentMethods.id, second.id)),
      (err: unknown) => {
        assert.equal(violatedUniqueConstraint(err), 'payment_methods_one_default');
        return true;
      },
    );
    assert.deepEqual(await defaults(me), [first.id]);
  });

  it('holds when a fresh client adds five cards at once', async () => {
    const me = await newClient();
    const ids = ['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex', 'pm_card_discover', 'pm_card_jcb'];
    const results = await Promise.all(ids.map((id) => add(me, { payment_method_id: id })));
    const cards = results.map((res) => expectOk(res, 201, 'Payment method added').data);
    const claimed = cards.filter((c: { is_default: boolean }) => c.is_default).map((c: { id: number }) => c.id);
    assert.equal(claimed.length, 1, 'exactly one answer says default');

    const stored = await rows(me);
    assert.equal(stored.length, 5);
    assert.deepEqual(
      stored.filter((r) => r.isDefault).map((r) => r.id),
      claimed,
    );
    assert.deepEqual(await defaults(me), claimed);

    const [client] = await t.deps.database.db.select().from(clients).where(eq(clients.id, me.clientId));
    assert.match(client!.paymentCustomerId ?? '', /^cus_fake_/, 'one provider customer, recorded once');
  });

  it('holds when five cards ask for set_default at once', async () => {
    const me = await newClient();
    await addOk(me, 'pm_card_visa');
    const ids = ['pm_card_mastercard', 'pm_card_amex', 'pm_card_discover', 'pm_card_jcb', 'pm_card_diners'];
    const results = await Promise.all(ids.map((id) => add(me, { payment_method_id: id, set_default: true })));
    for (const res of results) expectOk(res, 201, 'Payment method added');
    const stored = await rows(me);
    assert.equal(stored.length, 6);
    assert.equal(stored.filter((r) => r.isDefault).length, 1);
    assert.equal((await defaults(me)).length, 1);
  });
});

describe('provider unreachable (fake driver)', () => {
  /** The fake with switches for the card calls, which its failNext does not cover. */
  class FlakyProvider extends FakePaymentProvider {
    failCustomer = 0;
    failAttach = 0;
    failDetach = 0;
    override async createCustomer(input: CustomerInput): Promise<string> {
      if (this.failCustomer > 0) {
        this.failCustomer -= 1;
        throw new PaymentProviderUnavailableError('customer creation: connection refused');
      }
      return super.createCustomer(input);
    }
    override async attachMethod(customerId: string, paymentMethodId: string, account?: string): Promise<CardDetails> {
      if (this.failAttach > 0) {
        this.failAttach -= 1;
        throw new PaymentProviderUnavailableError('attach: connection reset');
      }
      return super.attachMethod(customerId, paymentMethodId, account);
    }
    override async detachMethod(paymentMethodId: string, account?: string): Promise<void> {
      if (this.failDetach > 0) {
        this.failDetach -= 1;
        throw new PaymentProviderUnavailableError('detach: timeout');
      }
      return super.detachMethod(paymentMethodId, account);
    }
  }

  let flaky: FlakyProvider;
  let ft: TestApp;

  before(async () => {
    const clock = new ManualClock(new Date());
    flaky = new FlakyProvider(clock);
    ft = await makeTestApp({ clock, overrides: { paymentProvider: flaky } });
  });

  after(async () => {
    await ft.close();
  });

  it('answers 503 when the card cannot be attached, stores nothing, and the retry works', async () => {
    const me = await newClient(ft);
    flaky.failAttach = 1;
    expectError(await add(me, { payment_method_id: 'pm_card_visa' }, ft), 503, 'Payment provider unavailable');
    assert.deepEqual(await rows(me, ft), []);

    const card = await addOk(me, 'pm_card_visa', undefined, ft);
    assert.equal(card.is_default, true);
    assert.equal((await rows(me, ft)).length, 1);
  });

  it('answers 503 when the provider customer cannot be created, and records no customer', async () => {
    const me = await newClient(ft);
    flaky.failCustomer = 1;
    expectError(await add(me, { payment_method_id: 'pm_card_visa' }, ft), 503, 'Payment provider unavailable');
    assert.deepEqual(await rows(me, ft), []);
    const [client] = await ft.deps.database.db.select().from(clients).where(eq(clients.id, me.clientId));
    assert.equal(client!.paymentCustomerId, null);

    await addOk(me, 'pm_card_visa', undefined, ft);
  });

  it('removes the card even when the detach at the provider fails', async () => {
    const me = await newClient(ft);
    const card = await addOk(me, 'pm_card_visa', undefined, ft);
    flaky.failDetach = 1;
    expectOk(await remove(me, card.id, ft), 200, 'Payment method removed');
    assert.deepEqual(await rows(me, ft), []);
  });
});

describe('with the Stripe driver (official SDK) against the stand-in', () => {
  const secretKey = `sk_test_${randomBytes(18).toString('hex')}`;
  let standin: StripeStandin;
  let st: TestApp;

  before(async () => {
    standin = new StripeStandin({ secretKey });
    const base = await standin.start();
    st = await makeTestApp({ env: { PAYMENT_DRIVER: 'stripe', STRIPE_SECRET_KEY: secretKey, STRIPE_API_BASE: base } });
  });

  after(async () => {
    await st.close();
    await standin.stop();
  });

  it('creates the customer once and attaches the card to it', async () => {
    const me = await newClient(st);
    const customersBefore = standin.customers().length;
    const card = await addOk(me, 'pm_card_visa', undefined, st);
    assert.equal(card.brand, 'visa');
    assert.equal(card.last_four, '4242');
    assert.equal(card.is_default, true);

    const created = standin.requestsTo('/v1/customers', 'POST');
    const mine = created.filter((r) => r.form.get('metadata[daakey_client]') === String(me.clientId));
    assert.equal(mine.length, 1);
    assert.equal(mine[0]!.form.get('metadata[daakey_agency]'), String(me.agency.agency.id));
    assert.equal(mine[0]!.idempotencyKey, `daakey-customer-${me.agency.agency.id}-${me.clientId}`);
    assert.equal(mine[0]!.authorization, `Bearer ${secretKey}`);
    assert.equal(standin.customers().length, customersBefore + 1);
    const [client] = await st.deps.database.db.select().from(clients).where(eq(clients.id, me.clientId));
    const customerId = client!.paymentCustomerId!;
    assert.match(customerId, /^cus_/);

    const attaches = standin.requestsTo('/v1/payment_methods/pm_card_visa/attach', 'POST');
    const attach = attaches.at(-1)!;
    assert.equal(attach.form.get('customer'), customerId);
    assert.equal(attach.status, 200);

    const [row] = await rows(me, st);
    assert.equal(row!.provider, 'stripe');
    assert.match(row!.providerId, /^pm_/);
    assert.notEqual(row!.providerId, 'pm_card_visa');

    // A second card: the same customer, no new one.
    await addOk(me, 'pm_card_mastercard', undefined, st);
    assert.equal(
      standin
        .requestsTo('/v1/customers', 'POST')
        .filter((r) => r.form.get('metadata[daakey_client]') === String(me.clientId)).length,
      1,
    );
    assert.equal(
      standin.requestsTo('/v1/payment_methods/pm_card_mastercard/attach', 'POST').at(-1)!.form.get('customer'),
      customerId,
    );
  });

  it('answers 422 for ids Stripe refuses (unknown, or a decline card Stripe will not attach)', async () => {
    const me = await newClient(st);
    for (const id of ['pm_card_nonexistent', 'pm_card_chargeDeclined']) {
      expectError(await add(me, { payment_method_id: id }, st), 422, 'Validation failed', {
        payment_method_id: [INVALID_ID],
      });
    }
    assert.deepEqual(await rows(me, st), []);
  });

  it('answers 503 and stores nothing when the attach never reaches Stripe', async () => {
    const me = await newClient(st);
    // The SDK retries network errors twice under the same key: cut all three attempts.
    standin.failNext({ method: 'POST', path: /\/attach$/ }, { times: 3 });
    const before = standin.requestsTo(/\/attach$/, 'POST').length;
    expectError(await add(me, { payment_method_id: 'pm_card_visa' }, st), 503, 'Payment provider unavailable');
    const tried = standin.requestsTo(/\/attach$/, 'POST').slice(before);
    assert.equal(tried.length, 3);
    assert.ok(tried.every((r) => r.status === null));
    assert.equal(new Set(tried.map((r) => r.idempotencyKey)).size, 1, 'retries under one idempotency key');
    assert.deepEqual(await rows(me, st), []);

    await addOk(me, 'pm_card_visa', undefined, st);
  });

  it('answers 503 when Stripe fails the customer creation with 5xx', async () => {
    const me = await newClient(st);
    standin.respondNext({ method: 'POST', path: '/v1/customers' }, 500, 3);
    expectError(await add(me, { payment_method_id: 'pm_card_visa' }, st), 503, 'Payment provider unavailable');
    assert.deepEqual(await rows(me, st), []);
  });
});
