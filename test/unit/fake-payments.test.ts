/**
 * The fake payment driver against Stripe's documented test PaymentMethods (docs.stripe.com/testing)
 * and its ledger rules. The expectations below are written out from Stripe's documentation, not read
 * from the driver's table.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/lib/clock.js';
import { FakePaymentProvider, STRIPE_TEST_PAYMENT_METHODS } from '../../src/providers/payments/fake.payments.js';
import {
  InvalidPaymentMethodError,
  PaymentDeclinedError,
  PaymentProviderUnavailableError,
  type AuthorizeInput,
} from '../../src/providers/payments/payment.provider.js';

const TAGS = { agencyId: 7, clientId: 42 };

async function setup(start = '2026-01-15T10:00:00Z') {
  const clock = new ManualClock(start);
  const fake = new FakePaymentProvider(clock);
  const customer = await fake.createCustomer({ agencyId: 7, clientId: 42, email: 'ada@example.test', name: 'Ada' });
  let n = 0;
  const auth = (over: Partial<AuthorizeInput> = {}): AuthorizeInput => ({
    customerId: customer,
    paymentMethodId: 'pm_card_visa',
    amountMinor: 10_000,
    currency: 'EUR',
    idempotencyKey: `auth-${++n}`,
    tags: TAGS,
    ...over,
  });
  return { clock, fake, customer, auth };
}

/** Cards by brand: id, brand, last four. */
const BRANDS: ReadonlyArray<readonly [string, string, string]> = [
  ['pm_card_visa', 'visa', '4242'],
  ['pm_card_visa_debit', 'visa', '5556'],
  ['pm_card_mastercard', 'mastercard', '4444'],
  ['pm_card_mastercard_debit', 'mastercard', '8210'],
  ['pm_card_mastercard_prepaid', 'mastercard', '5100'],
  ['pm_card_amex', 'amex', '8431'],
  ['pm_card_discover', 'discover', '1117'],
  ['pm_card_diners', 'diners', '0004'],
  ['pm_card_jcb', 'jcb', '0505'],
  ['pm_card_unionpay', 'unionpay', '0005'],
];

/** Declined payments: id, error code, decline code (none documented for the last three kinds). */
const DECLINES: ReadonlyArray<readonly [string, string, string | undefined]> = [
  ['pm_card_chargeDeclined', 'card_declined', 'generic_decline'],
  ['pm_card_visa_chargeDeclined', 'card_declined', 'generic_decline'],
  ['pm_card_chargeDeclinedInsufficientFunds', 'card_declined', 'insufficient_funds'],
  ['pm_card_visa_chargeDeclinedInsufficientFunds', 'card_declined', 'insufficient_funds'],
  ['pm_card_chargeDeclinedLostCard', 'card_declined', 'lost_card'],
  ['pm_card_visa_chargeDeclinedLostCard', 'card_declined', 'lost_card'],
  ['pm_card_chargeDeclinedStolenCard', 'card_declined', 'stolen_card'],
  ['pm_card_visa_chargeDeclinedStolenCard', 'card_declined', 'stolen_card'],
  ['pm_card_visa_chargeDeclinedVelocityLimitExceeded', 'card_declined', 'card_velocity_exceeded'],
  ['pm_card_chargeDeclinedFraudulent', 'card_declined', 'fraudulent'],
  ['pm_card_chargeDeclinedExpiredCard', 'expired_card', undefined],
  ['pm_card_chargeDeclinedIncorrectCvc', 'incorrect_cvc', undefined],
  ['pm_card_chargeDeclinedProcessingError', 'processing_error', undefined],
];

const FINGERPRINT = /^[A-Za-z0-9]{16}$/;

