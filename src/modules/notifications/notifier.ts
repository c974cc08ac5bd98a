import type { Queryable } from '../../db/client.js';
import type { OutboxRow } from '../../db/schema.js';
import type { Clock } from '../../lib/clock.js';
import type { Cipher } from '../../lib/crypto.js';
import type { OutboxRepository } from './outbox.repository.js';

/** What is sealed in outbox.body_encrypted. */
export interface SealedBody {
  text: string;
  from_name?: string;
}

export interface OutgoingEmail {
  agencyId: number | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  fromName?: string;
}

export interface OutgoingSms {
  agencyId: number | null;
  kind: string;
  to: string;
  text: string;
}

export interface OutgoingJob {
  agencyId: number | null;
  kind: string;
  /** Routing key of the job (e.g. the email a reset was asked for); stored in clear for operators. */
  subject: string;
  payload: Record<string, unknown>;
}

/**
 * Writes "send this" rows into the outbox inside the caller's transaction, so a message exists
 * if and only if the state change that asked for it committed. Bodies (they carry codes and
 * tokens) are encrypted at rest.
 */
export class Notifier {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly repo: OutboxRepository,
    private readonly cipher: Cipher,
    private readonly clock: Clock,
  ) {}

  async email(tx: Queryable, m: OutgoingEmail): Promise<number> {
    const body: SealedBody = { text: m.text, from_name: m.fromName };
    return this.insert(tx, m.agencyId, 'email', m.kind, m.to, m.subject, body);
  }

  async sms(tx: Queryable, m: OutgoingSms): Promise<number> {
    return this.insert(tx, m.agencyId, 'sms', m.kind, m.to, null, { text: m.text });
  }

  async job(tx: Queryable, j: OutgoingJob): Promise<number> {
    return this.insert(tx, j.agencyId, 'job', j.kind, j.subject, null, { text: JSON.stringify(j.payload) });
  }

  open(row: OutboxRow): SealedBody | null {
    return row.bodyEncrypted ? (JSON.parse(this.cipher.decrypt(row.bodyEncrypted)) as SealedBody) : null;
  }

  /** Called after a transaction that enqueued something commits: the in-process worker delivers at once. */
  committed(): void {
    for (const l of this.listeners) l();
  }

  onCommitted(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async insert(
    tx: Queryable,
    agencyId: number | null,
    channel: 'email' | 'sms' | 'job',
    kind: string,
    recipient: string,
    subject: string | null,
    body: SealedBody,
  ): Promise<number> {
    return this.repo.insert(tx, {
      agencyId,
      channel,
      kind,
      recipient,
      subject,
      bodyEncrypted: this.cipher.encrypt(JSON.stringify(body)),
      now: this.clock.now(),
    });
  }
}
