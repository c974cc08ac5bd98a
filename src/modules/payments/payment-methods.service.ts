import type { Db, Tx } from '../../db/client.js';
import { violatedUniqueConstraint } from '../../db/errors.js';
import type { ClientRow, OutboxRow, PaymentMethodRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { calendarDate, type Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import {
  type CardDetails,
  InvalidPaymentMethodError,
  type PaymentProvider,
  PaymentProviderUnavailableError,
} from '../../providers/payments/payment.provider.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { Notifier } from '../notifications/notifier.js';
import type { PaymentMethodsRepository } from './payment-methods.repository.js';

/**
 * May this card be removed now? Throws an AppError when not. The bookings module plugs in the rule
 * that a card tied to active bookings stays (400 "Cannot remove payment method").
 */
export type PaymentMethodRemovalGuard = (tx: Tx, agency: Agency, method: PaymentMethodRow) => Promise<void>;
export const allowPaymentMethodRemoval: PaymentMethodRemovalGuard = async () => {};

export const DETACH_JOB = 'payment_method_detach';

const INVALID_ID = 'The payment method ID is invalid.';

/** A card can pay while its expiry month has not ended (in the agency's time zone). */
export function isCardUsable(m: Pick<PaymentMethodRow, 'expYear' | 'expMonth'>, today: string): boolean {
  const [y, mo] = today.split('-').map(Number) as [number, number];
  return m.expYear > y || (m.expYear === y && m.expMonth >= mo);
}

/** The agency's connected account at the provider, if it names one. */
export function providerAccountOf(agency: Agency): string | undefined {
  return agency.settings.stripe_account;
}

export class PaymentMethodsService {
  private removalGuard: PaymentMethodRemovalGuard = allowPaymentMethodRemoval;

  constructor(
    private readonly db: Db,
    private readonly repo: PaymentMethodsRepository,
    private readonly provider: PaymentProvider,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  setRemovalGuard(guard: PaymentMethodRemovalGuard): void {
    this.removalGuard = guard;
  }

  async list(agency: Agency, clientId: number): Promise<PaymentMethodRow[]> {
    return this.repo.list(this.db, agency.id, clientId);
  }

  /**
   * Whether the client has a card that can pay today (booking eligibility): not expired, and on the
   * agency's present account (a card from before a change of connected account cannot be charged).
   */
  async hasUsable(agency: Agency, clientId: number): Promise<boolean> {
    const today = calendarDate(agency.timezone, this.clock.now());
    const account = providerAccountOf(agency) ?? null;
    return (await this.list(agency, clientId)).some((m) => m.providerAccount === account && isCardUsable(m, today));
  }

  /**
   * Attach a provider PaymentMethod to the client's customer and keep its card summary. The first
   * card becomes the default; `set_default` moves the default to it. The same card (fingerprint)
   * twice is refused, and the duplicate is detached again at the provider.
   */
  async add(
    agency: Agency,
    client: ClientRow,
    paymentMethodId: string,
    setDefault: boolean,
  ): Promise<PaymentMethodRow> {
    if (!/^pm_[A-Za-z0-9_]{1,251}$/.test(paymentMethodId))
      throw AppError.validation({ payment_method_id: [INVALID_ID] });
    const account = providerAccountOf(agency);
    const customerId = await this.customerOf(agency, client, account);
    let card: CardDetails;
    try {
      card = await this.provider.attachMethod(customerId, paymentMethodId, account);
    } catch (err) {
      if (err instanceof InvalidPaymentMethodError) throw AppError.validation({ payment_method_id: [INVALID_ID] });
      throw this.unavailable(err);
    }
    if (!/^\d{4}$/.test(card.lastFour) || card.expMonth < 1 || card.expMonth > 12)
      throw AppError.validation({ payment_method_id: [INVALID_ID] });

    try {
      return await this.db.transaction(async (tx) => {
        await this.repo.customerForUpdate(tx, agency.id, client.id); // serialise this client's card changes
        const existing = await this.repo.list(tx, agency.id, client.id);
        if (existing.some((m) => m.fingerprint === card.fingerprint)) throw duplicate();
        const makeDefault = setDefault || !existing.some((m) => m.isDefault);
        const now = this.clock.now();
        const row = await this.repo.insert(tx, {
          agencyId: agency.id,
          clientId: client.id,
          provider: this.provider.name,
          account: account ?? null,
          card,
          isDefault: false,
          now,
        });
        if (makeDefault) await this.repo.makeDefault(tx, agency.id, client.id, row.id, now);
        return { ...row, isDefault: makeDefault };
      });
    } catch (err) {
      const dup =
        (err instanceof AppError && err.code === 'PAYMENT_METHOD_DUPLICATE') ||
        violatedUniqueConstraint(err) !== undefined;
      // Nothing stored for this attach (a duplicate, or any other failure): undo it at the provider,
      // unless the card we keep is that very PaymentMethod.
      const kept = await this.repo.list(this.db, agency.id, client.id);
      if (!kept.some((m) => m.providerId === card.providerId)) await this.detachQuietly(card.providerId, account);
      throw dup ? duplicate() : err;
    }
  }

  async makeDefault(agency: Agency, clientId: number, id: number): Promise<PaymentMethodRow> {
    return this.db.transaction(async (tx) => {
      await this.repo.customerForUpdate(tx, agency.id, clientId);
      const method = await this.repo.find(tx, agency.id, clientId, id);
      if (!method) throw new AppError('PAYMENT_METHOD_NOT_FOUND');
      if (!method.isDefault) await this.repo.makeDefault(tx, agency.id, clientId, id, this.clock.now());
      return { ...method, isDefault: true };
    });
  }

  /**
   * Remove a card. The default one stays while the client has others (set another default first);
   * the only card can go. It is detached at the provider after the row is gone.
   */
  async remove(agency: Agency, clientId: number, id: number): Promise<void> {
    const method = await this.db.transaction(async (tx) => {
      await this.repo.customerForUpdate(tx, agency.id, clientId);
      const found = await this.repo.find(tx, agency.id, clientId, id);
      if (!found) throw new AppError('PAYMENT_METHOD_NOT_FOUND');
      if (found.isDefault && (await this.repo.list(tx, agency.id, clientId)).length > 1)
        throw new AppError('PAYMENT_METHOD_IS_DEFAULT', {
          data: { reason: 'Set another payment method as default first' },
        });
      await this.removalGuard(tx, agency, found);
      await this.repo.delete(tx, agency.id, clientId, id);
      // Detached at once below; the job retries it (with backoff) if the provider does not answer.
      await this.notifier.job(tx, {
        agencyId: agency.id,
        kind: DETACH_JOB,
        subject: found.providerId,
        payload: { provider_id: found.providerId, account: found.providerAccount },
      });
      return found;
    });
    await this.detachQuietly(method.providerId, method.providerAccount ?? undefined);
    this.notifier.committed();
  }

  /** Outbox job: detach a removed card at the provider (idempotent). */
  readonly handleDetachJob = async (_tx: Tx, payload: Record<string, unknown>, _row: OutboxRow) => {
    if (typeof payload.provider_id !== 'string') return 'skipped' as const;
    const account = typeof payload.account === 'string' ? payload.account : undefined;
    await this.provider.detachMethod(payload.provider_id, account);
    return 'sent' as const;
  };

  /**
   * The client's customer at the provider on the agency's present account, created on first use (the
   * provider call is idempotent per client). An agency that moved to another connected account gets
   * a new customer there: the old one is unknown on the new account.
   */
  private async customerOf(agency: Agency, client: ClientRow, account: string | undefined): Promise<string> {
    const known = await this.repo.customerForUpdate(this.db, agency.id, client.id);
    if (known.customerId && known.account === (account ?? null)) return known.customerId;
    let customerId: string;
    try {
      customerId = await this.provider.createCustomer({
        agencyId: agency.id,
        clientId: client.id,
        email: client.email,
        name: client.name,
        account,
      });
    } catch (err) {
      throw this.unavailable(err);
    }
    return this.db.transaction(async (tx) => {
      const raced = await this.repo.customerForUpdate(tx, agency.id, client.id);
      if (raced.customerId && raced.account === (account ?? null)) return raced.customerId;
      await this.repo.setCustomer(tx, agency.id, client.id, customerId, account ?? null);
      return customerId;
    });
  }

  private unavailable(err: unknown): unknown {
    if (err instanceof PaymentProviderUnavailableError) {
      this.logger.warn({ error: err.message }, 'payment provider unavailable');
      return new AppError('PAYMENT_PROVIDER_UNAVAILABLE', { cause: err });
    }
    return err;
  }

  private async detachQuietly(providerId: string, account: string | undefined): Promise<void> {
    try {
      await this.provider.detachMethod(providerId, account);
    } catch (err) {
      this.logger.warn({ error: err instanceof Error ? err.message : String(err) }, 'payment method detach failed');
    }
  }
}

function duplicate(): AppError {
  return new AppError('PAYMENT_METHOD_DUPLICATE', {
    errors: { payment_method_id: ['This payment method has already been added.'] },
  });
}
