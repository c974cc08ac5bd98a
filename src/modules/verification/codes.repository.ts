import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { verificationCodes, type VerificationChannel } from '../../db/schema.js';

export type CodeRow = typeof verificationCodes.$inferSelect;

/** Codes of one client and channel that are neither used nor voided. */
const liveCodes = (agencyId: number, clientId: number, channel: VerificationChannel) =>
  and(
    eq(verificationCodes.agencyId, agencyId),
    eq(verificationCodes.clientId, clientId),
    eq(verificationCodes.channel, channel),
    isNull(verificationCodes.usedAt),
    isNull(verificationCodes.voidedAt),
  );

export class CodesRepository {
  /** Sends in the window, oldest first (the oldest tells when a new send becomes possible). */
  async sentSince(
    q: Queryable,
    agencyId: number,
    clientId: number,
    channel: VerificationChannel,
    since: Date,
  ): Promise<Date[]> {
    const rows = await q
      .select({ createdAt: verificationCodes.createdAt })
      .from(verificationCodes)
      .where(
        and(
          eq(verificationCodes.agencyId, agencyId),
          eq(verificationCodes.clientId, clientId),
          eq(verificationCodes.channel, channel),
          gt(verificationCodes.createdAt, since),
        ),
      )
      .orderBy(asc(verificationCodes.createdAt));
    return rows.map((r) => r.createdAt);
  }

  async voidActive(
    q: Queryable,
    agencyId: number,
    clientId: number,
    channel: VerificationChannel,
    at: Date,
  ): Promise<void> {
    await q
      .update(verificationCodes)
      .set({ voidedAt: at })
      .where(liveCodes(agencyId, clientId, channel));
  }

  async insert(q: Queryable, row: typeof verificationCodes.$inferInsert): Promise<void> {
    await q.insert(verificationCodes).values(row);
  }

  /** The newest live code for the channel, locked for the attempt. */
  async findLive(
    q: Queryable,
    agencyId: number,
    clientId: number,
    channel: VerificationChannel,
  ): Promise<CodeRow | undefined> {
    const rows = await q
      .select()
      .from(verificationCodes)
      .where(liveCodes(agencyId, clientId, channel))
      .orderBy(desc(verificationCodes.id))
      .limit(1)
      .for('update');
    return rows[0];
  }

  async update(
    q: Queryable,
    agencyId: number,
    id: number,
    changes: Partial<Pick<CodeRow, 'attempts' | 'usedAt' | 'voidedAt'>>,
  ): Promise<void> {
    await q
      .update(verificationCodes)
      .set(changes)
      .where(and(eq(verificationCodes.agencyId, agencyId), eq(verificationCodes.id, id)));
  }
}