describe('fake payments: Stripe test PaymentMethods', () => {
  for (const [id, brand, lastFour] of BRANDS) {
    it(`${id} attaches as ${brand} ending ${lastFour}`, async () => {
      const { fake, customer } = await setup();
      const card = await fake.attachMethod(customer, id);
      assert.equal(card.brand, brand);
      assert.equal(card.lastFour, lastFour);
      assert.equal(card.expMonth, 12);
      assert.equal(card.expYear, 2029, 'clock year + 3');
      assert.match(card.fingerprint, FINGERPRINT);
      assert.match(
        card.providerId,
        /^pm_fake_[A-Za-z0-9]+$/,
        'like Stripe, the test id makes a PaymentMethod of its own',
      );
      assert.notEqual(card.providerId, id);
    });
  }

  it('gives the same card number the same fingerprint, and another card another one', async () => {
    const { fake, customer } = await setup();
    const a = await fake.attachMethod(customer, 'pm_card_visa');
    const b = await fake.attachMethod(customer, 'pm_card_visa');
    assert.notEqual(a.providerId, b.providerId);
    assert.equal(a.fingerprint, b.fingerprint);
    const others = await Promise.all(BRANDS.map(([id]) => fake.attachMethod(customer, id)));
    assert.equal(new Set(others.map((c) => c.fingerprint)).size, BRANDS.length, 'one fingerprint per test card');
  });

  for (const [id, code, declineCode] of DECLINES) {
    it(`${id} attaches (the issue's rule, unlike Stripe), then declines with ${code}${declineCode ? `/${declineCode}` : ''}`, async () => {
      const { fake, customer, auth } = await setup();
      const card = await fake.attachMethod(customer, id);
      assert.equal(card.lastFour, STRIPE_TEST_PAYMENT_METHODS[id]!.number.slice(-4));
      await assert.rejects(
        fake.authorize(auth({ paymentMethodId: card.providerId, idempotencyKey: `k-${id}` })),
        (err: unknown) => {
          assert.ok(err instanceof PaymentDeclinedError, String(err));
          assert.equal(err.code, code);
          assert.equal(err.declineCode, declineCode);
          return true;
        },
      );
      const op = await fake.findOperation('authorization', `k-${id}`, null);
      assert.ok(op, 'the declined authorization is on record, as Stripe keeps the PaymentIntent');
      assert.equal(op.status, 'failed');
      assert.equal(op.open, false);
      assert.match(op.reference, /^pi_fake_/);
      // The raw test id works too, as with Stripe's server-side test ids.
      await assert.rejects(
        fake.authorize(auth({ paymentMethodId: id, idempotencyKey: `raw-${id}` })),
        PaymentDeclinedError,
      );
    });
  }

  it('attaches pm_card_chargeCustomerFail, whose charges then decline (generic_decline)', async () => {
    const { fake, customer, auth } = await setup();
    const card = await fake.attachMethod(customer, 'pm_card_chargeCustomerFail');
    assert.equal(card.brand, 'visa');
    assert.equal(card.lastFour, '0341');
    await assert.rejects(fake.authorize(auth({ paymentMethodId: card.providerId })), (err: unknown) => {
      assert.ok(err instanceof PaymentDeclinedError);
      assert.equal(err.code, 'card_declined');
      assert.equal(err.declineCode, 'generic_decline');
      return true;
    });
  });

  it('attaches pm_card_authenticationRequired, whose off-session charges need authentication', async () => {
    const { fake, customer, auth } = await setup();
    const card = await fake.attachMethod(customer, 'pm_card_authenticationRequired');
    await assert.rejects(fake.authorize(auth({ paymentMethodId: card.providerId })), (err: unknown) => {
      assert.ok(err instanceof PaymentDeclinedError);
      assert.equal(err.code, 'authentication_required');
      return true;
    });
  });

  it('accepts any other well-formed pm_ id as a distinct Visa ending 4242', async () => {
    const { fake, customer } = await setup();
    const a = await fake.attachMethod(customer, 'pm_1QabcDEFghiJKL');
    const b = await fake.attachMethod(customer, 'pm_1QabcDEFghiJKM');
    assert.equal(a.providerId, 'pm_1QabcDEFghiJKL', 'a real id keeps its id');
    assert.equal(a.brand, 'visa');
    assert.equal(a.lastFour, '4242');
    assert.match(a.fingerprint, FINGERPRINT);
    assert.notEqual(a.fingerprint, b.fingerprint, 'each id is its own card');
    assert.notEqual(a.fingerprint, (await fake.attachMethod(customer, 'pm_card_visa')).fingerprint);
    const again = await fake.attachMethod(customer, 'pm_1QabcDEFghiJKL');
    assert.deepEqual(again, a, 'attaching to the same customer again is harmless');
  });

  for (const bad of [
    '',
    'pm_',
    'pm_abc',
    'card_4242424242424242',
    'tok_visa',
    'PM_1234abcd',
    'pm_bad-id',
    'pm_1234 abcd',
    'pm_1234abcd\n',
    `pm_${'a'.repeat(256)}`,
    'pm_card_nope',
    'pm_card_visa_chargeDeclinedEverything',
    'pm_fake_notmadehere',
  ]) {
    it(`refuses ${JSON.stringify(bad.length > 40 ? `${bad.slice(0, 20)}...` : bad)} as an invalid payment method`, async () => {
      const { fake, customer, auth } = await setup();
      await assert.rejects(fake.attachMethod(customer, bad), InvalidPaymentMethodError);
      await assert.rejects(fake.authorize(auth({ paymentMethodId: bad })), InvalidPaymentMethodError);
    });
  }

  it('treats an unknown customer as a plain error, not a bad card', async () => {
    const { fake, auth } = await setup();
    await assert.rejects(fake.attachMethod('cus_nobody', 'pm_card_visa'), (err: unknown) => {
      assert.ok(err instanceof Error && !(err instanceof InvalidPaymentMethodError));
      assert.match(err.message, /No such customer/);
      return true;
    });
    await assert.rejects(fake.authorize(auth({ customerId: 'cus_nobody' })), /No such customer/);
  });

  it('keeps a PaymentMethod to its customer, and a detached one is gone for good', async () => {
    const { fake, customer, auth } = await setup();
    const other = await fake.createCustomer({ agencyId: 7, clientId: 43, email: 'bob@example.test', name: 'Bob' });
    const card = await fake.attachMethod(customer, 'pm_1RealCardFromTheApp');
    await assert.rejects(fake.attachMethod(other, card.providerId), InvalidPaymentMethodError);
    await assert.rejects(
      fake.authorize(auth({ customerId: other, paymentMethodId: card.providerId })),
      InvalidPaymentMethodError,
    );
    await fake.detachMethod(card.providerId);
    await fake.detachMethod(card.providerId); // idempotent
    await fake.detachMethod('pm_neverSeenBefore'); // nothing to do
    await assert.rejects(fake.attachMethod(customer, card.providerId), InvalidPaymentMethodError);
    await assert.rejects(fake.authorize(auth({ paymentMethodId: card.providerId })), InvalidPaymentMethodError);
  });

  it('creates one cus_fake_ customer per client, per account', async () => {
    const { fake, customer } = await setup();
    assert.match(customer, /^cus_fake_[A-Za-z0-9]+$/);
    const same = await fake.createCustomer({ agencyId: 7, clientId: 42, email: 'ada@example.test', name: 'Ada' });
    assert.equal(
      same,
      customer,
      'the same client (Stripe idempotency key daakey-customer-7-42) gets the same customer',
    );
    const other = await fake.createCustomer({ agencyId: 7, clientId: 43, email: 'bob@example.test', name: 'Bob' });
    const elsewhere = await fake.createCustomer({
      agencyId: 7,
      clientId: 42,
      email: 'ada@example.test',
      name: 'Ada',
      account: 'acct_1Agency',
    });
    assert.equal(new Set([customer, other, elsewhere]).size, 3);
    await assert.rejects(fake.attachMethod(customer, 'pm_card_visa', 'acct_1Agency'), /No such customer/);
  });
});

