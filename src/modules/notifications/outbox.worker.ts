import type { Db, Tx } from '../../db/client.js';
import type { OutboxRow } from '../../db/schema.js';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import { type EmailProvider, PermanentDeliveryError } from '../../providers/email/email.provider.js';
import type { SmsProvider } from '../../providers/sms/sms.provider.js';
import type { Notifier } from './notifier.js';
import type { OutboxRepository } from './outbox.repository.js';

/** A deferred unit of work run by the worker inside a transaction that also marks its outbox row done. */
export type JobHandler = (tx: Tx, payload: Record<string, unknown>, row: OutboxRow) => Promise<'sent' | 'skipped'>;

export interface WorkerOptions {
  pollMs: number;
  batchSize?: number;
  leaseSeconds?: number;
  /** Keep message bodies after delivery (development inbox); production erases them. */
  keepBodies: boolean;
}

/** Exponential backoff: 5 s, 10 s, 20 s ... capped at one hour. */
export function backoffSeconds(attempt: number): number {
  return Math.min(3600, 5 * 2 ** Math.max(0, attempt - 1));
}

function describe(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.slice(0, 500);
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private stopped = true;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly repo: OutboxRepository,
    private readonly notifier: Notifier,
    private readonly email: EmailProvider,
    private readonly sms: SmsProvider,
    private readonly jobs: Record<string, JobHandler>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly opts: WorkerOptions,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.notifier.onCommitted(() => this.kick());
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.opts.pollMs);
      this.timer.unref();
    };
    tick();
  }

  /** Run a pass soon (coalesced with one already running). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => {
        this.logger.error({ err }, 'outbox pass failed');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Deliver everything due now; returns how many rows were attempted. Tests call this directly. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const now = this.clock.now();
      const lease = new Date(now.getTime() + (this.opts.leaseSeconds ?? 120) * 1000);
      const rows = await this.db.transaction((tx) => this.repo.claimDue(tx, now, lease, this.opts.batchSize ?? 20));
      if (rows.length === 0) return total;
      for (const row of rows) await this.deliver(row);
      total += rows.length;
    }
  }

  private async deliver(row: OutboxRow): Promise<void> {
    try {
      if (row.channel === 'job') {
        await this.runJob(row);
        return;
      }
      const body = this.notifier.open(row);
      if (!body) throw new Error('message body missing');
      const provider = row.channel === 'email' ? this.email : this.sms;
      const { ref } =
        row.channel === 'email'
          ? await this.email.send({
              to: row.recipient,
              subject: row.subject ?? '',
              text: body.text,
              fromName: body.from_name,
            })
          : await this.sms.send({ to: row.recipient, body: body.text });
      await this.repo.markDone(this.db, row.id, {
        status: 'sent',
        driver: provider.name,
        providerRef: ref,
        at: this.clock.now(),
        keepBody: this.opts.keepBodies,
      });
    } catch (err) {
      const exhausted = row.attempts >= row.maxAttempts || err instanceof PermanentDeliveryError;
      const retryAt = exhausted ? null : new Date(this.clock.now().getTime() + backoffSeconds(row.attempts) * 1000);
      this.logger.warn(
        { outbox_id: row.id, channel: row.channel, kind: row.kind, attempt: row.attempts, error: describe(err) },
        exhausted ? 'outbox delivery failed for good' : 'outbox delivery failed, will retry',
      );
      await this.repo.markFailedAttempt(this.db, row.id, describe(err), retryAt);
    }
  }

  private async runJob(row: OutboxRow): Promise<void> {
    const handler = this.jobs[row.kind];
    if (!handler) throw new Error(`no handler for job ${row.kind}`);
    const body = this.notifier.open(row);
    const payload = body ? (JSON.parse(body.text) as Record<string, unknown>) : {};
    await this.db.transaction(async (tx) => {
      const status = await handler(tx, payload, row);
      // A job's payload may hold personal data; it is not kept once the job has run.
      await this.repo.markDone(tx, row.id, {
        status,
        driver: null,
        providerRef: null,
        at: this.clock.now(),
        keepBody: false,
      });
    });
    // The job may have enqueued messages of its own.
    this.notifier.committed();
  }
}
