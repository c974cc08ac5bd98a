/**
 * Stripe through its official SDK: Customers, PaymentMethods, PaymentIntents with manual capture (the
 * hold), and Refunds. Every mutating call carries an idempotency key (ours for money movements), and
 * every PaymentIntent and Refund carries our key in metadata `daakey_key` for reconciliation.
 *
 * Errors: card declines are PaymentDeclinedError; network failures, timeouts, 5xx, 409 and 429 are
 * PaymentProviderUnavailableError (the outcome is unknown); anything else Stripe refuses is a plain
 * Error. The secret key never appears in an error message.
 */
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { systemClock, type Clock } from '../../lib/clock.js';
import {
  InvalidPaymentMethodError,
  PaymentDeclinedError,
  PaymentOperationRefusedError,
  PaymentProviderUnavailableError,
  type AuthorizeInput,
  type CaptureInput,
  type CardDetails,
  type CustomerInput,
  type OperationKind,
  type OperationResult,
  type OperationTags,
  type PaymentProvider,
  type ProviderOperation,
  type RefundInput,
  type ReleaseInput,
} from './payment.provider.js';

export interface StripePaymentOptions {
  secretKey: string;
  /** Where the SDK sends requests, e.g. http://127.0.0.1:12111 (default: https://api.stripe.com). Only the origin is used. */
  apiBase?: string;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /** SDK retries on network errors, 409 and 5xx, under the same idempotency key (default 2). */
  maxNetworkRetries?: number;
  /** Bounds the fallback scan of findOperation (default: the system clock). */
  clock?: Clock;
}

/** PaymentIntent statuses of an authorization that did not place a hold. */
const NOT_AUTHORIZED = new Set(['requires_payment_method', 'requires_confirmation', 'requires_action']);
/**
 * Stripe's search index lags behind writes (seconds to minutes). When search does not find an
 * authorization, PaymentIntents created this recently are listed and checked one by one: longer than
 * Stripe keeps idempotency keys (24 h), the window in which a retry could still create one.
 */
const RECENT_SCAN_MS = 26 * 60 * 60 * 1000;
const PAYMENT_METHOD_ID = /^pm_[A-Za-z0-9_]+$/;

type StripeErrorInstance = InstanceType<typeof Stripe.errors.StripeError>;

function isStripeError(err: unknown): err is StripeErrorInstance {
  return err instanceof Stripe.errors.StripeError;
}

function isInvalidRequest(err: unknown): err is StripeErrorInstance {
  return err instanceof Stripe.errors.StripeInvalidRequestError;
}

function isUnavailable(err: StripeErrorInstance): boolean {
  if (
    err instanceof Stripe.errors.StripeConnectionError ||
    err instanceof Stripe.errors.StripeAPIError ||
    err instanceof Stripe.errors.StripeRateLimitError
  ) {
    return true;
  }
  const status = err.statusCode;
  return status !== undefined && (status >= 500 || status === 429 || status === 409);
}

function tagsOf(metadata: Stripe.Metadata | null | undefined): OperationTags | null {
  const agencyId = Number(metadata?.['daakey_agency']);
  const clientId = Number(metadata?.['daakey_client']);
  if (!metadata?.['daakey_agency'] || !metadata['daakey_client']) return null;
  return Number.isSafeInteger(agencyId) && Number.isSafeInteger(clientId) ? { agencyId, clientId } : null;
}

