import type { Db, Queryable } from '../../db/client.js';
import type { ClientRow, VerificationChannel } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import { type Cipher, randomDigits, randomLowerAlnum, safeEqual } from '../../lib/crypto.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { SessionCache } from '../auth/session-cache.js';
import type { ClientsRepository } from '../clients/clients.repository.js';
import type { Notifier } from '../notifications/notifier.js';
import type { CodesRepository } from './codes.repository.js';

/** The rules of seeds 002 and 003, in one place. */
export const VERIFICATION_RULES = {
  phone: { lifetimeSeconds: 600, makeCode: () => randomDigits(6) },
  email: { lifetimeSeconds: 86_400, makeCode: () => randomLowerAlnum(6) },
  maxSendsPerHour: 3,
  maxWrongAttempts: 5,
} as const;

const HOUR_MS = 3_600_000;

function invalidCode(): AppError {
  return new AppError('INVALID_VERIFICATION_CODE', {
    errors: { code: ['The verification code is invalid or expired.'] },
  });
}

export class VerificationService {
  constructor(
    private readonly db: Db,
    private readonly codes: CodesRepository,
    private readonly clients: ClientsRepository,
    private readonly notifier: Notifier,
    private readonly cipher: Cipher,
    private readonly clock: Clock,
    private readonly sessions: SessionCache,
  ) {}

  private hash(client: ClientRow, channel: VerificationChannel, code: string): string {
    return this.cipher.mac(`verify:${client.agencyId}:${client.id}:${channel}:${code}`);
  }

  /**
   * Void the live code, create and queue a new one, inside the caller's transaction.
   * At most three sends per channel per hour (the send at registration counts): beyond, 429 with retry_after.
   */
  async issue(
    tx: Queryable,
    agency: Agency,
    client: ClientRow,
    channel: VerificationChannel,
  ): Promise<{ expiresIn: number }> {
    // Concurrent sends for one client queue here, so the count below is exact (PostgreSQL runs them in parallel).
    await this.clients.lockForUpdate(tx, agency.id, client.id);
    const now = this.clock.now();
    const recent = await this.codes.sentSince(tx, agency.id, client.id, channel, new Date(now.getTime() - HOUR_MS));
    if (recent.length >= VERIFICATION_RULES.maxSendsPerHour) {
      const retryAfter = (recent[0]!.getTime() + HOUR_MS - now.getTime()) / 1000;
      throw AppError.tooManyRequests(retryAfter);
    }
    const rule = VERIFICATION_RULES[channel];
    const code = rule.makeCode();
    const destination = channel === 'phone' ? client.phone : client.email;
    await this.codes.voidActive(tx, agency.id, client.id, channel, now);
    await this.codes.insert(tx, {
      agencyId: agency.id,
      clientId: client.id,
      channel,
      destination,
      codeHash: this.hash(client, channel, code),
      expiresAt: new Date(now.getTime() + rule.lifetimeSeconds * 1000),
      createdAt: now,
    });
    if (channel === 'phone') {
      await this.notifier.sms(tx, {
        agencyId: agency.id,
        kind: 'verification_phone',
        to: destination,
        text: `${agency.name}: your verification code is ${code}. It expires in 10 minutes.`,
      });
    } else {
      await this.notifier.email(tx, {
        agencyId: agency.id,
        kind: 'verification_email',
        to: destination,
        fromName: agency.name,
        subject: `${agency.name}: confirm your email address`,
        text:
          `Hello ${client.name},\n\nYour ${agency.name} email verification code is: ${code}\n\n` +
          'Enter it in the app to confirm this address. The code is valid for 24 hours.\n' +
          'If you did not create an account, you can ignore this email.\n',
      });
    }
    return { expiresIn: rule.lifetimeSeconds };
  }

  async resend(agency: Agency, client: ClientRow, channel: VerificationChannel): Promise<{ expiresIn: number }> {
    this.assertUnverified(client, channel);
    const result = await this.db.transaction((tx) => this.issue(tx, agency, client, channel));
    this.notifier.committed();
    return result;
  }

  async verify(agency: Agency, client: ClientRow, channel: VerificationChannel, code: string): Promise<ClientRow> {
    this.assertUnverified(client, channel);
    const submitted = channel === 'email' ? code.trim().toLowerCase() : code.trim();
    const now = this.clock.now();
    // The transaction commits wrong-attempt counts too, so the error is thrown only after it.
    const outcome = await this.db.transaction(async (tx) => {
      const live = await this.codes.findLive(tx, agency.id, client.id, channel);
      const destination = channel === 'phone' ? client.phone : client.email;
      if (!live || live.expiresAt <= now || live.destination !== destination) return { ok: false as const };
      if (!safeEqual(live.codeHash, this.hash(client, channel, submitted))) {
        const attempts = live.attempts + 1;
        await this.codes.update(tx, agency.id, live.id, {
          attempts,
          ...(attempts >= VERIFICATION_RULES.maxWrongAttempts ? { voidedAt: now } : {}),
        });
        return { ok: false as const };
      }
      await this.codes.update(tx, agency.id, live.id, { usedAt: now });
      const updated = await this.clients.update(
        tx,
        agency.id,
        client.id,
        channel === 'phone' ? { phoneVerifiedAt: now } : { emailVerifiedAt: now },
        now,
      );
      return { ok: true as const, client: updated };
    });
    if (!outcome.ok) throw invalidCode();
    this.sessions.dropClient(client.id);
    return outcome.client;
  }

  /** Operator action (demo seed, imports): mark both channels verified without codes. */
  async markVerified(agency: Agency, clientId: number): Promise<void> {
    const now = this.clock.now();
    await this.clients.update(this.db, agency.id, clientId, { phoneVerifiedAt: now, emailVerifiedAt: now }, now);
    this.sessions.dropClient(clientId);
  }

  private assertUnverified(client: ClientRow, channel: VerificationChannel): void {
    if (channel === 'phone' && client.phoneVerifiedAt) throw new AppError('PHONE_ALREADY_VERIFIED');
    if (channel === 'email' && client.emailVerifiedAt) throw new AppError('EMAIL_ALREADY_VERIFIED');
  }
}
