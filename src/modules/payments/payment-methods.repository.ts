import { and, asc, eq, sql } from 'drizzle-orm';
import { preparedFor, type Queryable } from '../../db/client.js';
import { clients, paymentMethods, type PaymentMethodRow } from '../../db/schema.js';
import type { CardDetails } from '../../providers/payments/payment.provider.js';

const listForClient = preparedFor((q) =>
  q
    .select()
    .from(paymentMethods)
    .where(
      and(
        eq(paymentMethods.agencyId, sql.placeholder('agencyId')),
        eq(paymentMethods.clientId, sql.placeholder('clientId')),
      ),
    )
    .orderBy(asc(paymentMethods.id))
    .prepare('payment_methods_list_for_client'),
);

/** Every method takes the agency and client: another client's card does not exist here. */
export class PaymentMethodsRepository {
  async list(q: Queryable, agencyId: number, clientId: number): Promise<PaymentMethodRow[]> {
    return listForClient(q).execute({ agencyId, clientId });
  }

  async find(q: Queryable, agencyId: number, clientId: number, id: number): Promise<PaymentMethodRow | undefined> {
    const rows = await q
      .select()
      .from(paymentMethods)
      .where(
        and(eq(paymentMethods.agencyId, agencyId), eq(paymentMethods.clientId, clientId), eq(paymentMethods.id, id)),
      )
      .limit(1);
    return rows[0];
  }

  /** A card by id within the agency, whoever's it is (the ledger's own lookups). */
  async findAny(q: Queryable, agencyId: number, id: number): Promise<PaymentMethodRow | undefined> {
    const rows = await q
      .select()
      .from(paymentMethods)
      .where(and(eq(paymentMethods.agencyId, agencyId), eq(paymentMethods.id, id)))
      .limit(1);
    return rows[0];
  }

  async customerId(q: Queryable, agencyId: number, clientId: number): Promise<string | null> {
    const rows = await q
      .select({ customerId: clients.paymentCustomerId })
      .from(clients)
      .where(and(eq(clients.agencyId, agencyId), eq(clients.id, clientId)))
      .limit(1);
    return rows[0]?.customerId ?? null;
  }

  async insert(
    q: Queryable,
    v: {
      agencyId: number;
      clientId: number;
      provider: string;
      account: string | null;
      card: CardDetails;
      isDefault: boolean;
      now: Date;
    },
  ): Promise<PaymentMethodRow> {
    const rows = await q
      .insert(paymentMethods)
      .values({
        agencyId: v.agencyId,
        clientId: v.clientId,
        provider: v.provider,
        providerId: v.card.providerId,
        providerAccount: v.account,
        brand: v.card.brand,
        lastFour: v.card.lastFour,
        expMonth: v.card.expMonth,
        expYear: v.card.expYear,
        fingerprint: v.card.fingerprint,
        isDefault: v.isDefault,
        createdAt: v.now,
        updatedAt: v.now,
      })
      .returning();
    return rows[0]!;
  }

  /** Make one card the default: the old default is unset first (the partial unique index allows one). */
  async makeDefault(q: Queryable, agencyId: number, clientId: number, id: number, now: Date): Promise<void> {
    await q
      .update(paymentMethods)
      .set({ isDefault: false, updatedAt: now })
      .where(
        and(
          eq(paymentMethods.agencyId, agencyId),
          eq(paymentMethods.clientId, clientId),
          eq(paymentMethods.isDefault, true),
        ),
      );
    await q
      .update(paymentMethods)
      .set({ isDefault: true, updatedAt: now })
      .where(
        and(eq(paymentMethods.agencyId, agencyId), eq(paymentMethods.clientId, clientId), eq(paymentMethods.id, id)),
      );
  }

  async delete(q: Queryable, agencyId: number, clientId: number, id: number): Promise<void> {
    await q
      .delete(paymentMethods)
      .where(
        and(eq(paymentMethods.agencyId, agencyId), eq(paymentMethods.clientId, clientId), eq(paymentMethods.id, id)),
      );
  }

  /**
   * The client's provider-side customer and the account it lives on (null: the platform's), locking
   * the client row (one customer per client and account, even under races).
   */
  async customerForUpdate(
    q: Queryable,
    agencyId: number,
    clientId: number,
  ): Promise<{ customerId: string | null; account: string | null }> {
    const rows = await q
      .select({ customerId: clients.paymentCustomerId, account: clients.paymentCustomerAccount })
      .from(clients)
      .where(and(eq(clients.agencyId, agencyId), eq(clients.id, clientId)))
      .for('update');
    return { customerId: rows[0]?.customerId ?? null, account: rows[0]?.account ?? null };
  }

  async setCustomer(
    q: Queryable,
    agencyId: number,
    clientId: number,
    customerId: string,
    account: string | null,
  ): Promise<void> {
    await q
      .update(clients)
      .set({ paymentCustomerId: customerId, paymentCustomerAccount: account, updatedAt: sql`updated_at` })
      .where(and(eq(clients.agencyId, agencyId), eq(clients.id, clientId)));
  }
}
