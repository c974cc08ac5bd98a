import type { Db, Tx } from '../../db/client.js';
import type { OutboxRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import { randomBase62, safeEqual, sha256Hex } from '../../lib/crypto.js';
import type { PasswordHasher } from '../../lib/passwords.js';
import type { AgenciesRepository } from '../agencies/agencies.repository.js';
import { type Agency, toAgency } from '../agencies/agencies.service.js';
import type { ClientsRepository } from '../clients/clients.repository.js';
import type { Notifier } from '../notifications/notifier.js';
import type { SessionCache } from './session-cache.js';
import type { TokensRepository } from './tokens.repository.js';
import type { PasswordResetRepository } from './password-reset.repository.js';

export const RESET_TOKEN_LIFETIME_MINUTES = 60;
/** A second request for the same account within this window sends nothing (mailbox flooding). */
export const RESET_RESEND_GUARD_SECONDS = 60;
export const RESET_JOB = 'password_reset_request';

export class PasswordResetService {
  constructor(
    private readonly db: Db,
    private readonly agencies: AgenciesRepository,
    private readonly clients: ClientsRepository,
    private readonly tokens: TokensRepository,
    private readonly resets: PasswordResetRepository,
    private readonly notifier: Notifier,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly sessions: SessionCache,
  ) {}

  /**
   * The request path does the same thing for every email, known or not: it queues a job.
   * The worker decides whether an account exists, so neither the answer nor its timing tells.
   */
  async requestReset(agency: Agency, email: string): Promise<void> {
    await this.db.transaction((tx) =>
      this.notifier.job(tx, { agencyId: agency.id, kind: RESET_JOB, subject: email, payload: { email } }),
    );
    this.notifier.committed();
  }

  /** Worker side of requestReset: mint a token (voiding older ones) and mail it. */
  readonly handleResetJob = async (
    tx: Tx,
    payload: Record<string, unknown>,
    row: OutboxRow,
  ): Promise<'sent' | 'skipped'> => {
    if (row.agencyId === null || typeof payload.email !== 'string') return 'skipped';
    const agencyRow = await this.agencies.findById(tx, row.agencyId);
    if (!agencyRow || agencyRow.status !== 'active') return 'skipped';
    const agency = toAgency(agencyRow);
    const client = await this.clients.findByEmail(tx, agency.id, payload.email);
    if (!client) return 'skipped';
    const now = this.clock.now();
    const last = await this.resets.latestCreatedAt(tx, agency.id, client.id);
    if (last && now.getTime() - last.getTime() < RESET_RESEND_GUARD_SECONDS * 1000) return 'skipped';

    const token = randomBase62(64);
    await this.resets.voidActive(tx, agency.id, client.id, now);
    await this.resets.insert(tx, {
      agencyId: agency.id,
      clientId: client.id,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MINUTES * 60_000),
      createdAt: now,
    });
    const base = agency.settings.password_reset_url;
    const link = base
      ? `${base}${base.includes('?') ? '&' : '?'}token=${token}&email=${encodeURIComponent(client.email)}`
      : undefined;
    await this.notifier.email(tx, {
      agencyId: agency.id,
      kind: 'password_reset',
      to: client.email,
      fromName: agency.name,
      subject: `${agency.name}: reset your password`,
      text:
        `Hello ${client.name},\n\nSomeone asked to reset the password of your ${agency.name} account.\n\n` +
        (link ? `Open this link in the app to choose a new password:\n${link}\n\n` : '') +
        `Your reset token: ${token}\n\n` +
        `It is valid for ${RESET_TOKEN_LIFETIME_MINUTES} minutes and can be used once. ` +
        'If you did not ask for this, ignore this email: your password stays as it is.\n',
    });
    return 'sent';
  };

  async reset(agency: Agency, input: { email: string; token: string; password: string }): Promise<void> {
    // The hash comes first, for known and unknown emails alike, so the time taken tells nothing.
    const passwordHash = await this.hasher.hash(input.password);
    const client = await this.clients.findByEmail(this.db, agency.id, input.email);
    if (!client) throw new AppError('INVALID_RESET_TOKEN');
    const tokenHash = sha256Hex(input.token);
    const now = this.clock.now();
    const done = await this.db.transaction(async (tx) => {
      const live = await this.resets.findLive(tx, agency.id, client.id, now);
      const match = live.find((t) => safeEqual(t.tokenHash, tokenHash));
      if (!match) return false;
      await this.resets.markUsed(tx, agency.id, match.id, now);
      await this.clients.update(tx, agency.id, client.id, { passwordHash }, now);
      // Every session ends: the client must log in again with the new password.
      await this.tokens.deleteAllForClient(tx, agency.id, client.id);
      return true;
    });
    if (!done) throw new AppError('INVALID_RESET_TOKEN');
    this.sessions.dropClient(client.id);
  }
}
