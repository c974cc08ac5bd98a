import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { passwordResetTokens } from '../../db/schema.js';

export type ResetTokenRow = typeof passwordResetTokens.$inferSelect;

/** A client's reset tokens that are neither used nor voided. */
const unusedTokens = (agencyId: number, clientId: number) =>
  and(
    eq(passwordResetTokens.agencyId, agencyId),
    eq(passwordResetTokens.clientId, clientId),
    isNull(passwordResetTokens.usedAt),
    isNull(passwordResetTokens.voidedAt),
  );

export class PasswordResetRepository {
  async voidActive(q: Queryable, agencyId: number, clientId: number, at: Date): Promise<void> {
    await q.update(passwordResetTokens).set({ voidedAt: at }).where(unusedTokens(agencyId, clientId));
  }

  async insert(q: Queryable, row: typeof passwordResetTokens.$inferInsert): Promise<void> {
    await q.insert(passwordResetTokens).values(row);
  }

  /** Live (unused, not voided, unexpired) tokens of a client, locked for the reset. */
  async findLive(q: Queryable, agencyId: number, clientId: number, now: Date): Promise<ResetTokenRow[]> {
    return q
      .select()
      .from(passwordResetTokens)
      .where(and(unusedTokens(agencyId, clientId), gt(passwordResetTokens.expiresAt, now)))
      .for('update');
  }

  async latestCreatedAt(q: Queryable, agencyId: number, clientId: number): Promise<Date | undefined> {
    const rows = await q
      .select({ createdAt: passwordResetTokens.createdAt })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.agencyId, agencyId), eq(passwordResetTokens.clientId, clientId)))
      .orderBy(passwordResetTokens.createdAt);
    return rows.at(-1)?.createdAt;
  }

  async markUsed(q: Queryable, agencyId: number, id: number, at: Date): Promise<void> {
    await q
      .update(passwordResetTokens)
      .set({ usedAt: at })
      .where(and(eq(passwordResetTokens.agencyId, agencyId), eq(passwordResetTokens.id, id)));
  }
}