describe('fake payments: the ledger', () => {
  it('authorizes, captures part of the hold, and refunds within what was captured', async () => {
    const { fake, auth } = await setup();
    const hold = await fake.authorize(auth({ idempotencyKey: 'a1' }));
    assert.match(hold.reference, /^pi_fake_[A-Za-z0-9]+$/);
    assert.deepEqual(
      { amountMinor: hold.amountMinor, currency: hold.currency },
      { amountMinor: 10_000, currency: 'eur' },
    );
    assert.equal((await fake.findOperation('authorization', 'a1', null))?.open, true);

    await assert.rejects(
      fake.capture({ reference: hold.reference, amountMinor: 10_001, idempotencyKey: 'c0' }),
      /only 10000 is held/,
    );
    assert.equal(
      (await fake.findOperation('authorization', 'a1', null))?.open,
      true,
      'a refused capture leaves the hold',
    );
    const captured = await fake.capture({ reference: hold.reference, amountMinor: 6_000, idempotencyKey: 'c1' });
    assert.deepEqual(captured, { reference: hold.reference, amountMinor: 6_000, currency: 'eur' });
    assert.equal((await fake.findOperation('authorization', 'a1', null))?.open, false);
    await assert.rejects(
      fake.capture({ reference: hold.reference, amountMinor: 1_000, idempotencyKey: 'c2' }),
      /already captured/,
      'a hold is captured once, like a Stripe PaymentIntent',
    );
    await assert.rejects(fake.release({ reference: hold.reference, idempotencyKey: 'r1' }), /captured/);

    const re1 = await fake.refund({ reference: hold.reference, amountMinor: 2_500, idempotencyKey: 'f1', tags: TAGS });
    assert.match(re1.reference, /^re_fake_[A-Za-z0-9]+$/);
    assert.equal(re1.amountMinor, 2_500);
    await assert.rejects(
      fake.refund({ reference: hold.reference, amountMinor: 4_000, idempotencyKey: 'f2', tags: TAGS }),
      /3500 of the 6000 captured is left/,
    );
    const re2 = await fake.refund({ reference: hold.reference, idempotencyKey: 'f3', tags: TAGS });
    assert.equal(re2.amountMinor, 3_500, 'no amount: whatever is left');
    assert.notEqual(re2.reference, re1.reference);
    await assert.rejects(
      fake.refund({ reference: hold.reference, amountMinor: 1, idempotencyKey: 'f4', tags: TAGS }),
      /already refunded in full/,
    );
    assert.deepEqual(
      fake.operations().map((o) => [o.kind, o.amountMinor, o.status]),
      [
        ['authorization', 10_000, 'succeeded'],
        ['capture', 6_000, 'succeeded'],
        ['refund', 2_500, 'succeeded'],
        ['refund', 3_500, 'succeeded'],
      ],
    );
  });

  it('captures the whole hold when no amount is given', async () => {
    const { fake, auth } = await setup();
    const hold = await fake.authorize(auth({ amountMinor: 4_321 }));
    const captured = await fake.capture({ reference: hold.reference, idempotencyKey: 'c' });
    assert.equal(captured.amountMinor, 4_321);
  });

  it('releases an open hold once; a released hold cannot be captured or refunded', async () => {
    const { fake, auth } = await setup();
    const hold = await fake.authorize(auth());
    const released = await fake.release({ reference: hold.reference, idempotencyKey: 'r1' });
    assert.deepEqual(released, { reference: hold.reference, amountMinor: 10_000, currency: 'eur' });
    const again = await fake.release({ reference: hold.reference, idempotencyKey: 'r2' });
    assert.deepEqual(again, released, 'releasing again is answered, not refused (as the Stripe driver does)');
    assert.equal(fake.operations().filter((o) => o.kind === 'release').length, 1, 'and nothing moves twice');
    await assert.rejects(fake.capture({ reference: hold.reference, idempotencyKey: 'c1' }), /released/);
    await assert.rejects(
      fake.refund({ reference: hold.reference, idempotencyKey: 'f1', tags: TAGS }),
      /nothing was captured/,
    );
  });

  it('refuses to refund a hold that was not captured', async () => {
    const { fake, auth } = await setup();
    const hold = await fake.authorize(auth());
    await assert.rejects(
      fake.refund({ reference: hold.reference, idempotencyKey: 'f1', tags: TAGS }),
      /not captured \(release the hold instead\)/,
    );
  });

  it('refuses unknown references, and references of another account', async () => {
    const { fake, auth } = await setup();
    await assert.rejects(
      fake.capture({ reference: 'pi_nope', idempotencyKey: 'c' }),
      /No such payment intent: 'pi_nope'/,
    );
    await assert.rejects(fake.release({ reference: 'pi_nope', idempotencyKey: 'r' }), /No such payment intent/);
    await assert.rejects(
      fake.refund({ reference: 'pi_nope', idempotencyKey: 'f', tags: TAGS }),
      /No such payment intent/,
    );
    const hold = await fake.authorize(auth());
    await assert.rejects(
      fake.capture({ reference: hold.reference, idempotencyKey: 'c2', account: 'acct_1Agency' }),
      /No such payment intent/,
    );
  });

  it('refuses amounts that are not positive integers, and lower-cases the currency', async () => {
    const { fake, auth } = await setup();
    for (const amountMinor of [0, -100, 12.5, Number.NaN, 100_000_000]) {
      await assert.rejects(fake.authorize(auth({ amountMinor })), /Invalid amount/);
    }
    await assert.rejects(fake.authorize(auth({ currency: 'euro' })), /Invalid currency/);
    const hold = await fake.authorize(auth({ currency: 'USD' }));
    assert.equal(hold.currency, 'usd');
    await assert.rejects(
      fake.capture({ reference: hold.reference, amountMinor: 0, idempotencyKey: 'c' }),
      /Invalid capture amount/,
    );
    assert.equal(fake.operations().length, 1, 'refused requests record nothing');
  });

  it('keeps each connected account apart', async () => {
    const { fake } = await setup();
    const account = 'acct_1Agency';
    const cus = await fake.createCustomer({ agencyId: 7, clientId: 42, email: 'a@example.test', name: 'A', account });
    const card = await fake.attachMethod(cus, 'pm_card_mastercard', account);
    await assert.rejects(fake.attachMethod(cus, card.providerId), /No such customer/);
    const hold = await fake.authorize({
      customerId: cus,
      paymentMethodId: card.providerId,
      amountMinor: 500,
      currency: 'gbp',
      idempotencyKey: 'same-key',
      tags: TAGS,
      account,
    });
    assert.ok(await fake.findOperation('authorization', 'same-key', null, account));
    assert.equal(await fake.findOperation('authorization', 'same-key', null), null);
    assert.deepEqual(
      (await fake.listOperations(new Date(0), account)).map((o) => o.reference),
      [hold.reference],
    );
    assert.deepEqual(await fake.listOperations(new Date(0)), []);
  });
});

