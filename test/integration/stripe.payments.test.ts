/**
 * The real StripePaymentProvider (the official SDK over HTTP) against a loopback stand-in for Stripe's
 * REST API (test/helpers/stripe-standin.ts). Nothing is mocked in the driver: assertions cover both
 * what the driver returns and what reached the wire.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { ManualClock } from '../../src/lib/clock.js';
import {
  InvalidPaymentMethodError,
  PaymentDeclinedError,
  PaymentProviderUnavailableError,
  type AuthorizeInput,
} from '../../src/providers/payments/payment.provider.js';
import { StripePaymentProvider, type StripePaymentOptions } from '../../src/providers/payments/stripe.payments.js';
import { StripeStandin, type StandinRequest } from '../helpers/stripe-standin.js';

const SECRET = 'sk_test_51DaakeyStandinSecretKeyZZ9x';
const ACCOUNT = 'acct_1AgencyConnected';
const TAGS = { agencyId: 3, clientId: 11 };

function last(requests: StandinRequest[]): StandinRequest {
  const r = requests[requests.length - 1];
  assert.ok(r, 'a request was received');
  return r;
}

function isPlainError(err: unknown): err is Error {
  return (
    err instanceof Error &&
    !(err instanceof InvalidPaymentMethodError) &&
    !(err instanceof PaymentDeclinedError) &&
    !(err instanceof PaymentProviderUnavailableError)
  );
}

describe('StripePaymentProvider over HTTP against the Stripe stand-in', () => {
  const standin = new StripeStandin({ secretKey: SECRET, connectedAccounts: [ACCOUNT] });
  let base = '';
  let provider: StripePaymentProvider;
  let keySeq = 0;
  const key = (label: string) => `${label}-${++keySeq}`;
  const make = (over: Partial<StripePaymentOptions> = {}) =>
    new StripePaymentProvider({ secretKey: SECRET, apiBase: base, timeoutMs: 5_000, maxNetworkRetries: 1, ...over });

  async function customerWithCard(pm = 'pm_card_visa', account?: string) {
    const clientId = 1000 + ++keySeq;
    const customerId = await provider.createCustomer({
      agencyId: TAGS.agencyId,
      clientId,
      email: `c${clientId}@example.test`,
      name: `Client ${clientId}`,
      ...(account ? { account } : {}),
    });
    const card = await provider.attachMethod(customerId, pm, account);
    const auth = (over: Partial<AuthorizeInput> = {}): AuthorizeInput => ({
      customerId,
      paymentMethodId: card.providerId,
      amountMinor: 12_000,
      currency: 'EUR',
      idempotencyKey: key('auth'),
      tags: TAGS,
      ...(account ? { account } : {}),
      ...over,
    });
    return { customerId, card, auth };
  }

  before(async () => {
    base = await standin.start();
    provider = make();
  });

  after(async () => {
    await standin.stop();
  });

  it('creates a tagged customer under a per-client idempotency key', async () => {
    const input = { agencyId: 3, clientId: 11, email: 'ada@example.test', name: 'Ada Lovelace' };
    const id = await provider.createCustomer(input);
    assert.match(id, /^cus_/);
    const req = last(standin.requestsTo('/v1/customers', 'POST'));
    assert.equal(req.authorization, `Bearer ${SECRET}`);
    assert.equal(req.idempotencyKey, 'daakey-customer-3-11');
    assert.equal(req.stripeAccount, undefined);
    assert.ok(req.stripeVersion, 'the SDK pins an API version');
    assert.equal(req.form.get('email'), 'ada@example.test');
    assert.equal(req.form.get('name'), 'Ada Lovelace');
    assert.equal(req.form.get('metadata[daakey_agency]'), '3');
    assert.equal(req.form.get('metadata[daakey_client]'), '11');

    assert.equal(await provider.createCustomer(input), id, 'the same client gets the same customer');
    assert.equal(last(standin.requestsTo('/v1/customers', 'POST')).replayed, true);
    assert.equal(standin.customers().filter((c) => c['id'] === id).length, 1);
  });

  it('attaches test cards: brand, last four, expiry and fingerprint, each as a new PaymentMethod', async () => {
    const customerId = await provider.createCustomer({ agencyId: 3, clientId: 12, email: 'b@example.test', name: 'B' });
    const year = new Date().getUTCFullYear();
    for (const [pm, brand, lastFour] of [
      ['pm_card_visa', 'visa', '4242'],
      ['pm_card_mastercard', 'mastercard', '4444'],
      ['pm_card_amex', 'amex', '8431'],
    ] as const) {
      const card = await provider.attachMethod(customerId, pm);
      assert.equal(card.brand, brand);
      assert.equal(card.lastFour, lastFour);
      assert.equal(card.expMonth, 12);
      assert.equal(card.expYear, year + 3);
      assert.match(card.fingerprint, /^[A-Za-z0-9]{16}$/);
      assert.match(card.providerId, /^pm_/);
      assert.notEqual(card.providerId, pm, 'Stripe makes a PaymentMethod of its own from a test id');
      const req = last(standin.requestsTo(`/v1/payment_methods/${pm}/attach`, 'POST'));
      assert.equal(req.form.get('customer'), customerId);
      assert.match(req.idempotencyKey ?? '', /^daakey-attach-/);
    }
    const a = await provider.attachMethod(customerId, 'pm_card_visa');
    const b = await provider.attachMethod(customerId, 'pm_card_visa');
    assert.notEqual(a.providerId, b.providerId);
    assert.equal(a.fingerprint, b.fingerprint, 'the same card number, the same fingerprint');

    const tokenised = standin.addPaymentMethod({ id: 'pm_1TokenisedByTheApp' });
    const card = await provider.attachMethod(customerId, tokenised);
    assert.equal(card.providerId, 'pm_1TokenisedByTheApp', 'a real PaymentMethod keeps its id');
  });

  it('refuses malformed, unknown and declining ids at attach with InvalidPaymentMethodError', async () => {
    const customerId = await provider.createCustomer({ agencyId: 3, clientId: 13, email: 'c@example.test', name: 'C' });
    const before = standin.requests.length;
    for (const bad of ['', 'not-a-pm', 'pm_../../v1/customers', 'tok_visa']) {
      await assert.rejects(provider.attachMethod(customerId, bad), InvalidPaymentMethodError, bad);
    }
    assert.equal(standin.requests.length, before, 'malformed ids are refused without a request');

    await assert.rejects(provider.attachMethod(customerId, 'pm_1DoesNotExist'), (err: unknown) => {
      assert.ok(err instanceof InvalidPaymentMethodError);
      assert.match(err.message, /No such PaymentMethod: 'pm_1DoesNotExist'/);
      return true;
    });
    assert.equal(last(standin.requestsTo('/v1/payment_methods/pm_1DoesNotExist/attach')).status, 404);
    await assert.rejects(provider.attachMethod(customerId, 'pm_card_nope'), InvalidPaymentMethodError);

    // Stripe's decline cards cannot be attached to a customer (402 card_error).
    await assert.rejects(
      provider.attachMethod(customerId, 'pm_card_visa_chargeDeclinedInsufficientFunds'),
      (err: unknown) => {
        assert.ok(err instanceof InvalidPaymentMethodError);
        assert.match(err.message, /insufficient funds.*insufficient_funds/);
        return true;
      },
    );
    assert.equal(
      last(standin.requestsTo('/v1/payment_methods/pm_card_visa_chargeDeclinedInsufficientFunds/attach')).status,
      402,
    );

    await assert.rejects(provider.attachMethod('cus_nobody', 'pm_card_visa'), (err: unknown) => {
      assert.ok(isPlainError(err), 'an unknown customer is our problem, not the card');
      assert.match(err.message, /No such customer/);
      return true;
    });
  });

  it('detaches idempotently', async () => {
    const { card } = await customerWithCard();
    await provider.detachMethod(card.providerId);
    await provider.detachMethod(card.providerId); // 400: not attached
    await provider.detachMethod('pm_1NeverExisted'); // 404
    await provider.detachMethod('garbage id'); // not even sent
    const detaches = standin.requestsTo(`/v1/payment_methods/${card.providerId}/detach`, 'POST');
    assert.deepEqual(
      detaches.map((r) => r.status),
      [200, 400],
    );
    assert.ok(detaches.every((r) => r.idempotencyKey));
  });

  it('authorizes off-session with manual capture, captures part, and refunds part', async () => {
    const { customerId, card, auth } = await customerWithCard();
    const hold = await provider.authorize(auth({ idempotencyKey: 'bk-1:auth', description: 'ACME booking 1' }));
    assert.match(hold.reference, /^pi_/);
    assert.equal(hold.amountMinor, 12_000);
    assert.equal(hold.currency, 'eur');

    const create = last(standin.requestsTo('/v1/payment_intents', 'POST'));
    assert.equal(create.idempotencyKey, 'bk-1:auth');
    const f = create.form;
    assert.equal(f.get('amount'), '12000');
    assert.equal(f.get('currency'), 'eur', 'lower case on the wire');
    assert.equal(f.get('customer'), customerId);
    assert.equal(f.get('payment_method'), card.providerId);
    assert.equal(f.get('capture_method'), 'manual');
    assert.equal(f.get('confirm'), 'true');
    assert.equal(f.get('off_session'), 'true');
    assert.equal(f.get('automatic_payment_methods[allow_redirects]'), 'never');
    assert.equal(f.get('description'), 'ACME booking 1');
    assert.equal(f.get('metadata[daakey_key]'), 'bk-1:auth');
    assert.equal(f.get('metadata[daakey_agency]'), '3');
    assert.equal(f.get('metadata[daakey_client]'), '11');
    assert.equal(standin.paymentIntent(hold.reference)?.['status'], 'requires_capture');

    const captured = await provider.capture({
      reference: hold.reference,
      amountMinor: 9_000,
      idempotencyKey: 'bk-1:cap',
    });
    assert.deepEqual(captured, { reference: hold.reference, amountMinor: 9_000, currency: 'eur' });
    const cap = last(standin.requestsTo(`/v1/payment_intents/${hold.reference}/capture`, 'POST'));
    assert.equal(cap.idempotencyKey, 'bk-1:cap');
    assert.equal(cap.form.get('amount_to_capture'), '9000');
    assert.equal(cap.form.get('metadata[daakey_capture_key]'), 'bk-1:cap');
    assert.equal(standin.paymentIntent(hold.reference)?.['status'], 'succeeded');
    assert.equal(standin.paymentIntent(hold.reference)?.['amount_received'], 9_000);

    const re1 = await provider.refund({
      reference: hold.reference,
      amountMinor: 4_000,
      idempotencyKey: 'bk-1:ref1',
      tags: TAGS,
    });
    assert.match(re1.reference, /^re_/);
    assert.equal(re1.amountMinor, 4_000);
    const refundReq = last(standin.requestsTo('/v1/refunds', 'POST'));
    assert.equal(refundReq.idempotencyKey, 'bk-1:ref1');
    assert.equal(refundReq.form.get('payment_intent'), hold.reference);
    assert.equal(refundReq.form.get('amount'), '4000');
    assert.equal(refundReq.form.get('metadata[daakey_key]'), 'bk-1:ref1');
    assert.equal(refundReq.form.get('metadata[daakey_agency]'), '3');

    await assert.rejects(
      provider.refund({ reference: hold.reference, amountMinor: 6_000, idempotencyKey: 'bk-1:ref2', tags: TAGS }),
      (err: unknown) => isPlainError(err) && /greater than unrefunded amount/.test(err.message),
    );
    const re2 = await provider.refund({ reference: hold.reference, idempotencyKey: 'bk-1:ref3', tags: TAGS });
    assert.equal(re2.amountMinor, 5_000, 'no amount: the rest');
    assert.equal(last(standin.requestsTo('/v1/refunds', 'POST')).form.get('amount'), null);

    await assert.rejects(
      provider.capture({ reference: hold.reference, idempotencyKey: 'bk-1:cap2' }),
      (err: unknown) => isPlainError(err) && /payment_intent_unexpected_state/.test(err.message),
    );
    await assert.rejects(
      provider.release({ reference: hold.reference, idempotencyKey: 'bk-1:rel' }),
      (err: unknown) => isPlainError(err) && /captured: refund it instead/.test(err.message),
    );
  });

  it('releases a hold, and answers a second release with the canceled hold', async () => {
    const { auth } = await customerWithCard('pm_card_mastercard');
    const hold = await provider.authorize(auth({ amountMinor: 3_300 }));
    const released = await provider.release({ reference: hold.reference, idempotencyKey: 'rel-1' });
    assert.deepEqual(released, { reference: hold.reference, amountMinor: 3_300, currency: 'eur' });
    assert.equal(standin.paymentIntent(hold.reference)?.['status'], 'canceled');
    assert.equal(last(standin.requestsTo(`/v1/payment_intents/${hold.reference}/cancel`)).idempotencyKey, 'rel-1');

    assert.deepEqual(await provider.release({ reference: hold.reference, idempotencyKey: 'rel-2' }), released);
    assert.deepEqual(
      standin.requestsTo(new RegExp(`^/v1/payment_intents/${hold.reference}`)).map((r) => [r.method, r.status]),
      [
        ['POST', 200],
        ['POST', 400],
        ['GET', 200],
      ],
    );
    await assert.rejects(provider.capture({ reference: hold.reference, idempotencyKey: 'cap-x' }), (err: unknown) =>
      isPlainError(err),
    );
    await assert.rejects(
      provider.capture({ reference: 'pi_3Unknown', idempotencyKey: 'cap-y' }),
      (err: unknown) => isPlainError(err) && /resource_missing/.test(err.message),
    );
  });

  it('turns card errors into PaymentDeclinedError with Stripe’s codes', async () => {
    const { auth } = await customerWithCard();
    const insufficient = auth({ paymentMethodId: 'pm_card_chargeDeclinedInsufficientFunds', idempotencyKey: 'dec-1' });
    for (let attempt = 0; attempt < 2; attempt++) {
      await assert.rejects(provider.authorize(insufficient), (err: unknown) => {
        assert.ok(err instanceof PaymentDeclinedError, String(err));
        assert.equal(err.code, 'card_declined');
        assert.equal(err.declineCode, 'insufficient_funds');
        assert.match(err.message, /insufficient funds/);
        return true;
      });
    }
    const attempts = standin.requestsTo('/v1/payment_intents', 'POST').filter((r) => r.idempotencyKey === 'dec-1');
    assert.deepEqual(
      attempts.map((r) => [r.status, r.replayed]),
      [
        [402, false],
        [402, true],
      ],
      'the retry is answered from the idempotency cache',
    );
    const left = standin
      .paymentIntents()
      .filter((pi) => (pi['metadata'] as Record<string, string>)['daakey_key'] === 'dec-1');
    assert.equal(left.length, 1);
    assert.equal(left[0]!['status'], 'requires_payment_method');
    const found = await provider.findOperation('authorization', 'dec-1', null);
    assert.equal(found?.status, 'failed');
    assert.equal(found?.open, false);

    await assert.rejects(
      provider.authorize(auth({ paymentMethodId: 'pm_card_chargeDeclinedExpiredCard' })),
      (err: unknown) =>
        err instanceof PaymentDeclinedError && err.code === 'expired_card' && err.declineCode === undefined,
    );
    const failing = await customerWithCard('pm_card_chargeCustomerFail');
    await assert.rejects(
      provider.authorize(failing.auth()),
      (err: unknown) => err instanceof PaymentDeclinedError && err.declineCode === 'generic_decline',
    );
    const threeDs = await customerWithCard('pm_card_authenticationRequired');
    await assert.rejects(
      provider.authorize(threeDs.auth()),
      (err: unknown) => err instanceof PaymentDeclinedError && err.code === 'authentication_required',
    );
  });

  it('refuses a PaymentMethod that is gone or belongs to someone else with InvalidPaymentMethodError', async () => {
    const { card, auth } = await customerWithCard();
    const other = await customerWithCard();
    await assert.rejects(
      provider.authorize(other.auth({ paymentMethodId: card.providerId })),
      InvalidPaymentMethodError,
    );
    await provider.detachMethod(card.providerId);
    await assert.rejects(provider.authorize(auth()), InvalidPaymentMethodError);
    await assert.rejects(provider.authorize(auth({ paymentMethodId: 'pm_1Vanished' })), InvalidPaymentMethodError);
  });

  it('answers a retry under the same key with the same hold, and Stripe holds once', async () => {
    const { auth } = await customerWithCard();
    const input = auth({ idempotencyKey: 'retry-1' });
    const first = await provider.authorize(input);
    const second = await provider.authorize({ ...input });
    assert.deepEqual(second, first);
    const holds = standin
      .paymentIntents()
      .filter((pi) => (pi['metadata'] as Record<string, string>)['daakey_key'] === 'retry-1');
    assert.equal(holds.length, 1, 'one PaymentIntent');
    assert.deepEqual(
      standin
        .requestsTo('/v1/payment_intents', 'POST')
        .filter((r) => r.idempotencyKey === 'retry-1')
        .map((r) => r.replayed),
      [false, true],
    );
    await assert.rejects(provider.authorize({ ...input, amountMinor: 1 }), (err: unknown) => {
      assert.ok(isPlainError(err), String(err));
      assert.match(err.message, /idempotency_error/);
      return true;
    });
  });

  describe('when the network fails', () => {
    it('a reset connection is retried by the SDK once, under the same key, even with retries off', async () => {
      const noRetries = make({ maxNetworkRetries: 0 });
      const { auth } = await customerWithCard();
      standin.failNext({ method: 'POST', path: '/v1/payment_intents' });
      const hold = await noRetries.authorize(auth({ idempotencyKey: 'net-1' }));
      const sent = standin.requestsTo('/v1/payment_intents', 'POST').filter((r) => r.idempotencyKey === 'net-1');
      assert.deepEqual(
        sent.map((r) => r.status),
        [null, 200],
      );
      assert.equal(standin.paymentIntent(hold.reference)?.['status'], 'requires_capture');
    });

    it('is PaymentProviderUnavailableError when the connection keeps failing, and nothing was held', async () => {
      const noRetries = make({ maxNetworkRetries: 0 });
      const { auth } = await customerWithCard();
      standin.failNext({ method: 'POST', path: '/v1/payment_intents' }, { times: 2 });
      await assert.rejects(noRetries.authorize(auth({ idempotencyKey: 'net-2' })), PaymentProviderUnavailableError);
      assert.equal(await provider.findOperation('authorization', 'net-2', null), null);
    });

    it('is PaymentProviderUnavailableError when the reply is lost; the hold is found, and a retry gets it', async () => {
      const noRetries = make({ maxNetworkRetries: 0 });
      const { auth } = await customerWithCard();
      const input = auth({ idempotencyKey: 'net-3' });
      standin.failNext({ method: 'POST', path: '/v1/payment_intents' }, { times: 2, after: true });
      await assert.rejects(noRetries.authorize(input), PaymentProviderUnavailableError);
      const found = await provider.findOperation('authorization', 'net-3', null);
      assert.ok(found, 'the hold was placed');
      assert.equal(found.open, true);
      assert.equal(found.status, 'succeeded');
      const retried = await noRetries.authorize(input);
      assert.equal(retried.reference, found.reference);
      const holds = standin
        .paymentIntents()
        .filter((pi) => (pi['metadata'] as Record<string, string>)['daakey_key'] === 'net-3');
      assert.equal(holds.length, 1);
    });

    it('is PaymentProviderUnavailableError on 5xx and 429', async () => {
      const noRetries = make({ maxNetworkRetries: 0 });
      const { auth } = await customerWithCard();
      const hold = await provider.authorize(auth());
      standin.respondNext({ path: `/v1/payment_intents/${hold.reference}/capture` }, 500);
      await assert.rejects(
        noRetries.capture({ reference: hold.reference, idempotencyKey: 'cap-5xx' }),
        (err: unknown) => {
          assert.ok(err instanceof PaymentProviderUnavailableError);
          assert.match(err.message, /HTTP 500/);
          return true;
        },
      );
      standin.respondNext({ path: '/v1/refunds' }, 429);
      await assert.rejects(
        noRetries.refund({ reference: hold.reference, idempotencyKey: 'ref-429', tags: TAGS }),
        PaymentProviderUnavailableError,
      );
      standin.respondNext({ path: '/v1/payment_intents/search' }, 503);
      await assert.rejects(noRetries.findOperation('authorization', 'x', null), PaymentProviderUnavailableError);
      // With retries on, the SDK gets through a passing 500 under the same key.
      standin.respondNext({ path: `/v1/payment_intents/${hold.reference}/capture` }, 500);
      const withRetries = make({ maxNetworkRetries: 1 });
      const captured = await withRetries.capture({ reference: hold.reference, idempotencyKey: 'cap-5xx-2' });
      assert.equal(captured.amountMinor, 12_000);
    });

    it('is PaymentProviderUnavailableError when nothing listens or the answer takes too long', async () => {
      const dead = createServer();
      await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
      const port = (dead.address() as AddressInfo).port;
      await new Promise<void>((resolve) => dead.close(() => resolve()));
      const refused = new StripePaymentProvider({
        secretKey: SECRET,
        apiBase: `http://127.0.0.1:${port}`,
        maxNetworkRetries: 0,
      });
      await assert.rejects(
        refused.createCustomer({ agencyId: 1, clientId: 1, email: 'x@example.test', name: 'X' }),
        PaymentProviderUnavailableError,
      );

      const slow: Server = createServer(() => {
        /* never answers */
      });
      await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
      try {
        const timingOut = new StripePaymentProvider({
          secretKey: SECRET,
          apiBase: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`,
          timeoutMs: 150,
          maxNetworkRetries: 0,
        });
        await assert.rejects(timingOut.listOperations(new Date()), PaymentProviderUnavailableError);
      } finally {
        slow.closeAllConnections();
        await new Promise<void>((resolve) => slow.close(() => resolve()));
      }
    });
  });

  it('acts for a connected account with the Stripe-Account header, and keeps its objects there', async () => {
    const { card, auth } = await customerWithCard('pm_card_visa', ACCOUNT);
    const hold = await provider.authorize(auth({ idempotencyKey: 'acct-1' }));
    await provider.capture({
      reference: hold.reference,
      amountMinor: 2_000,
      idempotencyKey: 'acct-1:cap',
      account: ACCOUNT,
    });
    await provider.refund({
      reference: hold.reference,
      amountMinor: 500,
      idempotencyKey: 'acct-1:ref',
      tags: TAGS,
      account: ACCOUNT,
    });
    const sent = standin.requests.filter((r) => r.stripeAccount === ACCOUNT);
    assert.deepEqual(
      sent.map((r) => `${r.method} ${r.path.replace(card.providerId, '{pm}').replace(hold.reference, '{pi}')}`),
      [
        'POST /v1/customers',
        'POST /v1/payment_methods/pm_card_visa/attach',
        'POST /v1/payment_intents',
        'POST /v1/payment_intents/{pi}/capture',
        'POST /v1/refunds',
      ],
    );
    assert.ok(standin.paymentIntent(hold.reference, ACCOUNT));
    assert.equal(standin.paymentIntent(hold.reference), undefined, 'not on the platform account');
    assert.equal((await provider.findOperation('authorization', 'acct-1', null, ACCOUNT))?.reference, hold.reference);
    assert.equal(await provider.findOperation('authorization', 'acct-1', null), null);
    await assert.rejects(
      provider.capture({ reference: hold.reference, idempotencyKey: 'acct-1:cap2' }),
      (err: unknown) => isPlainError(err) && /resource_missing/.test(err.message),
    );
    await assert.rejects(
      provider.createCustomer({
        agencyId: 3,
        clientId: 99,
        email: 'z@example.test',
        name: 'Z',
        account: 'acct_1Stranger',
      }),
      (err: unknown) => isPlainError(err) && /HTTP 403/.test(err.message),
    );
  });

  it('never puts the secret key in an error message, nor shows it on the provider', async () => {
    const wrongKey = 'sk_test_51WrongKeyForDaakeyTests7777';
    const wrong = make({ secretKey: wrongKey });
    await assert.rejects(
      wrong.createCustomer({ agencyId: 1, clientId: 2, email: 'k@example.test', name: 'K' }),
      (err: unknown) => {
        assert.ok(isPlainError(err), String(err));
        assert.equal(last(standin.requests).status, 401);
        assert.match(err.message, /Invalid API Key provided/);
        assert.ok(!err.message.includes(wrongKey));
        assert.ok(!err.message.includes('sk_test_'), err.message);
        assert.ok(!inspect(err).includes(wrongKey));
        return true;
      },
    );
    for (const shown of [JSON.stringify(provider), inspect(provider, { depth: 5, showHidden: true })]) {
      assert.ok(!shown.includes(SECRET), 'the provider does not show its key');
    }
  });
});

describe('StripePaymentProvider reconciliation reads against the Stripe stand-in', () => {
  let nowMs = Date.parse('2026-03-01T12:00:00Z');
  const clock = new ManualClock(new Date(nowMs));
  const standin = new StripeStandin({ secretKey: SECRET, now: () => nowMs });
  let provider: StripePaymentProvider;
  let base = '';
  const advance = (seconds: number) => {
    nowMs += seconds * 1000;
    clock.set(new Date(nowMs));
  };

  before(async () => {
    base = await standin.start();
    provider = new StripePaymentProvider({ secretKey: SECRET, apiBase: base, maxNetworkRetries: 0, clock });
  });

  after(async () => {
    await standin.stop();
  });

  it('finds operations by key and lists those carrying a daakey key since a time', async () => {
    const customerId = await provider.createCustomer({ agencyId: 5, clientId: 8, email: 'r@example.test', name: 'R' });
    const card = await provider.attachMethod(customerId, 'pm_card_visa');
    const auth = (key: string, amountMinor = 10_000): AuthorizeInput => ({
      customerId,
      paymentMethodId: card.providerId,
      amountMinor,
      currency: 'eur',
      idempotencyKey: key,
      tags: { agencyId: 5, clientId: 8 },
    });
    const early = await provider.authorize(auth('early'));
    advance(600);
    const since = new Date(nowMs);
    const h1 = await provider.authorize(auth('h1'));
    advance(1);
    const h2 = await provider.authorize(auth('h2', 7_000));
    await provider.capture({ reference: h2.reference, amountMinor: 5_000, idempotencyKey: 'h2:cap' });
    advance(1);
    const re = await provider.refund({
      reference: h2.reference,
      amountMinor: 1_500,
      idempotencyKey: 'h2:ref',
      tags: { agencyId: 5, clientId: 8 },
    });
    const h3 = await provider.authorize(auth('h3'));
    await provider.release({ reference: h3.reference, idempotencyKey: 'h3:rel' });
    await assert.rejects(
      provider.authorize({ ...auth('h4'), paymentMethodId: 'pm_card_chargeDeclined' }),
      PaymentDeclinedError,
    );
    // A PaymentIntent someone made by hand in the dashboard: no daakey key.
    const manual = await fetch(`${base}/v1/payment_intents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'amount=999&currency=eur',
    });
    assert.equal(manual.status, 200);

    // findOperation
    const a1 = await provider.findOperation('authorization', 'h1', null);
    assert.deepEqual(a1, {
      kind: 'authorization',
      reference: h1.reference,
      authorizationReference: h1.reference,
      idempotencyKey: 'h1',
      status: 'succeeded',
      amountMinor: 10_000,
      currency: 'eur',
      tags: { agencyId: 5, clientId: 8 },
      open: true,
      createdAt: since,
    });
    const search = last(standin.requestsTo('/v1/payment_intents/search', 'GET'));
    assert.equal(search.query.get('query'), "metadata['daakey_key']:'h1'");
    assert.equal((await provider.findOperation('authorization', 'h2', null))?.open, false);
    assert.equal((await provider.findOperation('authorization', 'h3', null))?.open, false);
    assert.equal((await provider.findOperation('authorization', 'h4', null))?.status, 'failed');
    assert.equal(await provider.findOperation('authorization', 'never-used', null), null);
    assert.equal(await provider.findOperation('authorization', "it's \\ odd", null), null, 'quotes are escaped');

    const cap = await provider.findOperation('capture', 'h2:cap', h2.reference);
    assert.equal(cap?.kind, 'capture');
    assert.equal(cap?.amountMinor, 5_000);
    assert.equal(cap?.reference, h2.reference);
    assert.equal(await provider.findOperation('capture', 'another-capture', h2.reference), null);
    assert.equal(await provider.findOperation('capture', 'h1:cap', h1.reference), null, 'h1 is not captured');
    const rel = await provider.findOperation('release', 'h3:rel', h3.reference);
    assert.equal(rel?.amountMinor, 10_000);
    assert.equal(await provider.findOperation('release', 'h1:rel', h1.reference), null);
    const refund = await provider.findOperation('refund', 'h2:ref', h2.reference);
    assert.equal(refund?.reference, re.reference);
    assert.equal(refund?.authorizationReference, h2.reference);
    assert.equal(refund?.amountMinor, 1_500);
    assert.deepEqual(refund?.tags, { agencyId: 5, clientId: 8 });
    assert.equal(await provider.findOperation('refund', 'h2:other', h2.reference), null);
    assert.equal(await provider.findOperation('refund', 'h2:ref', null), null);
    assert.equal(await provider.findOperation('capture', 'h2:cap', 'pi_3Missing'), null);

    // listOperations
    const listed = await provider.listOperations(since);
    assert.deepEqual(
      listed.map((o) => [o.kind, o.idempotencyKey, o.status, o.open]),
      [
        ['authorization', 'h1', 'succeeded', true],
        ['authorization', 'h2', 'succeeded', false],
        ['authorization', 'h3', 'succeeded', false],
        ['authorization', 'h4', 'failed', false],
        ['refund', 'h2:ref', 'succeeded', undefined],
      ],
    );
    assert.ok(!listed.some((o) => o.reference === early.reference), 'created before since');
    const list = last(standin.requestsTo('/v1/payment_intents', 'GET'));
    assert.equal(list.query.get('created[gte]'), String(Math.floor(since.getTime() / 1000)));
    assert.equal(list.query.get('limit'), '100');
    assert.equal(
      last(standin.requestsTo('/v1/refunds', 'GET')).query.get('created[gte]'),
      list.query.get('created[gte]'),
    );
  });

  it('falls back to listing recent PaymentIntents while search has not indexed a new one', async () => {
    const customerId = await provider.createCustomer({ agencyId: 5, clientId: 9, email: 's@example.test', name: 'S' });
    const hold = await provider.authorize({
      customerId,
      paymentMethodId: 'pm_card_visa',
      amountMinor: 2_500,
      currency: 'eur',
      idempotencyKey: 'fresh',
      tags: { agencyId: 5, clientId: 9 },
    });
    standin.searchLagSeconds = 120;
    try {
      const before = standin.requests.length;
      const found = await provider.findOperation('authorization', 'fresh', null);
      assert.equal(found?.reference, hold.reference);
      const made = standin.requests.slice(before).map((r) => `${r.method} ${r.path}`);
      assert.deepEqual(made, ['GET /v1/payment_intents/search', 'GET /v1/payment_intents']);
      const scan = last(standin.requestsTo('/v1/payment_intents', 'GET'));
      assert.equal(scan.query.get('created[gte]'), String(Math.floor(nowMs / 1000) - 26 * 3600));
    } finally {
      standin.searchLagSeconds = 0;
    }
  });

  it('pages through long lists', async () => {
    advance(3600);
    const since = new Date(nowMs);
    const customerId = await provider.createCustomer({ agencyId: 5, clientId: 10, email: 't@example.test', name: 'T' });
    const refs = new Set<string>();
    for (let i = 0; i < 105; i++) {
      const hold = await provider.authorize({
        customerId,
        paymentMethodId: 'pm_card_visa',
        amountMinor: 100 + i,
        currency: 'eur',
        idempotencyKey: `bulk-${i}`,
        tags: { agencyId: 5, clientId: 10 },
      });
      refs.add(hold.reference);
    }
    const listed = await provider.listOperations(since);
    assert.equal(listed.length, 105);
    assert.deepEqual(new Set(listed.map((o) => o.reference)), refs);
    const pages = standin.requestsTo('/v1/payment_intents', 'GET').slice(-2);
    assert.equal(pages[0]!.query.get('starting_after'), null);
    assert.ok(pages[1]!.query.get('starting_after'), 'the SDK asked for the second page');
  });
});
