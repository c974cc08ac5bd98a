import type { Db, Tx } from '../../db/client.js';
import type { PaymentKind, PaymentRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import {
  InvalidPaymentMethodError,
  type OperationResult,
  PaymentOperationRefusedError,
  PaymentDeclinedError,
  type PaymentProvider,
  PaymentProviderUnavailableError,
  type ProviderOperation,
} from '../../providers/payments/payment.provider.js';
import type { AgenciesRepository } from '../agencies/agencies.repository.js';
import { toAgency, type Agency } from '../agencies/agencies.service.js';
import type { PaymentMethodsRepository } from './payment-methods.repository.js';
import { providerAccountOf } from './payment-methods.service.js';
import type { PaymentsRepository } from './payments.repository.js';

export interface PaymentIntent {
  agency: Agency;
  clientId: number | null;
  kind: PaymentKind;
  /** Minor units (for a release: the amount of the hold being released). */
  amountMinor: number;
  /** Our idempotency key, unique per agency (e.g. `booking:123:authorize`). */
  key: string;
  paymentMethodId?: number | null;
  bookingId?: number | null;
  /** The authorization a capture, release or refund acts on. */
  parent?: PaymentRow;
}

/** Runs inside the transaction that settles a payment row (in execute() and in reconciliation). */
export type SettlementHook = (tx: Tx, payment: PaymentRow) => Promise<void>;

/** How resolvePending settled a row (the ReconcileReport counter it adds to). */
export type PendingResolution = 'confirmed' | 'retried' | 'failed' | 'stillPending';

/** failure_code of an authorization the provider never received (not a decline: nothing was asked of the card). */
export const NOT_FOUND_AT_PROVIDER = 'not_found_at_provider';

export interface ReconcileReport {
  /** Pending rows confirmed by the provider. */
  confirmed: number;
  /** Pending rows the provider never did, executed now. */
  retried: number;
  /** Pending rows settled as failed. */
  failed: number;
  /** Provider operations with no row: open holds released, others recorded. */
  orphansReleased: number;
  orphansRecorded: number;
  /** Rows still pending (the provider could not be reached). */
  stillPending: number;
}

/**
 * The key the provider sees: ours, prefixed with the agency. Keys are unique per agency in the ledger,
 * while agencies without a connected account share the platform's account at the provider.
 */
export function providerKey(p: Pick<PaymentRow, 'agencyId' | 'idempotencyKey'>): string {
  return `daakey:${p.agencyId}:${p.idempotencyKey}`;
}

export function parseProviderKey(value: string): { agencyId: number; key: string } | null {
  const m = /^daakey:(\d{1,10}):(.+)$/.exec(value);
  return m ? { agencyId: Number(m[1]), key: m[2]! } : null;
}

/**
 * Why a movement failed for good, when the provider's answer will not change on a retry: a decline,
 * a card it no longer accepts (detached, deleted), or an operation the hold's state does not allow
 * (captured, released, expired). Undefined for anything else.
 */
function permanentFailure(err: unknown): string | undefined {
  if (err instanceof PaymentDeclinedError) return err.declineCode ?? err.code;
  if (err instanceof InvalidPaymentMethodError) return 'payment_method_unusable';
  if (err instanceof PaymentOperationRefusedError) return 'provider_refused';
  return undefined;
}

function describe(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}

/**
 * The money ledger. A movement is written as a `pending` row in the transaction of the change that
 * causes it (intend), then carried out at the provider under the row's idempotency key (execute),
 * which settles the row. A crash between the two leaves a pending row that `reconcile` settles by
 * asking the provider; provider operations that have no row at all (a hold whose row never
 * committed) are found by listing the provider's operations tagged with our keys.
 */
export class PaymentsService {
  private readonly hooks: SettlementHook[] = [];

  constructor(
    private readonly db: Db,
    private readonly repo: PaymentsRepository,
    private readonly methods: PaymentMethodsRepository,
    private readonly agencies: AgenciesRepository,
    private readonly provider: PaymentProvider,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** The bookings module reacts to settled payments here (same transaction as the settlement). */
  onSettled(hook: SettlementHook): void {
    this.hooks.push(hook);
  }

  /** Record a movement to make, inside the caller's transaction. Same key twice: the first row. */
  async intend(tx: Tx, p: PaymentIntent): Promise<PaymentRow> {
    const existing = await this.repo.findByKey(tx, p.agency.id, p.key);
    if (existing) return existing;
    if (p.kind !== 'authorization' && !p.parent) throw new Error(`${p.kind} needs the authorization it acts on`);
    return this.repo.insert(tx, {
      agencyId: p.agency.id,
      clientId: p.clientId,
      paymentMethodId: p.paymentMethodId ?? p.parent?.paymentMethodId ?? null,
      parentId: p.parent?.id ?? null,
      bookingId: p.bookingId ?? p.parent?.bookingId ?? null,
      kind: p.kind,
      amountMinor: p.amountMinor,
      currency: p.parent?.currency ?? p.agency.currency,
      status: 'pending',
      provider: this.provider.name,
      providerReference: p.kind === 'authorization' ? null : (p.parent?.providerReference ?? null),
      providerAccount: providerAccountOf(p.agency) ?? null,
      idempotencyKey: p.key,
      now: this.clock.now(),
    });
  }

  /**
   * Carry out a pending movement at the provider and settle its row. A decline settles it failed and
   * throws PAYMENT_DECLINED (402); an unreachable provider leaves it pending for reconciliation and
   * throws PAYMENT_PROVIDER_UNAVAILABLE (503). A settled row is returned as it is (idempotent).
   */
  async execute(agency: Agency, payment: PaymentRow): Promise<PaymentRow> {
    if (payment.status !== 'pending') return payment;
    const claimed = await this.repo.claim(this.db, agency.id, payment.id, this.clock.now());
    if (!claimed) return (await this.repo.find(this.db, agency.id, payment.id)) ?? payment;
    let result: OperationResult;
    try {
      result = await this.callProvider(agency, claimed);
    } catch (err) {
      const reason = permanentFailure(err);
      if (reason) {
        await this.settle(agency, claimed, { status: 'failed', failureCode: reason, failureMessage: describe(err) });
        throw new AppError('PAYMENT_DECLINED', { data: { reason } });
      }
      if (err instanceof PaymentProviderUnavailableError) {
        this.logger.warn({ payment_id: payment.id, kind: payment.kind, error: err.message }, 'payment left pending');
        throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE', { cause: err });
      }
      throw err;
    }
    const settled = await this.settle(agency, claimed, {
      status: 'succeeded',
      providerReference: result.reference,
      amountMinor: result.amountMinor,
    });
    if (settled.status === 'failed' && payment.kind === 'authorization') {
      // The row was given up on while the provider was still placing the hold: give the money back,
      // as a release row of its own, so a failure here is left pending for reconciliation.
      await this.releaseLateHold(agency, settled, result);
    }
    return settled;
  }

  /** Settle every pending row idle for `olderThanSeconds`, and every provider operation without a row since `since`. */
  async reconcile(opts: { since: Date; olderThanSeconds: number }): Promise<ReconcileReport> {
    const report: ReconcileReport = {
      confirmed: 0,
      retried: 0,
      failed: 0,
      orphansReleased: 0,
      orphansRecorded: 0,
      stillPending: 0,
    };
    const now = this.clock.now();
    const agencyCache = new Map<number, Agency>();
    const agencyOf = async (id: number): Promise<Agency | undefined> => {
      if (!agencyCache.has(id)) {
        const row = await this.agencies.findById(this.db, id);
        if (row) agencyCache.set(id, toAgency(row));
      }
      return agencyCache.get(id);
    };

    // 1. Rows without a provider confirmation.
    const cutoff = new Date(now.getTime() - opts.olderThanSeconds * 1000);
    for (const candidate of await this.repo.pending(this.db, cutoff)) {
      const agency = await agencyOf(candidate.agencyId);
      if (!agency) continue;
      // Skipped when someone (an execute, another reconcile) touched it since the cutoff.
      const outcome = await this.resolvePending(agency, candidate, { idleSince: cutoff });
      if (outcome) report[outcome.resolution] += 1;
    }

    // 2. Provider operations without a committed row (per account: the platform's and each agency's).
    const accounts = new Set<string | undefined>([undefined]);
    for (const row of await this.agencies.list(this.db)) {
      const account = providerAccountOf(toAgency(row));
      if (account) accounts.add(account);
    }
    for (const account of accounts) {
      let ops: ProviderOperation[];
      try {
        ops = await this.provider.listOperations(opts.since, account);
      } catch (err) {
        this.logger.warn({ account, error: describe(err) }, 'reconcile: cannot list provider operations');
        continue;
      }
      for (const op of ops) {
        if (op.kind === 'capture' || op.kind === 'release') continue; // those act on a hold we know
        const ours = parseProviderKey(op.idempotencyKey);
        if (!ours) continue; // not made by Daakey
        const agency = await agencyOf(ours.agencyId);
        if (!agency) continue;
        const known = await this.repo.existingKeys(this.db, agency.id, [ours.key]);
        if (known.has(ours.key)) continue;
        try {
          await this.recordOrphan(agency, op, ours.key, account, now, report);
        } catch (err) {
          this.logger.warn({ reference: op.reference, error: describe(err) }, 'reconcile: orphan not settled');
        }
      }
    }
    return report;
  }

  /**
   * Settle one pending row by asking the provider under its key (reconciliation's first step, for one
   * row): an operation the provider did is settled as it reports it; an authorization it never saw is
   * settled failed (the hold was never placed); a capture, release or refund it never saw is carried
   * out now under the same key. The row is claimed first (with `idleSince`: only if nobody touched it
   * since then), so two callers never both act on it: undefined when it is settled or someone else has
   * it. An unreachable provider leaves it pending ('stillPending').
   */
  async resolvePending(
    agency: Agency,
    candidate: PaymentRow,
    opts: { idleSince?: Date } = {},
  ): Promise<{ resolution: PendingResolution; payment: PaymentRow } | undefined> {
    // The claim's own time, not a run's start: a long run must not make its claims look idle.
    const now = this.clock.now();
    const row = await this.repo.claim(this.db, agency.id, candidate.id, now, opts.idleSince);
    if (!row) return undefined;
    try {
      const parentRef = row.kind === 'authorization' ? null : row.providerReference;
      const found = await this.provider.findOperation(
        row.kind,
        providerKey(row),
        parentRef,
        row.providerAccount ?? undefined,
      );
      if (found) {
        const settled = await this.settle(agency, row, {
          status: found.status,
          providerReference: found.reference,
          amountMinor: found.amountMinor,
          reconciledAt: now,
        });
        return { resolution: settled.status === 'succeeded' ? 'confirmed' : 'failed', payment: settled };
      }
      if (row.kind === 'authorization') {
        // The hold was never placed: nothing to undo, the payment did not happen.
        const settled = await this.settle(agency, row, {
          status: 'failed',
          failureCode: NOT_FOUND_AT_PROVIDER,
          failureMessage: 'No operation under this key at the provider',
          reconciledAt: now,
        });
        return { resolution: 'failed', payment: settled };
      }
      // Money owed one way or the other: do it now, under the same key.
      return await this.retry(agency, row, now);
    } catch (err) {
      this.logger.warn({ payment_id: row.id, error: describe(err) }, 'reconcile: payment still pending');
      return { resolution: 'stillPending', payment: row };
    }
  }

  /** A ledger row by its key (undefined when there is none). */
  async findByKey(agency: Agency, key: string): Promise<PaymentRow | undefined> {
    return this.repo.findByKey(this.db, agency.id, key);
  }

  /** Carry out a pending capture, release or refund again; a refusal the provider will repeat fails it. */
  private async retry(
    agency: Agency,
    row: PaymentRow,
    now: Date,
  ): Promise<{ resolution: 'retried' | 'failed'; payment: PaymentRow }> {
    try {
      const settled = await this.execute(agency, row);
      await this.repo.markReconciled(this.db, agency.id, settled.id, now);
      return { resolution: settled.status === 'failed' ? 'failed' : 'retried', payment: settled };
    } catch (err) {
      // Declined or refused in the hold's present state: execute settled it failed. Anything else
      // (provider down, a database error) leaves it pending for the next run.
      if (err instanceof AppError && err.code === 'PAYMENT_DECLINED') {
        await this.repo.markReconciled(this.db, agency.id, row.id, now);
        return { resolution: 'failed', payment: (await this.repo.find(this.db, agency.id, row.id)) ?? row };
      }
      throw err;
    }
  }

  /**
   * A provider operation with no row. An open hold is recorded with a pending release first, then
   * released through execute(), so a crash in between leaves a pending row the next run confirms.
   */
  private async recordOrphan(
    agency: Agency,
    op: ProviderOperation,
    key: string,
    account: string | undefined,
    now: Date,
    report: ReconcileReport,
  ): Promise<void> {
    const base = {
      agencyId: agency.id,
      clientId: op.tags?.clientId || null,
      paymentMethodId: null,
      bookingId: null,
      amountMinor: op.amountMinor,
      currency: op.currency,
      provider: this.provider.name,
      providerAccount: account ?? null,
      reconciledAt: now,
      now,
    };
    if (op.kind === 'authorization' && op.open) {
      const release = await this.db.transaction(async (tx) => {
        const auth = await this.repo.insert(tx, {
          ...base,
          parentId: null,
          kind: 'authorization',
          status: 'succeeded',
          providerReference: op.reference,
          idempotencyKey: key,
        });
        return this.repo.insert(tx, {
          ...base,
          parentId: auth.id,
          kind: 'release',
          status: 'pending',
          providerReference: op.reference,
          idempotencyKey: `${key}:orphan-release`,
        });
      });
      await this.execute(agency, release);
      report.orphansReleased += 1;
      return;
    }
    const parent =
      op.kind === 'refund'
        ? ((await this.repo.findAuthorization(this.db, agency.id, op.authorizationReference)) ?? null)
        : null;
    await this.repo.insert(this.db, {
      ...base,
      parentId: parent?.id ?? null,
      bookingId: parent?.bookingId ?? null,
      kind: op.kind,
      status: op.status,
      providerReference: op.reference,
      idempotencyKey: key,
    });
    report.orphansRecorded += 1;
  }

  private async releaseLateHold(agency: Agency, auth: PaymentRow, hold: OperationResult): Promise<void> {
    this.logger.warn({ payment_id: auth.id }, 'hold placed for an authorization already failed: releasing it');
    const release = await this.db.transaction((tx) =>
      this.repo.insert(tx, {
        agencyId: agency.id,
        clientId: auth.clientId,
        paymentMethodId: auth.paymentMethodId,
        parentId: auth.id,
        bookingId: auth.bookingId,
        kind: 'release',
        amountMinor: hold.amountMinor,
        currency: auth.currency,
        status: 'pending',
        provider: this.provider.name,
        providerReference: hold.reference,
        providerAccount: auth.providerAccount,
        idempotencyKey: `${auth.idempotencyKey}:late-release`,
        now: this.clock.now(),
      }),
    );
    try {
      await this.execute(agency, release);
    } catch (err) {
      this.logger.error({ payment_id: release.id, error: describe(err) }, 'late hold release left pending');
    }
  }

  private async callProvider(agency: Agency, p: PaymentRow): Promise<OperationResult> {
    const account = p.providerAccount ?? undefined;
    switch (p.kind) {
      case 'authorization': {
        const method = p.paymentMethodId
          ? await this.methods.findAny(this.db, agency.id, p.paymentMethodId)
          : undefined;
        const customerId = p.clientId ? await this.methods.customerId(this.db, agency.id, p.clientId) : null;
        if (!method || !customerId)
          throw new PaymentDeclinedError('No usable payment method', 'payment_method_missing');
        return this.provider.authorize({
          customerId,
          paymentMethodId: method.providerId,
          amountMinor: p.amountMinor,
          currency: p.currency,
          idempotencyKey: providerKey(p),
          tags: { agencyId: agency.id, clientId: p.clientId ?? 0 },
          description: p.bookingId ? `${agency.code} booking ${p.bookingId}` : agency.code,
          account,
        });
      }
      case 'capture':
        return this.provider.capture({
          reference: this.parentReference(p),
          amountMinor: p.amountMinor,
          idempotencyKey: providerKey(p),
          account,
        });
      case 'release':
        return this.provider.release({ reference: this.parentReference(p), idempotencyKey: providerKey(p), account });
      case 'refund':
        return this.provider.refund({
          reference: this.parentReference(p),
          amountMinor: p.amountMinor,
          idempotencyKey: providerKey(p),
          tags: { agencyId: agency.id, clientId: p.clientId ?? 0 },
          account,
        });
    }
  }

  private parentReference(p: PaymentRow): string {
    if (!p.providerReference) throw new Error(`${p.kind} ${p.id} has no authorization reference`);
    return p.providerReference;
  }

  private async settle(
    agency: Agency,
    payment: PaymentRow,
    s: {
      status: 'succeeded' | 'failed';
      providerReference?: string;
      amountMinor?: number;
      failureCode?: string;
      failureMessage?: string;
      reconciledAt?: Date;
    },
  ): Promise<PaymentRow> {
    return this.db.transaction(async (tx) => {
      const row = await this.repo.settle(tx, agency.id, payment.id, { ...s, now: this.clock.now() });
      // Already settled by someone else (a racing execute or reconcile): theirs stands, hooks ran then.
      if (!row) return (await this.repo.find(tx, agency.id, payment.id))!;
      for (const hook of this.hooks) await hook(tx, row);
      return row;
    });
  }
}
