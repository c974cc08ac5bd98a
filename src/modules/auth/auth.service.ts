import type { Db, Tx } from '../../db/client.js';
import type { ClientRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { AttemptLimiter } from '../../lib/attempt-limiter.js';
import type { Clock } from '../../lib/clock.js';
import { randomBase62, safeEqual, sha256Hex } from '../../lib/crypto.js';
import type { Logger } from '../../lib/logger.js';
import type { PasswordHasher } from '../../lib/passwords.js';
import type { Agency } from '../agencies/agencies.service.js';
import { type ClientsRepository, uniqueViolationField } from '../clients/clients.repository.js';
import type { Notifier } from '../notifications/notifier.js';
import type { VerificationService } from '../verification/verification.service.js';
import type { SessionCache } from './session-cache.js';
import type { TokensRepository } from './tokens.repository.js';

/** The authenticated caller of a client route. */
export interface ClientAuth {
  client: ClientRow;
  tokenId: number;
}

const TOKEN_PATTERN = /^(\d{1,15})\|([A-Za-z0-9]{40})$/;
const TOUCH_INTERVAL_MS = 60_000;

export interface RegisterInput {
  name: string;
  email: string;
  phone: string;
  password: string;
}

export function takenErrors(fields: Array<'email' | 'phone'>): AppError {
  const errors: Record<string, string[]> = {};
  for (const f of fields) errors[f] = [`The ${f} has already been taken.`];
  return AppError.validation(errors);
}

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly clients: ClientsRepository,
    private readonly tokens: TokensRepository,
    private readonly verification: VerificationService,
    private readonly notifier: Notifier,
    private readonly hasher: PasswordHasher,
    private readonly loginLimiter: AttemptLimiter,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly sessions: SessionCache,
  ) {}

  /** Issue a Sanctum-style token "<id>|<40 chars>"; only sha256 of the secret part is stored. */
  async issueToken(tx: Tx | Db, agencyId: number, clientId: number): Promise<{ token: string; tokenId: number }> {
    const secret = randomBase62(40);
    const tokenId = await this.tokens.insert(tx, agencyId, clientId, sha256Hex(secret), this.clock.now());
    return { token: `${tokenId}|${secret}`, tokenId };
  }

  async register(agency: Agency, input: RegisterInput): Promise<{ client: ClientRow; token: string }> {
    const taken = await this.clients.takenFields(this.db, agency.id, { email: input.email, phone: input.phone });
    if (taken.length > 0) throw takenErrors(taken);
    const passwordHash = await this.hasher.hash(input.password);
    const now = this.clock.now();
    try {
      const result = await this.db.transaction(async (tx) => {
        const client = await this.clients.insert(tx, {
          agencyId: agency.id,
          name: input.name,
          email: input.email,
          phone: input.phone,
          passwordHash,
          now,
        });
        const { token } = await this.issueToken(tx, agency.id, client.id);
        await this.verification.issue(tx, agency, client, 'phone');
        await this.verification.issue(tx, agency, client, 'email');
        return { client, token };
      });
      this.notifier.committed();
      return result;
    } catch (err) {
      const field = uniqueViolationField(err);
      if (field) throw takenErrors([field]); // lost a race with a concurrent registration
      throw err;
    }
  }

  async login(
    agency: Agency,
    email: string,
    password: string,
    ip: string,
  ): Promise<{ client: ClientRow; token: string }> {
    const key = `${agency.id}:${email}:${ip}`;
    // Every attempt is counted before the password is checked (atomically, so parallel guesses
    // cannot slip past the limit); a successful attempt is given back.
    const wait = await this.loginLimiter.take(key);
    if (wait > 0) throw AppError.tooManyRequests(wait);

    const client = await this.clients.findByEmail(this.db, agency.id, email);
    let ok = false;
    let rehash = false;
    if (client) ({ ok, rehash } = await this.hasher.verify(client.passwordHash, password));
    else await this.hasher.dummyVerify(password);

    if (!client || !ok) {
      throw new AppError('INVALID_CREDENTIALS', { errors: { email: ['These credentials do not match our records.'] } });
    }
    await this.loginLimiter.refund(key);
    if (client.status === 'suspended') throw new AppError('ACCOUNT_SUSPENDED');

    if (!rehash) {
      const { token } = await this.issueToken(this.db, agency.id, client.id); // one statement: no transaction needed
      return { client, token };
    }
    // Legacy bcrypt hashes (a Laravel installation's) are upgraded to argon2id on the first good login.
    const newHash = await this.hasher.hash(password);
    const result = await this.db.transaction(async (tx) => {
      const current = await this.clients.update(tx, agency.id, client.id, { passwordHash: newHash }, this.clock.now());
      const { token } = await this.issueToken(tx, agency.id, client.id);
      return { client: current, token };
    });
    this.sessions.dropClient(client.id);
    return result;
  }

  async logout(agency: Agency, auth: ClientAuth): Promise<void> {
    await this.tokens.delete(this.db, agency.id, auth.tokenId);
    this.sessions.dropToken(auth.tokenId);
  }

  /** Resolve a bearer token within the signing agency; anything else is 401 "Unauthenticated". */
  async authenticate(agency: Agency, authorization: string | undefined): Promise<ClientAuth> {
    if (!authorization || !authorization.startsWith('Bearer ')) throw new AppError('UNAUTHENTICATED');
    const m = TOKEN_PATTERN.exec(authorization.slice(7).trim());
    if (!m) throw new AppError('UNAUTHENTICATED');
    const tokenId = Number(m[1]);
    let found = this.sessions.get(tokenId);
    if (!found || found.agencyId !== agency.id) {
      const readAt = this.sessions.generation();
      const row = await this.tokens.findWithClient(this.db, agency.id, tokenId);
      if (!row) throw new AppError('UNAUTHENTICATED');
      found = this.sessions.set(
        tokenId,
        {
          agencyId: agency.id,
          tokenHash: row.tokenHash,
          client: row.client,
          lastUsedAt: row.lastUsedAt,
        },
        readAt,
      );
    }
    if (!safeEqual(found.tokenHash, sha256Hex(m[2]!))) throw new AppError('UNAUTHENTICATED');
    if (found.client.status === 'suspended') throw new AppError('ACCOUNT_SUSPENDED');
    const now = this.clock.now();
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
      found.lastUsedAt = now;
      // Bookkeeping only: the request does not wait for it, and a failure must not fail the request.
      this.tokens.touch(this.db, agency.id, tokenId, now).catch((err: unknown) => {
        this.logger.warn({ err, token_id: tokenId }, 'could not update token last_used_at');
      });
    }
    return { client: found.client, tokenId };
  }
}
