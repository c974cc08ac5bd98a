/**
 * The default dev/test payment driver: an in-memory ledger that behaves like Stripe in test mode.
 *
 * It knows Stripe's documented test PaymentMethod ids (docs.stripe.com/testing, "Cards by brand" and
 * "Declined payments") with their brands, last four and decline codes, and follows Stripe where it
 * matters to the app:
 *   - attaching a test id (`pm_card_visa`) makes a new PaymentMethod with an id of its own; the same
 *     card number always has the same fingerprint;
 *   - the decline cards cannot be attached to a customer (Stripe: "The cards in the previous table
 *     can't be attached to a Customer object"), except `pm_card_chargeCustomerFail` (and
 *     `pm_card_authenticationRequired`), which attach and then fail every off-session charge;
 *   - any decline card used directly in `authorize` declines with its code and decline code, and the
 *     failed authorization is kept (Stripe keeps the PaymentIntent, `requires_payment_method`);
 *   - idempotency keys are scoped to the account, remembered for 24 hours, replay the first result
 *     (a decline included) and refuse a reuse with other parameters or for another operation.
 *
 * Fault injection for tests: `failNext(kind, mode)`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../lib/clock.js';
import {
  InvalidPaymentMethodError,
  PaymentOperationRefusedError,
  PaymentDeclinedError,
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

// ---------------------------------------------------------------------------------------------
// Stripe's documented test PaymentMethods

export interface StripeTestDecline {
  /** The error's `code`: card_declined, expired_card, incorrect_cvc, processing_error, authentication_required. */
  code: string;
  /** The error's `decline_code`, when Stripe documents one. */
  declineCode?: string;
  /** Stripe's message for it. */
  message: string;
}

export interface StripeTestCard {
  brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay';
  /** The test card number behind the id (never leaves the provider; used for last four and fingerprint). */
  number: string;
  funding: 'credit' | 'debit' | 'prepaid';
  /** Whether Stripe lets the card be attached to a customer. */
  attachable: boolean;
  /** Every charge of the card fails with this. */
  decline?: StripeTestDecline;
}

const GENERIC: StripeTestDecline = {
  code: 'card_declined',
  declineCode: 'generic_decline',
  message: 'Your card was declined.',
};
const INSUFFICIENT_FUNDS: StripeTestDecline = {
  code: 'card_declined',
  declineCode: 'insufficient_funds',
  message: 'Your card has insufficient funds.',
};
const LOST_CARD: StripeTestDecline = {
  code: 'card_declined',
  declineCode: 'lost_card',
  message: 'Your card was declined.',
};
const STOLEN_CARD: StripeTestDecline = {
  code: 'card_declined',
  declineCode: 'stolen_card',
  message: 'Your card was declined.',
};
const FRAUDULENT: StripeTestDecline = {
  code: 'card_declined',
  declineCode: 'fraudulent',
  message: 'Your card was declined.',
};
const VELOCITY: StripeTestDecline = {
  code: 'card_declined',
  declineCode: 'card_velocity_exceeded',
  message: 'Your card was declined for making repeated attempts too frequently or exceeding its amount limit.',
};
const EXPIRED: StripeTestDecline = { code: 'expired_card', message: 'Your card has expired.' };
const INCORRECT_CVC: StripeTestDecline = { code: 'incorrect_cvc', message: "Your card's security code is incorrect." };
const PROCESSING: StripeTestDecline = {
  code: 'processing_error',
  message: 'An error occurred while processing your card. Try again in a little bit.',
};
const AUTHENTICATION: StripeTestDecline = {
  code: 'authentication_required',
  declineCode: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
};

function visaDecline(number: string, decline: StripeTestDecline): StripeTestCard {
  return { brand: 'visa', number, funding: 'credit', attachable: false, decline };
}

