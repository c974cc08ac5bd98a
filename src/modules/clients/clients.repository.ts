import { and, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { violatedUniqueConstraint } from '../../db/errors.js';
import { clients, type ClientRow } from '../../db/schema.js';

export type ClientUpdate = Partial<
  Pick<ClientRow, 'name' | 'email' | 'phone' | 'passwordHash' | 'status' | 'emailVerifiedAt' | 'phoneVerifiedAt'>
>;

/** Every method takes the agency id: a client of another agency does not exist here. */
export class ClientsRepository {
  async findById(q: Queryable, agencyId: number, id: number): Promise<ClientRow | undefined> {
    const rows = await q
      .select()
      .from(clients)
      .where(and(eq(clients.agencyId, agencyId), eq(clients.id, id)))
      .limit(1);
    return rows[0];
  }

  /** Lock the client's row until the transaction ends: serialises per-client rules (send limits). */
  async lockForUpdate(q: Queryable, agencyId: number, id: number): Promise<void> {
    await q
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.agencyId, agencyId), eq(clients.id, id)))
      .for('update');
  }

  async findByEmail(q: Queryable, agencyId: number, email: string): Promise<ClientRow | undefined> {
    const rows = await q
      .select()
      .from(clients)
      .where(and(eq(clients.agencyId, agencyId), eq(clients.email, email)))
      .limit(1);
    return rows[0];
  }

  /** Which of email/phone another client of the agency already uses (for Laravel-style "unique" errors). */
  async takenFields(
    q: Queryable,
    agencyId: number,
    fields: { email?: string; phone?: string },
    exceptId?: number,
  ): Promise<Array<'email' | 'phone'>> {
    const taken: Array<'email' | 'phone'> = [];
    for (const field of ['email', 'phone'] as const) {
      const value = fields[field];
      if (value === undefined) continue;
      const conds = [eq(clients.agencyId, agencyId), eq(clients[field], value)];
      if (exceptId !== undefined) conds.push(ne(clients.id, exceptId));
      const rows = await q
        .select({ id: clients.id })
        .from(clients)
        .where(and(...conds))
        .limit(1);
      if (rows[0]) taken.push(field);
    }
    return taken;
  }

  async insert(
    q: Queryable,
    values: { agencyId: number; name: string; email: string; phone: string; passwordHash: string; now: Date },
  ): Promise<ClientRow> {
    const rows = await q
      .insert(clients)
      .values({
        agencyId: values.agencyId,
        name: values.name,
        email: values.email,
        phone: values.phone,
        passwordHash: values.passwordHash,
        createdAt: values.now,
        updatedAt: values.now,
      })
      .returning();
    return rows[0]!;
  }

  async update(q: Queryable, agencyId: number, id: number, changes: ClientUpdate, now: Date): Promise<ClientRow> {
    const rows = await q
      .update(clients)
      .set({ ...changes, updatedAt: now })
      .where(and(eq(clients.agencyId, agencyId), eq(clients.id, id)))
      .returning();
    return rows[0]!;
  }
}

/** Postgres unique_violation on one of the clients' per-agency unique constraints (a race lost after our pre-check). */
export function uniqueViolationField(err: unknown): 'email' | 'phone' | undefined {
  const constraint = violatedUniqueConstraint(err);
  if (constraint === 'clients_agency_email_unique') return 'email';
  if (constraint === 'clients_agency_phone_unique') return 'phone';
  return undefined;
}
