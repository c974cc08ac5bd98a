import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { AgencyRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { AGENCY_CODE_PATTERN, macMatches, parseAgencySignature } from '../../lib/agency-signature.js';
import type { Clock } from '../../lib/clock.js';
import { type Cipher, randomBase62 } from '../../lib/crypto.js';
import type { AgenciesRepository } from './agencies.repository.js';
import { type AgencySettings, agencySettingsSchema, readSettings } from './agency-settings.js';

/** The public view of a tenant, attached to every signed request. Never carries the secret. */
export interface Agency {
  id: number;
  partnerId: number | null;
  code: string;
  name: string;
  status: 'active' | 'inactive';
  currency: string;
  timezone: string;
  logoUrl: string | null;
  primaryColor: string | null;
  secondaryColor: string | null;
  supportEmail: string | null;
  supportPhone: string | null;
  supportHours: string | null;
  settings: AgencySettings;
}

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    partnerId: row.partnerId,
    code: row.code,
    name: row.name,
    status: row.status,
    currency: row.currency,
    timezone: row.timezone,
    logoUrl: row.logoUrl,
    primaryColor: row.primaryColor,
    secondaryColor: row.secondaryColor,
    supportEmail: row.supportEmail,
    supportPhone: row.supportPhone,
    supportHours: row.supportHours,
    settings: readSettings(row.settings),
  };
}

export const agencyCodeSchema = z
  .string()
  .regex(AGENCY_CODE_PATTERN, 'Agency codes are 2-64 characters: upper-case letters, digits, "-" and "_".');

export const newAgencySchema = z.object({
  code: agencyCodeSchema,
  name: z.string().trim().min(2).max(255),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Currency is an ISO-4217 code such as USD')
    .default('USD'),
  timezone: z.string().default('UTC'),
  status: z.enum(['active', 'inactive']).default('active'),
  partner_code: z.string().optional(),
  logo_url: z.string().url().optional(),
  primary_color: z.string().optional(),
  secondary_color: z.string().optional(),
  support_email: z.string().email().optional(),
  support_phone: z.string().optional(),
  support_hours: z.string().optional(),
  settings: agencySettingsSchema.partial().optional(),
});
export type NewAgencyInput = z.input<typeof newAgencySchema>;

export class AgencyCodeTakenError extends Error {
  constructor(code: string) {
    super(`An agency with code ${code} already exists.`);
  }
}

export function generateSecretKey(): string {
  return `sk_live_${randomBase62(40)}`;
}

interface CacheEntry {
  agency: Agency | null;
  secret: string | null;
  expiresAt: number;
}

export type SignatureFailure = 'malformed' | 'unknown_agency' | 'mismatch' | 'expired';

export class AgenciesService {
  private readonly cache = new Map<string, CacheEntry>();
  /**
   * Header values already verified, with the cache entry (and so the secret) they were verified
   * against: an app that signs once per second or per minute sends the same value many times.
   */
  private readonly verified = new Map<string, { entry: CacheEntry; timestamp: number }>();
  /** Bumped by every invalidation: a read that started before one must not be cached. */
  private gen = 0;
  /** Off while the change feed is down. */
  private cacheEnabled = true;

  constructor(
    private readonly db: Db,
    private readonly repo: AgenciesRepository,
    private readonly cipher: Cipher,
    private readonly clock: Clock,
    private readonly opts: { cacheTtlSeconds: number; signatureMaxAgeSeconds: number },
  ) {}

  /** Create an agency; returns its secret key in clear text, the only time it is shown. */
  async create(input: NewAgencyInput): Promise<{ agency: Agency; secretKey: string }> {
    const v = newAgencySchema.parse(input);
    const secretKey = generateSecretKey();
    const now = this.clock.now();
    const row = await this.db.transaction(async (tx) => {
      if (await this.repo.findByCode(tx, v.code)) throw new AgencyCodeTakenError(v.code);
      const partnerId = v.partner_code ? await this.repo.findOrCreatePartner(tx, v.partner_code, v.partner_code) : null;
      return this.repo.insert(tx, {
        partnerId,
        code: v.code,
        name: v.name,
        status: v.status,
        currency: v.currency,
        timezone: v.timezone,
        logoUrl: v.logo_url ?? null,
        primaryColor: v.primary_color ?? null,
        secondaryColor: v.secondary_color ?? null,
        supportEmail: v.support_email ?? null,
        supportPhone: v.support_phone ?? null,
        supportHours: v.support_hours ?? null,
        settings: v.settings ?? {},
        secretKeyEncrypted: this.cipher.encrypt(secretKey),
        createdAt: now,
        updatedAt: now,
      });
    });
    this.invalidate(row.code);
    return { agency: toAgency(row), secretKey };
  }

