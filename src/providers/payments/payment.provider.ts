/**
 * The payment provider boundary. Card data never reaches Daakey: the app tokenises the card with
 * the provider's SDK and sends us the provider's PaymentMethod id (`pm_...`); we keep only the
 * card's brand, last four, expiry and fingerprint.
 *
 * Every money movement takes an idempotency key that we choose (and store in `payments`), and is
 * tagged with it at the provider (metadata `daakey_key`), so that a retry never moves money twice and
 * reconciliation can match provider operations to our rows.
 */

/** What we store about a card. */
export interface CardDetails {
  /** The provider's PaymentMethod id (pm_...). */
  providerId: string;
  brand: string;
  lastFour: string;
  expMonth: number;
  expYear: number;
  /** Same card number => same fingerprint (used to refuse a card added twice). */
  fingerprint: string;
}

export interface CustomerInput {
  agencyId: number;
  clientId: number;
  email: string;
  name: string;
  /** Connected account (Stripe Connect `acct_...`) the agency is paid through, if any. */
  account?: string;
}

export type OperationKind = 'authorization' | 'capture' | 'release' | 'refund';

/** A settled operation as the provider reports it. */
export interface OperationResult {
  /** authorization/capture/release: the hold's id (Stripe PaymentIntent `pi_...`); refund: the refund's id (`re_...`). */
  reference: string;
  amountMinor: number;
  currency: string;
}

/** Tags put on the provider's object so reconciliation can map it back to our rows. */
export interface OperationTags {
  agencyId: number;
  clientId: number;
}

export interface AuthorizeInput {
  customerId: string;
  paymentMethodId: string;
  /** Integer minor units (cents). */
  amountMinor: number;
  /** ISO 4217, lower or upper case. */
  currency: string;
  idempotencyKey: string;
  tags: OperationTags;
  description?: string;
  account?: string;
}

export interface CaptureInput {
  /** The authorization's reference. */
  reference: string;
  /** Omitted: capture the whole hold. */
  amountMinor?: number;
  idempotencyKey: string;
  account?: string;
}

export interface ReleaseInput {
  reference: string;
  idempotencyKey: string;
  account?: string;
}

export interface RefundInput {
  /** The captured authorization's reference. */
  reference: string;
  /** Omitted: refund everything captured and not yet refunded. */
  amountMinor?: number;
  idempotencyKey: string;
  tags: OperationTags;
  account?: string;
}

/** An operation found at the provider, for reconciliation. */
export interface ProviderOperation {
  kind: OperationKind;
  reference: string;
  /** The reference of the authorization it belongs to (same as `reference` for an authorization). */
  authorizationReference: string;
  idempotencyKey: string;
  status: 'succeeded' | 'failed';
  amountMinor: number;
  currency: string;
  tags: OperationTags | null;
  /** For an authorization: the hold is still open (neither captured nor released). */
  open?: boolean;
  createdAt: Date;
}

export interface PaymentProvider {
  readonly name: 'fake' | 'stripe';
  /** Create the provider-side customer of a client (called once per client; we store the id). */
  createCustomer(input: CustomerInput): Promise<string>;
  /** Attach a PaymentMethod to the customer. Unknown, malformed or unusable ids: InvalidPaymentMethodError. */
  attachMethod(customerId: string, paymentMethodId: string, account?: string): Promise<CardDetails>;
  /** Detach a PaymentMethod (removing a card). Idempotent. */
  detachMethod(paymentMethodId: string, account?: string): Promise<void>;
  /** Place a hold (manual capture). Declines: PaymentDeclinedError. */
  authorize(input: AuthorizeInput): Promise<OperationResult>;
  capture(input: CaptureInput): Promise<OperationResult>;
  release(input: ReleaseInput): Promise<OperationResult>;
  refund(input: RefundInput): Promise<OperationResult>;
  /**
   * Find the operation done under one of our idempotency keys, or null when the provider has none.
   * `authorizationReference` is known for capture/release/refund (the hold they act on).
   */
  findOperation(
    kind: OperationKind,
    idempotencyKey: string,
    authorizationReference: string | null,
    account?: string,
  ): Promise<ProviderOperation | null>;
  /** Operations carrying a daakey key created at or after `since` (authorizations and refunds). */
  listOperations(since: Date, account?: string): Promise<ProviderOperation[]>;
}

/** The payment method id is unknown, malformed or cannot be used (422 on POST /payment-methods). */
export class InvalidPaymentMethodError extends Error {
  override name = 'InvalidPaymentMethodError';
}

/** The provider refused the money movement (a card decline): retrying the same request will not help. */
export class PaymentDeclinedError extends Error {
  override name = 'PaymentDeclinedError';
  constructor(
    message: string,
    /** e.g. card_declined, expired_card, incorrect_cvc */
    readonly code: string,
    /** e.g. generic_decline, insufficient_funds, lost_card */
    readonly declineCode?: string,
  ) {
    super(message);
  }
}

/** The provider could not be reached or failed (network error, 5xx, timeout): the outcome is unknown. */
export class PaymentProviderUnavailableError extends Error {
  override name = 'PaymentProviderUnavailableError';
}

/**
 * The provider refuses the operation in the present state of the hold (already captured, released,
 * expired, amount above what is held or captured): repeating it will not help.
 */
export class PaymentOperationRefusedError extends Error {
  override name = 'PaymentOperationRefusedError';
}
