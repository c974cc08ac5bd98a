import { and, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { preparedFor, type Queryable } from '../../db/client.js';
import { type AnnouncementRow, announcements } from '../../db/schema.js';

export type NewAnnouncement = Pick<AnnouncementRow, 'title' | 'body' | 'imageUrl' | 'startsAt' | 'endsAt'>;

/** How many current announcements the home feed shows at most. */
export const CURRENT_LIMIT = 10;

/** Current at `now`: started, and not ended (announcements_agency_idx, newest start first). */
const current = preparedFor((q) =>
  q
    .select()
    .from(announcements)
    .where(
      and(
        eq(announcements.agencyId, sql.placeholder('agencyId')),
        lte(announcements.startsAt, sql.placeholder('now')),
        or(isNull(announcements.endsAt), gt(announcements.endsAt, sql.placeholder('now'))),
      ),
    )
    .orderBy(desc(announcements.startsAt), desc(announcements.id))
    .limit(CURRENT_LIMIT)
    .prepare('announcements_current'),
);

/** Every method takes the agency: another agency's announcement does not exist here. */
export class AnnouncementsRepository {
  async insert(q: Queryable, agencyId: number, values: NewAnnouncement, now: Date): Promise<AnnouncementRow> {
    const rows = await q
      .insert(announcements)
      .values({ ...values, agencyId, createdAt: now, updatedAt: now })
      .returning();
    return rows[0]!;
  }

  /** The agency's announcements current at `now`, newest start first, at most CURRENT_LIMIT. */
  async current(q: Queryable, agencyId: number, now: Date): Promise<AnnouncementRow[]> {
    return current(q).execute({ agencyId, now: now.toISOString() });
  }

  async count(q: Queryable, agencyId: number): Promise<number> {
    const rows = await q
      .select({ n: sql<number>`count(*)::int` })
      .from(announcements)
      .where(eq(announcements.agencyId, agencyId));
    return rows[0]?.n ?? 0;
  }
}