  async findByCode(code: string): Promise<Agency | undefined> {
    const row = await this.repo.findByCode(this.db, code);
    return row ? toAgency(row) : undefined;
  }

  async list(): Promise<Agency[]> {
    return (await this.repo.list(this.db)).map(toAgency);
  }

  /** The decrypted secret key (CLI `agency:sign` on the operator's own machine). */
  async secretOf(code: string): Promise<string | undefined> {
    const row = await this.repo.findByCode(this.db, code);
    return row ? this.cipher.decrypt(row.secretKeyEncrypted) : undefined;
  }

  async setStatus(code: string, status: 'active' | 'inactive'): Promise<void> {
    const row = await this.repo.findByCode(this.db, code);
    if (!row) throw new Error(`No agency with code ${code}`);
    await this.repo.setStatus(this.db, row.id, status, this.clock.now());
    this.invalidate(code);
  }

  async rotateSecret(code: string): Promise<string> {
    const row = await this.repo.findByCode(this.db, code);
    if (!row) throw new Error(`No agency with code ${code}`);
    const secretKey = generateSecretKey();
    await this.repo.setSecret(this.db, row.id, this.cipher.encrypt(secretKey), this.clock.now());
    this.invalidate(code);
    return secretKey;
  }

  invalidate(code: string): void {
    this.gen += 1;
    this.cache.delete(code);
  }

  clearCache(): void {
    this.gen += 1;
    this.cache.clear();
    this.verified.clear();
  }

  /** Follow the change feed's health: no caching while it is down. */
  setCacheEnabled(on: boolean): void {
    this.cacheEnabled = on;
    this.clearCache();
  }

  /**
   * Resolve X-Agency-Signature to an active agency, or throw the documented 401/403.
   * The agency and its decrypted secret are cached briefly, so a signed request costs no query.
   */
  async authenticate(header: string | undefined): Promise<Agency> {
    if (header === undefined || header === '') throw new AppError('SIGNATURE_REQUIRED');
    const known = this.verified.get(header);
    if (known && known.entry.expiresAt > Date.now() && this.cache.get(known.entry.agency!.code) === known.entry) {
      return this.admit(known.entry.agency!, known.timestamp);
    }
    const parsed = parseAgencySignature(header);
    if (!parsed.ok) throw this.invalid('malformed');
    const entry = await this.lookup(parsed.payload.agency_code);
    if (!entry.agency || !entry.secret) throw this.invalid('unknown_agency');
    if (!macMatches(parsed.encodedPayload, parsed.mac, entry.secret)) throw this.invalid('mismatch');
    if (this.cache.get(entry.agency.code) === entry) {
      if (this.verified.size >= 10_000) this.verified.clear(); // bounded
      this.verified.set(header, { entry, timestamp: parsed.payload.timestamp });
    }
    return this.admit(entry.agency, parsed.payload.timestamp);
  }

  /** The checks that depend on now and on the agency's state, made on every request. */
  private admit(agency: Agency, timestamp: number): Agency {
    const skew = Math.abs(this.clock.now().getTime() / 1000 - timestamp);
    if (skew > this.opts.signatureMaxAgeSeconds) throw this.invalid('expired');
    if (agency.status !== 'active') throw new AppError('AGENCY_INACTIVE');
    return agency;
  }

  private invalid(reason: SignatureFailure): AppError {
    return new AppError('SIGNATURE_INVALID', { data: { reason } });
  }

  private async lookup(code: string): Promise<CacheEntry> {
    const nowMs = Date.now(); // cache freshness is wall-clock, not business time
    const hit = this.cache.get(code);
    if (hit && hit.expiresAt > nowMs) return hit;
    const readAt = this.gen;
    const row = await this.repo.findByCode(this.db, code);
    const entry: CacheEntry = {
      agency: row ? toAgency(row) : null,
      secret: row ? this.cipher.decrypt(row.secretKeyEncrypted) : null,
      expiresAt: nowMs + this.opts.cacheTtlSeconds * 1000,
    };
    if (this.opts.cacheTtlSeconds > 0 && this.cacheEnabled && readAt === this.gen) {
      if (this.cache.size > 10_000) this.cache.clear(); // bounded: random codes cannot grow it without limit
      this.cache.set(code, entry);
    }
    return entry;
  }
}
