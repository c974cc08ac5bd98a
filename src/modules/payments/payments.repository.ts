import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { payments, type PaymentKind, type PaymentRow, type PaymentStatus } from '../../db/schema.js';

export interface NewPayment {
  agencyId: number;
  clientId: number | null;
  paymentMethodId: number | null;
  parentId: number | null;
  bookingId: number | null;
  kind: PaymentKind;
  amountMinor: number;
  currency: string;
  status: PaymentStatus;
  provider: string;
  providerReference: string | null;
  providerAccount: string | null;
  idempotencyKey: string;
  failureCode?: string | null;
  failureMessage?: string | null;
  reconciledAt?: Date | null;
  now: Date;
}

/** Not attempted (or created, when never attempted) after `before`. */
function idleSince(before: Date) {
  return or(and(isNull(payments.attemptedAt), lte(payments.createdAt, before)), lte(payments.attemptedAt, before));
}

/** The money ledger. Every method takes the agency id, except the reconciler's cross-agency scans. */
export class PaymentsRepository {
  async insert(q: Queryable, p: NewPayment): Promise<PaymentRow> {
    const rows = await q
      .insert(payments)
      .values({
        agencyId: p.agencyId,
        clientId: p.clientId,
        paymentMethodId: p.paymentMethodId,
        parentId: p.parentId,
        bookingId: p.bookingId,
        kind: p.kind,
        amountMinor: p.amountMinor,
        currency: p.currency.toUpperCase(),
        status: p.status,
        provider: p.provider,
        providerReference: p.providerReference,
        providerAccount: p.providerAccount,
        idempotencyKey: p.idempotencyKey,
        failureCode: p.failureCode ?? null,
        failureMessage: p.failureMessage ?? null,
        reconciledAt: p.reconciledAt ?? null,
        createdAt: p.now,
        updatedAt: p.now,
      })
      .returning();
    return rows[0]!;
  }

  async findByKey(q: Queryable, agencyId: number, key: string): Promise<PaymentRow | undefined> {
    const rows = await q
      .select()
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.idempotencyKey, key)))
      .limit(1);
    return rows[0];
  }

  async find(q: Queryable, agencyId: number, id: number): Promise<PaymentRow | undefined> {
    const rows = await q
      .select()
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.id, id)))
      .limit(1);
    return rows[0];
  }

  async findAuthorization(q: Queryable, agencyId: number, reference: string): Promise<PaymentRow | undefined> {
    const rows = await q
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.agencyId, agencyId),
          eq(payments.kind, 'authorization'),
          eq(payments.providerReference, reference),
        ),
      )
      .limit(1);
    return rows[0];
  }

  async children(q: Queryable, agencyId: number, parentId: number): Promise<PaymentRow[]> {
    return q
      .select()
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.parentId, parentId)))
      .orderBy(asc(payments.id));
  }

  async settle(
    q: Queryable,
    agencyId: number,
    id: number,
    s: {
      status: PaymentStatus;
      providerReference?: string | null;
      amountMinor?: number;
      failureCode?: string | null;
      failureMessage?: string | null;
      reconciledAt?: Date | null;
      now: Date;
    },
  ): Promise<PaymentRow | undefined> {
    const rows = await q
      .update(payments)
      .set({
        status: s.status,
        ...(s.providerReference !== undefined ? { providerReference: s.providerReference } : {}),
        ...(s.amountMinor !== undefined ? { amountMinor: s.amountMinor } : {}),
        ...(s.failureCode !== undefined ? { failureCode: s.failureCode } : {}),
        ...(s.failureMessage !== undefined ? { failureMessage: s.failureMessage } : {}),
        ...(s.reconciledAt !== undefined ? { reconciledAt: s.reconciledAt } : {}),
        updatedAt: s.now,
      })
      // Only a pending row settles: a second settlement of the same movement (a racing execute or
      // reconcile) changes nothing.
      .where(and(eq(payments.agencyId, agencyId), eq(payments.id, id), eq(payments.status, 'pending')))
      .returning();
    return rows[0];
  }

  async markReconciled(q: Queryable, agencyId: number, id: number, at: Date): Promise<void> {
    await q
      .update(payments)
      .set({ reconciledAt: at, updatedAt: at })
      .where(and(eq(payments.agencyId, agencyId), eq(payments.id, id)));
  }

  /** Rows still waiting for the provider's confirmation, untouched since `before` (all agencies). */
  async pending(q: Queryable, before: Date): Promise<PaymentRow[]> {
    return q
      .select()
      .from(payments)
      .where(and(eq(payments.status, 'pending'), idleSince(before)))
      .orderBy(asc(payments.id))
      .limit(1000);
  }

  /**
   * Claim a pending row before calling the provider for it: marks the attempt, and (with `idleSince`)
   * only if no one else touched it since then. Undefined when the row is settled or someone else has it.
   */
  async claim(
    q: Queryable,
    agencyId: number,
    id: number,
    now: Date,
    idleSinceBefore?: Date,
  ): Promise<PaymentRow | undefined> {
    const conds = [eq(payments.agencyId, agencyId), eq(payments.id, id), eq(payments.status, 'pending')];
    if (idleSinceBefore) conds.push(idleSince(idleSinceBefore)!);
    const rows = await q
      .update(payments)
      .set({ attemptedAt: now, updatedAt: now })
      .where(and(...conds))
      .returning();
    return rows[0];
  }

  /** Which of these keys we have rows for, per agency. */
  async existingKeys(q: Queryable, agencyId: number, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await q
      .select({ key: payments.idempotencyKey })
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), inArray(payments.idempotencyKey, keys)));
    return new Set(rows.map((r) => r.key));
  }
}