/** docs.stripe.com/testing: the PaymentMethod ids server-side code may use instead of card numbers. */
export const STRIPE_TEST_PAYMENT_METHODS: Readonly<Record<string, StripeTestCard>> = Object.freeze({
  // Cards by brand
  pm_card_visa: { brand: 'visa', number: '4242424242424242', funding: 'credit', attachable: true },
  pm_card_visa_debit: { brand: 'visa', number: '4000056655665556', funding: 'debit', attachable: true },
  pm_card_mastercard: { brand: 'mastercard', number: '5555555555554444', funding: 'credit', attachable: true },
  pm_card_mastercard_debit: { brand: 'mastercard', number: '5200828282828210', funding: 'debit', attachable: true },
  pm_card_mastercard_prepaid: { brand: 'mastercard', number: '5105105105105100', funding: 'prepaid', attachable: true },
  pm_card_amex: { brand: 'amex', number: '371449635398431', funding: 'credit', attachable: true },
  pm_card_discover: { brand: 'discover', number: '6011111111111117', funding: 'credit', attachable: true },
  pm_card_diners: { brand: 'diners', number: '3056930009020004', funding: 'credit', attachable: true },
  pm_card_jcb: { brand: 'jcb', number: '3566002020360505', funding: 'credit', attachable: true },
  pm_card_unionpay: { brand: 'unionpay', number: '6200000000000005', funding: 'credit', attachable: true },
  // Declined payments (Stripe refuses to attach these; the fake attaches them, see attachMethod)
  pm_card_visa_chargeDeclined: visaDecline('4000000000000002', GENERIC),
  pm_card_visa_chargeDeclinedInsufficientFunds: visaDecline('4000000000009995', INSUFFICIENT_FUNDS),
  pm_card_visa_chargeDeclinedLostCard: visaDecline('4000000000009987', LOST_CARD),
  pm_card_visa_chargeDeclinedStolenCard: visaDecline('4000000000009979', STOLEN_CARD),
  pm_card_visa_chargeDeclinedVelocityLimitExceeded: visaDecline('4000000000006975', VELOCITY),
  pm_card_chargeDeclined: visaDecline('4000000000000002', GENERIC),
  pm_card_chargeDeclinedInsufficientFunds: visaDecline('4000000000009995', INSUFFICIENT_FUNDS),
  pm_card_chargeDeclinedLostCard: visaDecline('4000000000009987', LOST_CARD),
  pm_card_chargeDeclinedStolenCard: visaDecline('4000000000009979', STOLEN_CARD),
  pm_card_chargeDeclinedFraudulent: visaDecline('4100000000000019', FRAUDULENT),
  pm_card_chargeDeclinedExpiredCard: visaDecline('4000000000000069', EXPIRED),
  pm_card_chargeDeclinedIncorrectCvc: visaDecline('4000000000000127', INCORRECT_CVC),
  pm_card_chargeDeclinedProcessingError: visaDecline('4000000000000119', PROCESSING),
  // Decline after attaching
  pm_card_chargeCustomerFail: {
    brand: 'visa',
    number: '4000000000000341',
    funding: 'credit',
    attachable: true,
    decline: GENERIC,
  },
  // 3D Secure required on every transaction: off-session charges fail with authentication_required
  pm_card_authenticationRequired: {
    brand: 'visa',
    number: '4000002760003184',
    funding: 'credit',
    attachable: true,
    decline: AUTHENTICATION,
  },
});

/** What a PaymentMethod id must look like to be accepted as some card the app tokenised. */
export const PAYMENT_METHOD_ID_PATTERN = /^pm_[A-Za-z0-9_]{4,255}$/;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62[bytes[i % bytes.length]! % 62];
  return out;
}

/** A Stripe-looking fingerprint (16 alphanumeric characters), stable for the same seed. */
export function fakeFingerprint(seed: string): string {
  return base62(createHash('sha256').update(`daakey-fake-fingerprint:${seed}`).digest(), 16);
}

function randomId(prefix: string): string {
  return `${prefix}${base62(randomBytes(24), 24)}`;
}

// ---------------------------------------------------------------------------------------------

const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Stripe's largest amount (eight digits). */
const MAX_AMOUNT = 99_999_999;

type FaultMode = 'unavailable' | 'lost-reply';

interface ResolvedCard {
  brand: string;
  lastFour: string;
  fingerprint: string;
  decline?: StripeTestDecline;
}

interface CustomerRecord {
  id: string;
  agencyId: number;
  clientId: number;
  email: string;
  name: string;
}

interface MethodRecord {
  id: string;
  card: ResolvedCard;
  customerId: string | null;
  detached: boolean;
}

interface Hold {
  reference: string;
  amount: number;
  currency: string;
  customerId: string;
  /** failed: declined (Stripe: requires_payment_method); released: canceled. */
  status: 'open' | 'captured' | 'released' | 'failed';
  captured: number;
  refunded: number;
}

