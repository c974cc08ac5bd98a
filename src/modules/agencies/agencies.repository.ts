import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { agencies, partners, type AgencyRow } from '../../db/schema.js';

export type NewAgency = typeof agencies.$inferInsert;

/** Agencies are the tenants themselves: lookups here are by code or id, not scoped by another agency. */
export class AgenciesRepository {
  async findByCode(q: Queryable, code: string): Promise<AgencyRow | undefined> {
    const rows = await q.select().from(agencies).where(eq(agencies.code, code)).limit(1);
    return rows[0];
  }

  async findById(q: Queryable, id: number): Promise<AgencyRow | undefined> {
    const rows = await q.select().from(agencies).where(eq(agencies.id, id)).limit(1);
    return rows[0];
  }

  async list(q: Queryable): Promise<AgencyRow[]> {
    return q.select().from(agencies).orderBy(agencies.id);
  }

  async insert(q: Queryable, values: NewAgency): Promise<AgencyRow> {
    const rows = await q.insert(agencies).values(values).returning();
    return rows[0]!;
  }

  async setStatus(q: Queryable, id: number, status: 'active' | 'inactive', at: Date): Promise<void> {
    await q.update(agencies).set({ status, updatedAt: at }).where(eq(agencies.id, id));
  }

  async setSecret(q: Queryable, id: number, secretKeyEncrypted: string, at: Date): Promise<void> {
    await q.update(agencies).set({ secretKeyEncrypted, updatedAt: at }).where(eq(agencies.id, id));
  }

  async findOrCreatePartner(q: Queryable, code: string, name: string): Promise<number> {
    const found = await q.select({ id: partners.id }).from(partners).where(eq(partners.code, code)).limit(1);
    if (found[0]) return found[0].id;
    const rows = await q.insert(partners).values({ code, name }).returning({ id: partners.id });
    return rows[0]!.id;
  }
}
