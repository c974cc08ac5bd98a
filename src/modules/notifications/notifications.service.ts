import type { Db } from '../../db/client.js';
import type { OutboxChannel } from '../../db/schema.js';
import { isoSeconds } from '../../lib/clock.js';
import type { Notifier } from './notifier.js';
import type { OutboxRepository } from './outbox.repository.js';

export interface NotificationView {
  id: number;
  agency_id: number | null;
  channel: OutboxChannel;
  kind: string;
  to: string;
  subject: string | null;
  body: string | null;
  status: string;
  attempts: number;
  driver: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Read side of the outbox, for the CLI and the development inbox. */
export class NotificationsService {
  constructor(
    private readonly db: Db,
    private readonly repo: OutboxRepository,
    private readonly notifier: Notifier,
  ) {}

  async list(filter: { to?: string; channel?: OutboxChannel; limit?: number } = {}): Promise<NotificationView[]> {
    const rows = await this.repo.list(this.db, {
      recipient: filter.to,
      channel: filter.channel,
      limit: filter.limit ?? 100,
    });
    return rows.map((r) => ({
      id: r.id,
      agency_id: r.agencyId,
      channel: r.channel,
      kind: r.kind,
      to: r.recipient,
      subject: r.subject,
      body: this.notifier.open(r)?.text ?? null,
      status: r.status,
      attempts: r.attempts,
      driver: r.driver,
      last_error: r.lastError,
      created_at: isoSeconds(r.createdAt)!,
      sent_at: isoSeconds(r.sentAt),
    }));
  }
}