interface AccountState {
  customers: Map<string, CustomerRecord>;
  methods: Map<string, MethodRecord>;
  holds: Map<string, Hold>;
}

interface LedgerEntry {
  account: string;
  op: ProviderOperation;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

interface IdempotencyRecord {
  operation: string;
  signature: string;
  at: number;
  outcome: Outcome<unknown>;
}

function resolveTestCard(card: StripeTestCard): ResolvedCard {
  return {
    brand: card.brand,
    lastFour: card.number.slice(-4),
    fingerprint: fakeFingerprint(`number:${card.number}`),
    ...(card.decline ? { decline: card.decline } : {}),
  };
}

/** Any other well-formed id: a Visa ending 4242, a distinct card per id. */
function genericCard(id: string): ResolvedCard {
  return { brand: 'visa', lastFour: '4242', fingerprint: fakeFingerprint(`id:${id}`) };
}

function checkAmount(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new Error(`Invalid ${what}: ${amount} (a positive integer number of minor units is required)`);
  }
  if (amount > MAX_AMOUNT) throw new Error(`Invalid ${what}: ${amount} is larger than ${MAX_AMOUNT}`);
}

function checkCurrency(currency: string): string {
  if (!/^[A-Za-z]{3}$/.test(currency)) throw new Error(`Invalid currency: ${JSON.stringify(currency)}`);
  return currency.toLowerCase();
}

function copyTags(tags: OperationTags): OperationTags {
  return { agencyId: tags.agencyId, clientId: tags.clientId };
}

export class FakePaymentProvider implements PaymentProvider {
  readonly name = 'fake';
  private readonly accounts = new Map<string, AccountState>();
  private readonly ledger: LedgerEntry[] = [];
  private readonly idempotency = new Map<string, IdempotencyRecord>();
  private readonly faults = new Map<OperationKind, FaultMode[]>();

  constructor(private readonly clock: Clock) {}

  // -------------------------------------------------------------------------------------------
  // Test hooks

  /**
   * The next operation of `kind` fails with PaymentProviderUnavailableError. 'unavailable': nothing
   * happens (the request never arrived). 'lost-reply': the operation is performed and recorded, then
   * the error is thrown (the reply was lost on the way back). Calls queue up.
   */
  failNext(kind: OperationKind, mode: FaultMode): void {
    const queue = this.faults.get(kind) ?? [];
    queue.push(mode);
    this.faults.set(kind, queue);
  }

  /** Every operation recorded, in order, across accounts (authorizations with their current `open`). */
  operations(): readonly ProviderOperation[] {
    return this.ledger.map((e) => this.view(e));
  }

  // -------------------------------------------------------------------------------------------
  // Customers and cards

  async createCustomer(input: CustomerInput): Promise<string> {
    // The Stripe driver sends idempotency key daakey-customer-<agency>-<client>: same client, same customer.
    const key = `daakey-customer-${input.agencyId}-${input.clientId}`;
    const signature = JSON.stringify([input.agencyId, input.clientId, input.email, input.name]);
    return this.idempotent('customer', input.account, key, signature, () => {
      const id = randomId('cus_fake_');
      this.state(input.account).customers.set(id, {
        id,
        agencyId: input.agencyId,
        clientId: input.clientId,
        email: input.email,
        name: input.name,
      });
      return id;
    });
  }

  async attachMethod(customerId: string, paymentMethodId: string, account?: string): Promise<CardDetails> {
    const state = this.state(account);
    this.customer(state, customerId);
    const test = STRIPE_TEST_PAYMENT_METHODS[paymentMethodId];
    if (test) {
      // The decline ids attach here and fail when charged (test.attachable records that Stripe itself
      // refuses to attach them): an app under development can save such a card and then see its
      // booking declined, which is what the fake is for (decision 38).
      // Like Stripe: the test id makes a new PaymentMethod, attached, with an id of its own.
      const record: MethodRecord = {
        id: randomId('pm_fake_'),
        card: resolveTestCard(test),
        customerId,
        detached: false,
      };
      state.methods.set(record.id, record);
      return this.details(record);
    }
    let record = state.methods.get(paymentMethodId);
    if (!record) {
      if (!this.acceptsUnknown(paymentMethodId)) {
        throw new InvalidPaymentMethodError(`No such PaymentMethod: '${paymentMethodId}'`);
      }
      record = { id: paymentMethodId, card: genericCard(paymentMethodId), customerId: null, detached: false };
      state.methods.set(record.id, record);
    }
    if (record.detached) {
      throw new InvalidPaymentMethodError(
        `PaymentMethod ${paymentMethodId} was detached from a Customer and may not be used again.`,
      );
    }
    if (record.customerId !== null && record.customerId !== customerId) {
      throw new InvalidPaymentMethodError(
        `PaymentMethod ${paymentMethodId} has already been attached to another customer.`,
      );
    }
    record.customerId = customerId;
    return this.details(record);
  }