function unix(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

function authorizationOf(pi: Stripe.PaymentIntent): ProviderOperation {
  // A PaymentIntent canceled after a decline never held money; one canceled from requires_capture did.
  const failed = NOT_AUTHORIZED.has(pi.status) || (pi.status === 'canceled' && pi.last_payment_error !== null);
  return {
    kind: 'authorization',
    reference: pi.id,
    authorizationReference: pi.id,
    idempotencyKey: pi.metadata['daakey_key'] ?? '',
    status: failed ? 'failed' : 'succeeded',
    amountMinor: pi.amount,
    currency: pi.currency,
    tags: tagsOf(pi.metadata),
    open: pi.status === 'requires_capture',
    createdAt: new Date(pi.created * 1000),
  };
}

function refundOf(re: Stripe.Refund): ProviderOperation {
  const pi = re.payment_intent;
  return {
    kind: 'refund',
    reference: re.id,
    authorizationReference: typeof pi === 'string' ? pi : (pi?.id ?? ''),
    idempotencyKey: re.metadata?.['daakey_key'] ?? '',
    status: re.status === 'failed' || re.status === 'canceled' ? 'failed' : 'succeeded',
    amountMinor: re.amount,
    currency: re.currency,
    tags: tagsOf(re.metadata),
    createdAt: new Date(re.created * 1000),
  };
}

/** The most telling of several PaymentIntents under one key: one that held money, else the latest. */
function pickAuthorization(candidates: Stripe.PaymentIntent[]): Stripe.PaymentIntent | null {
  const sorted = [...candidates].sort((a, b) => b.created - a.created);
  return sorted.find((pi) => authorizationOf(pi).status === 'succeeded') ?? sorted[0] ?? null;
}

/** A value in Stripe's search query language: single-quoted, with \ and ' escaped. */
function searchString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Stripe error codes that mean "not in this state of the PaymentIntent or charge": retrying will not help. */
const REFUSED_IN_STATE = new Set([
  'payment_intent_unexpected_state',
  'charge_already_captured',
  'charge_already_refunded',
  'charge_expired_for_capture',
  'amount_too_large',
  'amount_too_small',
  'charge_disputed',
]);

export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe';
  readonly #stripe: Stripe;
  /** Kept only to scrub it from messages. */
  readonly #secretKey: string;
  readonly #clock: Clock;

  constructor(opts: StripePaymentOptions) {
    if (!opts.secretKey) throw new Error('StripePaymentProvider: a secret key is required');
    this.#secretKey = opts.secretKey;
    this.#clock = opts.clock ?? systemClock;
    const config: Stripe.StripeConfig = {
      maxNetworkRetries: opts.maxNetworkRetries ?? 2,
      timeout: opts.timeoutMs ?? 30_000,
      telemetry: false,
      appInfo: { name: 'daakey' },
    };
    if (opts.apiBase) {
      const url = new URL(opts.apiBase);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`StripePaymentProvider: apiBase must be an http(s) URL, not ${url.protocol}`);
      }
      config.protocol = url.protocol === 'http:' ? 'http' : 'https';
      config.host = url.hostname;
      config.port = url.port || (url.protocol === 'http:' ? '80' : '443');
    }
    this.#stripe = new Stripe(opts.secretKey, config);
  }

  // -------------------------------------------------------------------------------------------
  // Customers and cards

  async createCustomer(input: CustomerInput): Promise<string> {
    const customer = await this.#call('customer creation', () =>
      this.#stripe.customers.create(
        {
          email: input.email,
          name: input.name,
          metadata: { daakey_agency: String(input.agencyId), daakey_client: String(input.clientId) },
        },
        this.#options(input.account, `daakey-customer-${input.agencyId}-${input.clientId}`),
      ),
    );
    return customer.id;
  }

  async attachMethod(customerId: string, paymentMethodId: string, account?: string): Promise<CardDetails> {
    if (!PAYMENT_METHOD_ID.test(paymentMethodId)) {
      throw new InvalidPaymentMethodError(`Malformed PaymentMethod id: ${JSON.stringify(paymentMethodId)}`);
    }
    let pm: Stripe.PaymentMethod;
    try {
      // A fresh key per call: the SDK's own retries are deduplicated, and a test id (pm_card_visa)
      // attached again later makes a new PaymentMethod instead of replaying a detached one.
      pm = await this.#stripe.paymentMethods.attach(
        paymentMethodId,
        { customer: customerId },
        this.#options(account, `daakey-attach-${randomUUID()}`),
      );
    } catch (err) {
      if (err instanceof Stripe.errors.StripeCardError) {
        // Stripe refuses to attach its decline test cards (and real cards the issuer declines).
        throw new InvalidPaymentMethodError(this.#decline(err).message);
      }
      // A missing customer is our bug, not the card's.
      if (isInvalidRequest(err) && err.param !== 'customer') {
        throw new InvalidPaymentMethodError(this.#redact(err.message));
      }
      throw this.#translate(err, 'attaching a payment method');
    }
    const card = pm.card;
    if (pm.type !== 'card' || !card) throw new InvalidPaymentMethodError(`PaymentMethod ${pm.id} is not a card`);
    return {
      providerId: pm.id,
      brand: card.brand,
      lastFour: card.last4,
      expMonth: card.exp_month,
      expYear: card.exp_year,
      fingerprint: card.fingerprint ?? pm.id,
    };
  }

  async detachMethod(paymentMethodId: string, account?: string): Promise<void> {
    if (!PAYMENT_METHOD_ID.test(paymentMethodId)) return; // nothing of ours to detach
    try {
      await this.#stripe.paymentMethods.detach(
        paymentMethodId,
        {},
        this.#options(account, `daakey-detach-${randomUUID()}`),
      );
    } catch (err) {
      // Already detached (400, no code) or gone (resource_missing): the card is not on the customer.
      if (
        isInvalidRequest(err) &&
        (err.code === 'resource_missing' || err.statusCode === 404 || /not attached|detached/i.test(err.message))
      ) {
        return;
      }
      throw this.#translate(err, 'detaching a payment method');
    }
  }

  // -------------------------------------------------------------------------------------------
  // Money movements

  async authorize(input: AuthorizeInput): Promise<OperationResult> {
    const params: Stripe.PaymentIntentCreateParams = {
      amount: input.amountMinor,
      currency: input.currency.toLowerCase(),
      customer: input.customerId,
      payment_method: input.paymentMethodId,
      capture_method: 'manual',
      confirm: true,
      off_session: true,
      // Cards only: without this, Stripe asks for a return_url when confirming on the server.
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      metadata: {
        daakey_key: input.idempotencyKey,
        daakey_agency: String(input.tags.agencyId),
        daakey_client: String(input.tags.clientId),
      },
    };
    if (input.description) params.description = input.description;
    let pi: Stripe.PaymentIntent;
    try {
      pi = await this.#stripe.paymentIntents.create(params, this.#options(input.account, input.idempotencyKey));
    } catch (err) {
      if (isInvalidRequest(err) && err.param === 'payment_method') {
        throw new InvalidPaymentMethodError(this.#redact(err.message));
      }
      throw this.#translate(err, 'authorization');
    }
    if (pi.status === 'requires_capture') return { reference: pi.id, amountMinor: pi.amount, currency: pi.currency };
    if (pi.status === 'requires_action') {
      throw new PaymentDeclinedError(
        'The card requires authentication, which an off-session payment cannot provide.',
        'authentication_required',
      );
    }
    throw new Error(`Stripe authorization ${pi.id} ended in status ${pi.status} instead of requires_capture`);
  }

  async capture(input: CaptureInput): Promise<OperationResult> {
    // The key in metadata tells findOperation which capture it was.
    const params: Stripe.PaymentIntentCaptureParams = { metadata: { daakey_capture_key: input.idempotencyKey } };
    if (input.amountMinor !== undefined) params.amount_to_capture = input.amountMinor;
    const pi = await this.#call('capture', () =>
      this.#stripe.paymentIntents.capture(input.reference, params, this.#options(input.account, input.idempotencyKey)),
    );
    return { reference: pi.id, amountMinor: pi.amount_received, currency: pi.currency };
  }

  async release(input: ReleaseInput): Promise<OperationResult> {
    let pi: Stripe.PaymentIntent;
    try {
      pi = await this.#stripe.paymentIntents.cancel(
        input.reference,
        {},
        this.#options(input.account, input.idempotencyKey),
      );
    } catch (err) {
      if (!(isInvalidRequest(err) && err.code === 'payment_intent_unexpected_state')) {
        throw this.#translate(err, 'release');
      }
      const current = await this.#call('release', () =>
        this.#stripe.paymentIntents.retrieve(input.reference, {}, this.#options(input.account)),
      );
      if (current.status !== 'canceled') {
        throw new PaymentOperationRefusedError(
          `Stripe refused release of ${current.id}: it is ${current.status}${current.status === 'succeeded' ? ' (captured: refund it instead)' : ''}`,
        );
      }
      pi = current; // already released
    }
    return { reference: pi.id, amountMinor: pi.amount, currency: pi.currency };
  }

  async refund(input: RefundInput): Promise<OperationResult> {
    const params: Stripe.RefundCreateParams = {
      payment_intent: input.reference,
      metadata: {
        daakey_key: input.idempotencyKey,
        daakey_agency: String(input.tags.agencyId),
        daakey_client: String(input.tags.clientId),
      },
    };
    if (input.amountMinor !== undefined) params.amount = input.amountMinor;
    const re = await this.#call('refund', () =>
      this.#stripe.refunds.create(params, this.#options(input.account, input.idempotencyKey)),
    );
    if (re.status === 'failed' || re.status === 'canceled') {
      throw new Error(`Stripe refund ${re.id} ${re.status}${re.failure_reason ? `: ${re.failure_reason}` : ''}`);
    }
    return { reference: re.id, amountMinor: re.amount, currency: re.currency };
  }

  // -------------------------------------------------------------------------------------------
  // Reconciliation

  async findOperation(
    kind: OperationKind,
    idempotencyKey: string,
    authorizationReference: string | null,
    account?: string,
  ): Promise<ProviderOperation | null> {
    if (kind === 'authorization') {
      const pi = await this.#findAuthorization(idempotencyKey, account);
      return pi ? authorizationOf(pi) : null;
    }
    if (!authorizationReference) return null;
    if (kind === 'refund') {
      try {
        for await (const re of this.#stripe.refunds.list(
          { payment_intent: authorizationReference, limit: 100 },
          this.#options(account),
        )) {
          if (re.metadata?.['daakey_key'] === idempotencyKey) return refundOf(re);
        }
      } catch (err) {
        if (isInvalidRequest(err) && err.code === 'resource_missing') return null;
        throw this.#translate(err, 'refund lookup');
      }
      return null;
    }
    let pi: Stripe.PaymentIntent;
    try {
      pi = await this.#stripe.paymentIntents.retrieve(authorizationReference, {}, this.#options(account));
    } catch (err) {
      if (isInvalidRequest(err) && err.code === 'resource_missing') return null;
      throw this.#translate(err, `${kind} lookup`);
    }
    const base = {
      reference: pi.id,
      authorizationReference: pi.id,
      idempotencyKey,
      status: 'succeeded' as const,
      currency: pi.currency,
      tags: tagsOf(pi.metadata),
    };
    if (kind === 'capture') {
      if (pi.status !== 'succeeded') return null;
      const capturedUnder = pi.metadata['daakey_capture_key'];
      if (capturedUnder && capturedUnder !== idempotencyKey) return null; // captured, but by another request
      // Stripe records no capture time on the PaymentIntent: its creation stands in.
      return { ...base, kind, amountMinor: pi.amount_received, createdAt: new Date(pi.created * 1000) };
    }
    if (pi.status !== 'canceled') return null;
    return { ...base, kind, amountMinor: pi.amount, createdAt: new Date((pi.canceled_at ?? pi.created) * 1000) };
  }

  /**
   * PaymentIntents (authorizations, with `open`) and Refunds carrying a daakey key, created at or
   * after `since` (to the second). Captures and releases have no object of their own at Stripe: they
   * show as `open: false` on the authorization.
   */
  async listOperations(since: Date, account?: string): Promise<ProviderOperation[]> {
    const created = { gte: unix(since) };
    const holds: ProviderOperation[] = [];
    const refunds: ProviderOperation[] = [];
    try {
      for await (const pi of this.#stripe.paymentIntents.list({ created, limit: 100 }, this.#options(account))) {
        if (pi.metadata['daakey_key']) holds.push(authorizationOf(pi));
      }
      for await (const re of this.#stripe.refunds.list({ created, limit: 100 }, this.#options(account))) {
        if (re.metadata?.['daakey_key']) refunds.push(refundOf(re));
      }
    } catch (err) {
      throw this.#translate(err, 'listing operations');
    }
    // Stripe lists newest first; oldest first here, creation order kept within a second.
    return [...holds.reverse(), ...refunds.reverse()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  async #findAuthorization(key: string, account: string | undefined): Promise<Stripe.PaymentIntent | null> {
    const candidates: Stripe.PaymentIntent[] = [];
    try {
      const found = await this.#stripe.paymentIntents.search(
        { query: `metadata['daakey_key']:${searchString(key)}`, limit: 100 },
        this.#options(account),
      );
      candidates.push(...found.data.filter((pi) => pi.metadata['daakey_key'] === key));
      if (candidates.length === 0) {
        const gte = unix(new Date(this.#clock.now().getTime() - RECENT_SCAN_MS));
        for await (const pi of this.#stripe.paymentIntents.list(
          { created: { gte }, limit: 100 },
          this.#options(account),
        )) {
          if (pi.metadata['daakey_key'] === key) candidates.push(pi);
        }
      }
    } catch (err) {
      throw this.#translate(err, 'authorization lookup');
    }
    return pickAuthorization(candidates);
  }

  #options(account: string | undefined, idempotencyKey?: string): Stripe.RequestOptions {
    const options: Stripe.RequestOptions = {};
    if (account) options.stripeAccount = account;
    if (idempotencyKey) options.idempotencyKey = idempotencyKey;
    return options;
  }

  async #call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw this.#translate(err, what);
    }
  }

  #decline(err: StripeErrorInstance): PaymentDeclinedError {
    const code = err.code ?? 'card_declined';
    const declineCode = err.decline_code || undefined;
    const message = this.#redact(err.message);
    return new PaymentDeclinedError(
      `${message} (${declineCode && declineCode !== code ? `${code}/${declineCode}` : code})`,
      code,
      declineCode,
    );
  }

  #translate(err: unknown, what: string): Error {
    if (!isStripeError(err)) return err instanceof Error ? err : new Error(`Stripe ${what} failed: ${String(err)}`);
    if (err instanceof Stripe.errors.StripeCardError) return this.#decline(err);
    const message = this.#redact(err.message);
    const type = err.rawType ?? err.type; // Stripe's error type (invalid_request_error), else the SDK's class
    const status = err.statusCode ? ` HTTP ${err.statusCode}` : '';
    const code = err.code ? ` ${err.code}` : '';
    if (isUnavailable(err)) {
      return new PaymentProviderUnavailableError(`Stripe ${what} failed (${type}${status}): ${message}`);
    }
    if (err.code && REFUSED_IN_STATE.has(err.code)) {
      return new PaymentOperationRefusedError(`Stripe refused ${what} (${err.code}): ${message}`);
    }
    return new Error(`Stripe refused ${what} (${type}${status}${code}): ${message}`);
  }

  /** Stripe echoes a masked key in some messages ("Invalid API Key provided: sk_test_****1234"). */
  #redact(text: string): string {
    return text
      .split(this.#secretKey)
      .join('[redacted]')
      .replace(/\b(?:sk|rk|pk)_(?:test|live)_[A-Za-z0-9*]+/g, '[redacted key]');
  }
}