describe('fake payments: idempotency', () => {
  it('answers a repeated key with the first result, moving money once', async () => {
    const { fake, auth } = await setup();
    const input = auth({ idempotencyKey: 'booking-1:auth' });
    const first = await fake.authorize(input);
    const second = await fake.authorize({ ...input });
    assert.deepEqual(second, first);
    const cap = { reference: first.reference, amountMinor: 3_000, idempotencyKey: 'booking-1:capture' };
    assert.deepEqual(await fake.capture(cap), await fake.capture({ ...cap }));
    const ref = { reference: first.reference, amountMinor: 1_000, idempotencyKey: 'booking-1:refund', tags: TAGS };
    const r1 = await fake.refund(ref);
    assert.deepEqual(await fake.refund({ ...ref }), r1);
    assert.deepEqual(
      fake.operations().map((o) => o.kind),
      ['authorization', 'capture', 'refund'],
      'one operation each',
    );
  });

  it('replays a decline under the same key', async () => {
    const { fake, auth } = await setup();
    const input = auth({ paymentMethodId: 'pm_card_chargeDeclinedInsufficientFunds', idempotencyKey: 'd1' });
    for (let i = 0; i < 2; i++) {
      await assert.rejects(fake.authorize(input), (err: unknown) => {
        assert.ok(err instanceof PaymentDeclinedError);
        assert.equal(err.declineCode, 'insufficient_funds');
        return true;
      });
    }
    assert.equal(fake.operations().length, 1);
  });

  it('refuses a key reused with other parameters or for another operation', async () => {
    const { fake, auth } = await setup();
    const hold = await fake.authorize(auth({ idempotencyKey: 'k1' }));
    await assert.rejects(fake.authorize(auth({ idempotencyKey: 'k1', amountMinor: 5 })), /same parameters/);
    await assert.rejects(fake.capture({ reference: hold.reference, idempotencyKey: 'k1' }), /same parameters/);
    assert.equal(fake.operations().length, 1);
  });

  it('does not remember refused requests, so a corrected retry goes through', async () => {
    const { fake, auth } = await setup();
    const hold = await fake.authorize(auth());
    await assert.rejects(fake.capture({ reference: hold.reference, amountMinor: 20_000, idempotencyKey: 'c1' }));
    const ok = await fake.capture({ reference: hold.reference, amountMinor: 20_000 - 10_000, idempotencyKey: 'c1' });
    assert.equal(ok.amountMinor, 10_000);
  });

  it('forgets keys after 24 hours, as Stripe does', async () => {
    const { fake, clock, auth } = await setup();
    const input = auth({ idempotencyKey: 'old-key' });
    const first = await fake.authorize(input);
    clock.advance(24 * 3600 * 1000 - 1000);
    assert.deepEqual(await fake.authorize(input), first);
    clock.advanceSeconds(2);
    const later = await fake.authorize(input);
    assert.notEqual(later.reference, first.reference, 'a new hold: retries past a day must look before they leap');
  });

  it('scopes keys to the account', async () => {
    const { fake } = await setup();
    const account = 'acct_1Agency';
    const cus = await fake.createCustomer({ agencyId: 7, clientId: 42, email: 'a@example.test', name: 'A', account });
    const platformCus = await fake.createCustomer({ agencyId: 7, clientId: 99, email: 'p@example.test', name: 'P' });
    const base = {
      paymentMethodId: 'pm_card_visa',
      amountMinor: 100,
      currency: 'eur',
      idempotencyKey: 'k',
      tags: TAGS,
    };
    const a = await fake.authorize({ ...base, customerId: platformCus });
    const b = await fake.authorize({ ...base, customerId: cus, account });
    assert.notEqual(a.reference, b.reference);
  });
});

