import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { outbox, type OutboxChannel, type OutboxRow } from '../../db/schema.js';

export interface NewOutboxRow {
  agencyId: number | null;
  channel: OutboxChannel;
  kind: string;
  recipient: string;
  subject?: string | null;
  bodyEncrypted: string | null;
  now: Date;
}

export class OutboxRepository {
  async insert(q: Queryable, row: NewOutboxRow): Promise<number> {
    const rows = await q
      .insert(outbox)
      .values({
        agencyId: row.agencyId,
        channel: row.channel,
        kind: row.kind,
        recipient: row.recipient,
        subject: row.subject ?? null,
        bodyEncrypted: row.bodyEncrypted,
        nextAttemptAt: row.now,
        createdAt: row.now,
      })
      .returning({ id: outbox.id });
    return rows[0]!.id;
  }

  /**
   * Claim due rows: bump their attempt count and push next_attempt_at out by the lease, so another
   * worker skips them and a crash mid-delivery only delays (never loses) a message.
   */
  async claimDue(q: Queryable, now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
    const due = q
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    return q
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: leaseUntil })
      .where(inArray(outbox.id, due))
      .returning();
  }

  async markDone(
    q: Queryable,
    id: number,
    result: {
      status: 'sent' | 'skipped';
      driver: string | null;
      providerRef: string | null;
      at: Date;
      keepBody: boolean;
    },
  ): Promise<void> {
    await q
      .update(outbox)
      .set({
        status: result.status,
        driver: result.driver,
        providerRef: result.providerRef,
        sentAt: result.at,
        lastError: null,
        ...(result.keepBody ? {} : { bodyEncrypted: null }),
      })
      .where(eq(outbox.id, id));
  }

  async markFailedAttempt(q: Queryable, id: number, error: string, retryAt: Date | null): Promise<void> {
    await q
      .update(outbox)
      .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'failed' })
      .where(eq(outbox.id, id));
  }

  async list(
    q: Queryable,
    filter: { recipient?: string; channel?: OutboxChannel; limit: number },
  ): Promise<OutboxRow[]> {
    const conds = [];
    if (filter.recipient) conds.push(eq(outbox.recipient, filter.recipient));
    if (filter.channel) conds.push(eq(outbox.channel, filter.channel));
    else conds.push(inArray(outbox.channel, ['email', 'sms']));
    return q
      .select()
      .from(outbox)
      .where(and(...conds))
      .orderBy(desc(outbox.id))
      .limit(filter.limit);
  }
}
