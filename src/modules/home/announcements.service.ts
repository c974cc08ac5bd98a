import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { AnnouncementRow } from '../../db/schema.js';
import type { Clock } from '../../lib/clock.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { AnnouncementsRepository, NewAnnouncement } from './announcements.repository.js';

const DATE_HINT = 'must be an ISO 8601 date-time with an offset (2026-02-01T09:00:00Z) or a date (2026-02-01)';

/** A date-time with a UTC offset, or a calendar date (midnight UTC); a Date passes as is. */
const instant = () =>
  z
    .unknown()
    .transform((v, ctx) => {
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v;
      if (typeof v === 'string') {
        const s = v.trim();
        if (z.iso.date().safeParse(s).success) return new Date(`${s}T00:00:00Z`);
        const parsed = z.iso.datetime({ offset: true }).safeParse(s);
        // Years 1000-9998: the database has no year 0 and the range stays far from the calendar's end.
        const year = parsed.success ? Number(parsed.data.slice(0, 4)) : 0;
        if (parsed.success && year >= 1000 && year <= 9998) return new Date(parsed.data);
      }
      ctx.addIssue({ code: 'custom', message: DATE_HINT, input: v });
      return z.NEVER;
    })
    .optional();

/** What an operator gives to publish an announcement (daakey announcements:create, the demo seed). */
export const newAnnouncementSchema = z.object({
  title: z.string({ error: 'is required' }).trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  body: z.string({ error: 'is required' }).trim().min(1, 'is required').max(10_000, 'must be at most 10000 characters'),
  image_url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2048, 'must be at most 2048 characters')
    .optional(),
  /** Default: now. */
  starts_at: instant(),
  /** Default: no end. */
  ends_at: instant(),
});
export type NewAnnouncementInput = z.input<typeof newAnnouncementSchema>;

/** The announcement's fields as given were refused; `issues` name each field and what is wrong. */
export class AnnouncementInputError extends Error {
  constructor(readonly issues: Array<{ field: string; message: string }>) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
  }
}

/** Agency news and promotions: published by staff (CLI for now), read by the home feed. */
export class AnnouncementsService {
  constructor(
    private readonly db: Db,
    private readonly repo: AnnouncementsRepository,
    private readonly clock: Clock,
  ) {}

  /** Validates the fields (AnnouncementInputError names each problem); a missing title or body is one. */
  async create(agency: Agency, input: Partial<NewAnnouncementInput>): Promise<AnnouncementRow> {
    const now = this.clock.now();
    return this.repo.insert(this.db, agency.id, this.validate(input, now), now);
  }

  /**
   * The given announcements, all or none, when the agency has none yet (the demo seed: running it
   * again adds nothing). Null when the agency already had announcements.
   */
  async createIfNone(agency: Agency, inputs: NewAnnouncementInput[]): Promise<AnnouncementRow[] | null> {
    const now = this.clock.now();
    const values = inputs.map((input) => this.validate(input, now));
    return this.db.transaction(async (tx) => {
      if ((await this.repo.count(tx, agency.id)) > 0) return null;
      const rows: AnnouncementRow[] = [];
      for (const v of values) rows.push(await this.repo.insert(tx, agency.id, v, now));
      return rows;
    });
  }

  private validate(input: Partial<NewAnnouncementInput>, now: Date): NewAnnouncement {
    const parsed = newAnnouncementSchema.safeParse(input);
    if (!parsed.success)
      throw new AnnouncementInputError(
        parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })),
      );
    const v = parsed.data;
    const startsAt = v.starts_at ?? now;
    // The start defaults to now, so an end that is already past is refused like one before the start.
    if (v.ends_at && v.ends_at.getTime() <= startsAt.getTime())
      throw new AnnouncementInputError([{ field: 'ends_at', message: 'must be after the start' }]);
    // One that has already ended would never be shown.
    if (v.ends_at && v.ends_at.getTime() <= now.getTime())
      throw new AnnouncementInputError([{ field: 'ends_at', message: 'must be in the future' }]);
    return { title: v.title, body: v.body, imageUrl: v.image_url ?? null, startsAt, endsAt: v.ends_at ?? null };
  }

  /** The agency's announcements current at `now` (started, not ended), newest start first, at most 10. */
  async current(agency: Agency, now: Date): Promise<AnnouncementRow[]> {
    return this.repo.current(this.db, agency.id, now);
  }
}