describe('fake payments: fault injection', () => {
  it("'unavailable' fails the next operation of that kind without performing it", async () => {
    const { fake, auth } = await setup();
    fake.failNext('authorization', 'unavailable');
    await assert.rejects(fake.authorize(auth({ idempotencyKey: 'u1' })), PaymentProviderUnavailableError);
    assert.equal(fake.operations().length, 0);
    assert.equal(await fake.findOperation('authorization', 'u1', null), null);
    const hold = await fake.authorize(auth({ idempotencyKey: 'u1' }));
    assert.equal(fake.operations().length, 1, 'the retry performs it once');
    fake.failNext('capture', 'unavailable');
    await fake.release({ reference: hold.reference, idempotencyKey: 'r1' }); // other kinds are unaffected
    await assert.rejects(
      fake.capture({ reference: hold.reference, idempotencyKey: 'c1' }),
      PaymentProviderUnavailableError,
    );
  });

  it("'lost-reply' performs the operation, then fails; the retry under the same key gets the first result", async () => {
    const { fake, auth } = await setup();
    fake.failNext('authorization', 'lost-reply');
    await assert.rejects(fake.authorize(auth({ idempotencyKey: 'l1' })), PaymentProviderUnavailableError);
    const found = await fake.findOperation('authorization', 'l1', null);
    assert.ok(found, 'the hold was placed');
    assert.equal(found.open, true);
    const retried = await fake.authorize(auth({ idempotencyKey: 'l1' }));
    assert.equal(retried.reference, found.reference);
    assert.equal(fake.operations().length, 1);

    fake.failNext('capture', 'lost-reply');
    fake.failNext('capture', 'lost-reply');
    const cap = { reference: found.reference, amountMinor: 2_000, idempotencyKey: 'l1:cap' };
    await assert.rejects(fake.capture(cap), PaymentProviderUnavailableError);
    await assert.rejects(fake.capture(cap), PaymentProviderUnavailableError, 'faults queue up');
    assert.equal((await fake.capture(cap)).amountMinor, 2_000);
    assert.equal(fake.operations().filter((o) => o.kind === 'capture').length, 1);

    fake.failNext('refund', 'lost-reply');
    await assert.rejects(
      fake.refund({ reference: found.reference, amountMinor: 500, idempotencyKey: 'l1:ref', tags: TAGS }),
      PaymentProviderUnavailableError,
    );
    const refund = await fake.findOperation('refund', 'l1:ref', found.reference);
    assert.equal(refund?.amountMinor, 500);
  });

  it("'lost-reply' on a decline records the failed authorization and hides the decline", async () => {
    const { fake, auth } = await setup();
    fake.failNext('authorization', 'lost-reply');
    await assert.rejects(
      fake.authorize(auth({ paymentMethodId: 'pm_card_chargeDeclined', idempotencyKey: 'ld' })),
      PaymentProviderUnavailableError,
    );
    assert.equal((await fake.findOperation('authorization', 'ld', null))?.status, 'failed');
    await assert.rejects(
      fake.authorize(auth({ paymentMethodId: 'pm_card_chargeDeclined', idempotencyKey: 'ld' })),
      PaymentDeclinedError,
    );
  });
});

