import type { Db } from '../../db/client.js';
import type { ClientRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import type { PasswordHasher } from '../../lib/passwords.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { DriverLicense } from '../documents/document-rules.js';
import { takenErrors, type ClientAuth } from '../auth/auth.service.js';
import type { SessionCache } from '../auth/session-cache.js';
import type { TokensRepository } from '../auth/tokens.repository.js';
import { type ClientsRepository, type ClientUpdate, uniqueViolationField } from '../clients/clients.repository.js';
import type { Notifier } from '../notifications/notifier.js';
import type { VerificationService } from '../verification/verification.service.js';

export interface ProfileChanges {
  name?: string;
  email?: string;
  phone?: string;
}

/** The licence as the profile shows it (from the documents module). */
export type LicenseLookup = (agency: Agency, client: ClientRow) => Promise<DriverLicense>;

export class ProfileService {
  constructor(
    private readonly db: Db,
    private readonly clients: ClientsRepository,
    private readonly tokens: TokensRepository,
    private readonly verification: VerificationService,
    private readonly notifier: Notifier,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly sessions: SessionCache,
    private readonly license: LicenseLookup,
  ) {}

  async driverLicense(agency: Agency, client: ClientRow): Promise<DriverLicense> {
    return this.license(agency, client);
  }

  /**
   * Partial update. A new email or phone clears its verification and sends a code, in the same
   * transaction; when that channel's hourly send limit is used up, nothing changes (429).
   */
  async update(agency: Agency, client: ClientRow, changes: ProfileChanges): Promise<ClientRow> {
    const emailChanged = changes.email !== undefined && changes.email !== client.email;
    const phoneChanged = changes.phone !== undefined && changes.phone !== client.phone;
    const taken = await this.clients.takenFields(
      this.db,
      agency.id,
      { email: emailChanged ? changes.email : undefined, phone: phoneChanged ? changes.phone : undefined },
      client.id,
    );
    if (taken.length > 0) throw takenErrors(taken);

    const update: ClientUpdate = {};
    if (changes.name !== undefined) update.name = changes.name;
    if (emailChanged) Object.assign(update, { email: changes.email, emailVerifiedAt: null });
    if (phoneChanged) Object.assign(update, { phone: changes.phone, phoneVerifiedAt: null });
    if (Object.keys(update).length === 0) return client;

    try {
      const updated = await this.db.transaction(async (tx) => {
        const row = await this.clients.update(tx, agency.id, client.id, update, this.clock.now());
        if (emailChanged) await this.verification.issue(tx, agency, row, 'email');
        if (phoneChanged) await this.verification.issue(tx, agency, row, 'phone');
        return row;
      });
      this.sessions.dropClient(client.id);
      this.notifier.committed();
      return updated;
    } catch (err) {
      const field = uniqueViolationField(err);
      if (field) throw takenErrors([field]);
      throw err;
    }
  }

  /** Change password; every other session of the client ends, the current one stays. */
  async changePassword(agency: Agency, auth: ClientAuth, current: string, next: string): Promise<void> {
    const { ok } = await this.hasher.verify(auth.client.passwordHash, current);
    if (!ok) throw AppError.validation({ current_password: ['The current password is incorrect.'] });
    const passwordHash = await this.hasher.hash(next);
    await this.db.transaction(async (tx) => {
      await this.clients.update(tx, agency.id, auth.client.id, { passwordHash }, this.clock.now());
      await this.tokens.deleteAllForClient(tx, agency.id, auth.client.id, auth.tokenId);
    });
    this.sessions.dropClient(auth.client.id);
  }
}