  async detachMethod(paymentMethodId: string, account?: string): Promise<void> {
    const record = this.state(account).methods.get(paymentMethodId);
    if (record) {
      record.detached = true;
      record.customerId = null;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Money movements

  async authorize(input: AuthorizeInput): Promise<OperationResult> {
    const currency = checkCurrency(input.currency);
    const signature = JSON.stringify([
      input.customerId,
      input.paymentMethodId,
      input.amountMinor,
      currency,
      input.tags.agencyId,
      input.tags.clientId,
      input.description ?? null,
    ]);
    return this.operation('authorization', input.account, input.idempotencyKey, signature, () => {
      const state = this.state(input.account);
      this.customer(state, input.customerId);
      checkAmount(input.amountMinor, 'amount');
      const card = this.cardForCharge(state, input.paymentMethodId, input.customerId);
      const reference = randomId('pi_fake_');
      const declined = card.decline;
      state.holds.set(reference, {
        reference,
        amount: input.amountMinor,
        currency,
        customerId: input.customerId,
        status: declined ? 'failed' : 'open',
        captured: 0,
        refunded: 0,
      });
      this.record(input.account, {
        kind: 'authorization',
        reference,
        authorizationReference: reference,
        idempotencyKey: input.idempotencyKey,
        status: declined ? 'failed' : 'succeeded',
        amountMinor: input.amountMinor,
        currency,
        tags: copyTags(input.tags),
        createdAt: this.clock.now(),
      });
      if (declined) throw new PaymentDeclinedError(declined.message, declined.code, declined.declineCode);
      return { reference, amountMinor: input.amountMinor, currency };
    });
  }

  async capture(input: CaptureInput): Promise<OperationResult> {
    const signature = JSON.stringify([input.reference, input.amountMinor ?? null]);
    return this.operation('capture', input.account, input.idempotencyKey, signature, () => {
      const hold = this.hold(input.account, input.reference);
      if (hold.status === 'captured')
        throw new PaymentOperationRefusedError(`Cannot capture ${hold.reference}: it was already captured`);
      if (hold.status === 'released')
        throw new PaymentOperationRefusedError(`Cannot capture ${hold.reference}: the hold was released`);
      if (hold.status === 'failed')
        throw new PaymentOperationRefusedError(`Cannot capture ${hold.reference}: the authorization was declined`);
      const amount = input.amountMinor ?? hold.amount;
      checkAmount(amount, 'capture amount');
      if (amount > hold.amount) {
        throw new PaymentOperationRefusedError(
          `Cannot capture ${amount} on ${hold.reference}: only ${hold.amount} is held`,
        );
      }
      hold.status = 'captured';
      hold.captured = amount;
      this.record(input.account, {
        kind: 'capture',
        reference: hold.reference,
        authorizationReference: hold.reference,
        idempotencyKey: input.idempotencyKey,
        status: 'succeeded',
        amountMinor: amount,
        currency: hold.currency,
        tags: this.authorizationTags(input.account, hold.reference),
        createdAt: this.clock.now(),
      });
      return { reference: hold.reference, amountMinor: amount, currency: hold.currency };
    });
  }

  async release(input: ReleaseInput): Promise<OperationResult> {
    const signature = JSON.stringify([input.reference]);
    return this.operation('release', input.account, input.idempotencyKey, signature, () => {
      const hold = this.hold(input.account, input.reference);
      const result = { reference: hold.reference, amountMinor: hold.amount, currency: hold.currency };
      if (hold.status === 'captured') {
        throw new PaymentOperationRefusedError(`Cannot release ${hold.reference}: it was captured (refund it instead)`);
      }
      // Already released: nothing moves, the release stands (the Stripe driver does the same).
      if (hold.status === 'released') return result;
      // A declined authorization can be canceled too (Stripe cancels a requires_payment_method PaymentIntent).
      hold.status = 'released';
      this.record(input.account, {
        kind: 'release',
        reference: hold.reference,
        authorizationReference: hold.reference,
        idempotencyKey: input.idempotencyKey,
        status: 'succeeded',
        amountMinor: hold.amount,
        currency: hold.currency,
        tags: this.authorizationTags(input.account, hold.reference),
        createdAt: this.clock.now(),
      });
      return result;
    });
  }

  async refund(input: RefundInput): Promise<OperationResult> {
    const signature = JSON.stringify([
      input.reference,
      input.amountMinor ?? null,
      input.tags.agencyId,
      input.tags.clientId,
    ]);
    return this.operation('refund', input.account, input.idempotencyKey, signature, () => {
      const hold = this.hold(input.account, input.reference);
      if (hold.status === 'open') {
        throw new PaymentOperationRefusedError(
          `Cannot refund ${hold.reference}: it was not captured (release the hold instead)`,
        );
      }
      if (hold.status !== 'captured') {
        throw new PaymentOperationRefusedError(
          `Cannot refund ${hold.reference}: nothing was captured (${hold.status})`,
        );
      }
      const remaining = hold.captured - hold.refunded;
      if (remaining === 0)
        throw new PaymentOperationRefusedError(`Cannot refund ${hold.reference}: it was already refunded in full`);
      const amount = input.amountMinor ?? remaining;
      checkAmount(amount, 'refund amount');
      if (amount > remaining) {
        throw new PaymentOperationRefusedError(
          `Cannot refund ${amount} on ${hold.reference}: ${remaining} of the ${hold.captured} captured is left to refund`,
        );
      }
      hold.refunded += amount;
      const reference = randomId('re_fake_');
      this.record(input.account, {
        kind: 'refund',
        reference,
        authorizationReference: hold.reference,
        idempotencyKey: input.idempotencyKey,
        status: 'succeeded',
        amountMinor: amount,
        currency: hold.currency,
        tags: copyTags(input.tags),
        createdAt: this.clock.now(),
      });
      return { reference, amountMinor: amount, currency: hold.currency };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Reconciliation

  async findOperation(
    kind: OperationKind,
    idempotencyKey: string,
    authorizationReference: string | null,
    account?: string,
  ): Promise<ProviderOperation | null> {
    const scope = account ?? '';
    for (let i = this.ledger.length - 1; i >= 0; i--) {
      const entry = this.ledger[i]!;
      const op = entry.op;
      if (entry.account !== scope || op.kind !== kind || op.idempotencyKey !== idempotencyKey) continue;
      if (kind !== 'authorization' && authorizationReference !== null) {
        if (op.authorizationReference !== authorizationReference) continue;
      }
      return this.view(entry);
    }
    return null;
  }

  async listOperations(since: Date, account?: string): Promise<ProviderOperation[]> {
    const scope = account ?? '';
    return this.ledger
      .filter((e) => e.account === scope && e.op.createdAt.getTime() >= since.getTime())
      .map((e) => this.view(e));
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  private state(account: string | undefined): AccountState {
    const scope = account ?? '';
    let state = this.accounts.get(scope);
    if (!state) {
      state = { customers: new Map(), methods: new Map(), holds: new Map() };
      this.accounts.set(scope, state);
    }
    return state;
  }

  private customer(state: AccountState, customerId: string): CustomerRecord {
    const customer = state.customers.get(customerId);
    if (!customer) throw new Error(`No such customer: '${customerId}'`);
    return customer;
  }

  private hold(account: string | undefined, reference: string): Hold {
    const hold = this.state(account).holds.get(reference);
    if (!hold) throw new Error(`No such payment intent: '${reference}'`);
    return hold;
  }

  /** Ids of the fake's own PaymentMethods (pm_fake_) are only valid where they were made. */
  private acceptsUnknown(id: string): boolean {
    return PAYMENT_METHOD_ID_PATTERN.test(id) && !id.startsWith('pm_card_') && !id.startsWith('pm_fake_');
  }

  private cardForCharge(state: AccountState, paymentMethodId: string, customerId: string): ResolvedCard {
    const test = STRIPE_TEST_PAYMENT_METHODS[paymentMethodId];
    if (test) return resolveTestCard(test); // Stripe accepts a test id in a PaymentIntent directly
    const record = state.methods.get(paymentMethodId);
    if (record) {
      if (record.detached) {
        throw new InvalidPaymentMethodError(
          `PaymentMethod ${paymentMethodId} was detached from a Customer and may not be used again.`,
        );
      }
      if (record.customerId !== null && record.customerId !== customerId) {
        throw new InvalidPaymentMethodError(`PaymentMethod ${paymentMethodId} belongs to another customer.`);
      }
      return record.card;
    }
    if (!this.acceptsUnknown(paymentMethodId)) {
      throw new InvalidPaymentMethodError(`No such PaymentMethod: '${paymentMethodId}'`);
    }
    return genericCard(paymentMethodId);
  }

  private details(record: MethodRecord): CardDetails {
    return {
      providerId: record.id,
      brand: record.card.brand,
      lastFour: record.card.lastFour,
      expMonth: 12,
      expYear: this.clock.now().getUTCFullYear() + 3,
      fingerprint: record.card.fingerprint,
    };
  }

  private authorizationTags(account: string | undefined, reference: string): OperationTags | null {
    const scope = account ?? '';
    const entry = this.ledger.find(
      (e) => e.account === scope && e.op.kind === 'authorization' && e.op.reference === reference,
    );
    return entry?.op.tags ? copyTags(entry.op.tags) : null;
  }

  private record(account: string | undefined, op: ProviderOperation): void {
    this.ledger.push({ account: account ?? '', op });
  }

  /** A copy, with an authorization's `open` as of now. */
  private view(entry: LedgerEntry): ProviderOperation {
    const op = entry.op;
    const copy: ProviderOperation = {
      ...op,
      tags: op.tags ? copyTags(op.tags) : null,
      createdAt: new Date(op.createdAt.getTime()),
    };
    if (op.kind === 'authorization') {
      const hold = this.accounts.get(entry.account)?.holds.get(op.reference);
      copy.open = op.status === 'succeeded' && hold?.status === 'open';
    }
    return copy;
  }

  /** A money movement: injected faults, then idempotency. */
  private async operation(
    kind: OperationKind,
    account: string | undefined,
    idempotencyKey: string,
    signature: string,
    perform: () => OperationResult,
  ): Promise<OperationResult> {
    const fault = this.faults.get(kind)?.shift();
    if (fault === 'unavailable') {
      throw new PaymentProviderUnavailableError(`Fake payment provider unavailable (injected) during ${kind}`);
    }
    let result: OperationResult;
    try {
      result = this.idempotent(kind, account, idempotencyKey, signature, perform);
    } catch (err) {
      if (fault === 'lost-reply') throw this.lostReply(kind);
      throw err;
    }
    if (fault === 'lost-reply') throw this.lostReply(kind);
    return { ...result };
  }

  private lostReply(kind: OperationKind): PaymentProviderUnavailableError {
    return new PaymentProviderUnavailableError(
      `Fake payment provider: the reply to the ${kind} was lost (injected); the outcome is unknown to the caller`,
    );
  }

  /**
   * Stripe's idempotency: per account, for 24 hours; a replay returns the first outcome (a decline
   * included), a reuse with other parameters or on another operation is refused. Errors that leave
   * nothing behind (validation) are not remembered, so a corrected retry goes through.
   */
  private idempotent<T>(
    operation: string,
    account: string | undefined,
    key: string,
    signature: string,
    perform: () => T,
  ): T {
    if (!key) throw new Error(`An idempotency key is required for the ${operation}`);
    const scoped = `${account ?? ''}\u0000${key}`;
    const now = this.clock.now().getTime();
    const existing = this.idempotency.get(scoped);
    if (existing && now - existing.at < IDEMPOTENCY_WINDOW_MS) {
      if (existing.operation !== operation || existing.signature !== signature) {
        throw new Error(
          `Idempotency key '${key}' was first used for another request (${existing.operation}); keys can only be reused with the same parameters`,
        );
      }
      const outcome = existing.outcome as Outcome<T>;
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    }
    try {
      const value = perform();
      this.idempotency.set(scoped, { operation, signature, at: now, outcome: { ok: true, value } });
      return value;
    } catch (err) {
      if (err instanceof PaymentDeclinedError) {
        this.idempotency.set(scoped, { operation, signature, at: now, outcome: { ok: false, error: err } });
      }
      throw err;
    }
  }
}