describe('fake payments: reconciliation reads', () => {
  it('finds each operation by kind and key, and lists those since a time', async () => {
    const { fake, clock, auth } = await setup();
    const h1 = await fake.authorize(auth({ idempotencyKey: 'h1' }));
    clock.advanceMinutes(10);
    const since = clock.now();
    const h2 = await fake.authorize(auth({ idempotencyKey: 'h2', amountMinor: 7_000 }));
    await fake.capture({ reference: h2.reference, amountMinor: 5_000, idempotencyKey: 'h2:cap' });
    clock.advanceMinutes(1);
    const re = await fake.refund({ reference: h2.reference, amountMinor: 1_000, idempotencyKey: 'h2:ref', tags: TAGS });
    const h3 = await fake.authorize(auth({ idempotencyKey: 'h3' }));
    await fake.release({ reference: h3.reference, idempotencyKey: 'h3:rel' });
    const h4 = await fake.authorize(auth({ idempotencyKey: 'h4' }));

    const a1 = await fake.findOperation('authorization', 'h1', null);
    assert.deepEqual(a1, {
      kind: 'authorization',
      reference: h1.reference,
      authorizationReference: h1.reference,
      idempotencyKey: 'h1',
      status: 'succeeded',
      amountMinor: 10_000,
      currency: 'eur',
      tags: TAGS,
      open: true,
      createdAt: new Date('2026-01-15T10:00:00Z'),
    });
    const cap = await fake.findOperation('capture', 'h2:cap', h2.reference);
    assert.equal(cap?.amountMinor, 5_000);
    assert.deepEqual(cap?.tags, TAGS, 'a capture carries its authorization tags');
    assert.equal(await fake.findOperation('capture', 'h2:cap', h1.reference), null, 'another hold');
    assert.equal(await fake.findOperation('capture', 'h2:ref', h2.reference), null, 'another kind');
    assert.equal((await fake.findOperation('refund', 'h2:ref', h2.reference))?.reference, re.reference);
    assert.equal((await fake.findOperation('release', 'h3:rel', h3.reference))?.amountMinor, 10_000);
    assert.equal(await fake.findOperation('authorization', 'nope', null), null);

    const listed = await fake.listOperations(since);
    assert.deepEqual(
      listed.map((o) => [o.kind, o.reference, o.idempotencyKey, o.open]),
      [
        ['authorization', h2.reference, 'h2', false],
        ['capture', h2.reference, 'h2:cap', undefined],
        ['refund', re.reference, 'h2:ref', undefined],
        ['authorization', h3.reference, 'h3', false],
        ['release', h3.reference, 'h3:rel', undefined],
        ['authorization', h4.reference, 'h4', true],
      ],
    );
    assert.equal(listed.find((o) => o.kind === 'refund')?.authorizationReference, h2.reference);
    assert.equal((await fake.listOperations(clock.now())).length, 4, 'since is inclusive');
    assert.equal((await fake.listOperations(new Date(clock.now().getTime() + 1))).length, 0);
  });

  it('hands out copies', async () => {
    const { fake, auth } = await setup();
    await fake.authorize(auth({ idempotencyKey: 'x' }));
    const [op] = fake.operations();
    op!.createdAt.setTime(0);
    (op as { amountMinor: number }).amountMinor = 1;
    const again = await fake.findOperation('authorization', 'x', null);
    assert.equal(again?.amountMinor, 10_000);
    assert.notEqual(again?.createdAt.getTime(), 0);
  });
});
