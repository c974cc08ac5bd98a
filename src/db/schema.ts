import {
  bigint,
  boolean,
  char,
  date,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

/** Mirrors migrations/*.sql (the SQL is the source of truth for DDL; this is the typed view drizzle queries through). */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bigId = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const intId = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

export const partners = pgTable('partners', {
  id: intId(),
  code: varchar('code', { length: 64 }).notNull(),
  name: varchar('name', { length: 255 }).notNull(),
  email: varchar('email', { length: 255 }),
  status: varchar('status', { length: 16 }).$type<'active' | 'inactive'>().notNull().default('active'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const agencies = pgTable('agencies', {
  id: intId(),
  partnerId: integer('partner_id'),
  code: varchar('code', { length: 64 }).notNull(),
  name: varchar('name', { length: 255 }).notNull(),
  status: varchar('status', { length: 16 }).$type<'active' | 'inactive'>().notNull().default('active'),
  currency: char('currency', { length: 3 }).notNull().default('USD'),
  timezone: varchar('timezone', { length: 64 }).notNull().default('UTC'),
  logoUrl: text('logo_url'),
  primaryColor: varchar('primary_color', { length: 16 }),
  secondaryColor: varchar('secondary_color', { length: 16 }),
  supportEmail: varchar('support_email', { length: 255 }),
  supportPhone: varchar('support_phone', { length: 32 }),
  supportHours: varchar('support_hours', { length: 255 }),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  secretKeyEncrypted: text('secret_key_encrypted').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const clients = pgTable('clients', {
  id: intId(),
  agencyId: integer('agency_id').notNull(),
  name: varchar('name', { length: 255 }).notNull(),
  email: varchar('email', { length: 255 }).notNull(),
  phone: varchar('phone', { length: 32 }).notNull(),
  passwordHash: text('password_hash').notNull(),
  status: varchar('status', { length: 16 }).$type<'active' | 'suspended'>().notNull().default('active'),
  avatarUrl: text('avatar_url'),
  emailVerifiedAt: ts('email_verified_at'),
  phoneVerifiedAt: ts('phone_verified_at'),
  paymentCustomerId: varchar('payment_customer_id', { length: 255 }),
  paymentCustomerAccount: varchar('payment_customer_account', { length: 255 }),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const clientTokens = pgTable('client_tokens', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  tokenHash: char('token_hash', { length: 64 }).notNull(),
  name: varchar('name', { length: 255 }).notNull().default('mobile'),
  lastUsedAt: ts('last_used_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export type VerificationChannel = 'phone' | 'email';

export const verificationCodes = pgTable('verification_codes', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  channel: varchar('channel', { length: 8 }).$type<VerificationChannel>().notNull(),
  destination: varchar('destination', { length: 255 }).notNull(),
  codeHash: char('code_hash', { length: 64 }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  voidedAt: ts('voided_at'),
  createdAt: ts('created_at').notNull(),
});

export const passwordResetTokens = pgTable('password_reset_tokens', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  tokenHash: char('token_hash', { length: 64 }).notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  voidedAt: ts('voided_at'),
  createdAt: ts('created_at').notNull(),
});

export type OutboxChannel = 'email' | 'sms' | 'job';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'skipped';

export const outbox = pgTable('outbox', {
  id: bigId(),
  agencyId: integer('agency_id'),
  channel: varchar('channel', { length: 8 }).$type<OutboxChannel>().notNull(),
  kind: varchar('kind', { length: 64 }).notNull(),
  recipient: varchar('recipient', { length: 255 }).notNull(),
  subject: varchar('subject', { length: 255 }),
  bodyEncrypted: text('body_encrypted'),
  status: varchar('status', { length: 16 }).$type<OutboxStatus>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(8),
  nextAttemptAt: ts('next_attempt_at').notNull(),
  driver: varchar('driver', { length: 32 }),
  providerRef: varchar('provider_ref', { length: 255 }),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull(),
  sentAt: ts('sent_at'),
});

export type DocumentStatus = 'pending' | 'verified' | 'rejected';

export const documents = pgTable('documents', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  type: varchar('type', { length: 64 }).notNull(),
  status: varchar('status', { length: 16 }).$type<DocumentStatus>().notNull().default('pending'),
  storageKey: varchar('storage_key', { length: 512 }).notNull(),
  contentType: varchar('content_type', { length: 64 }).notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  number: varchar('number', { length: 64 }),
  /** A calendar date (YYYY-MM-DD). */
  expiresAt: date('expires_at', { mode: 'string' }),
  rejectionReason: varchar('rejection_reason', { length: 500 }),
  verifiedAt: ts('verified_at'),
  reviewedAt: ts('reviewed_at'),
  uploadedAt: ts('uploaded_at').notNull(),
});

export const paymentMethods = pgTable('payment_methods', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  provider: varchar('provider', { length: 16 }).notNull(),
  providerId: varchar('provider_id', { length: 255 }).notNull(),
  providerAccount: varchar('provider_account', { length: 255 }),
  brand: varchar('brand', { length: 32 }).notNull(),
  lastFour: char('last_four', { length: 4 }).notNull(),
  expMonth: smallint('exp_month').notNull(),
  expYear: smallint('exp_year').notNull(),
  fingerprint: varchar('fingerprint', { length: 255 }).notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export type PaymentKind = 'authorization' | 'capture' | 'release' | 'refund';
export type PaymentStatus = 'pending' | 'succeeded' | 'failed';

export const payments = pgTable('payments', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id'),
  paymentMethodId: bigint('payment_method_id', { mode: 'number' }),
  parentId: bigint('parent_id', { mode: 'number' }),
  bookingId: bigint('booking_id', { mode: 'number' }),
  kind: varchar('kind', { length: 16 }).$type<PaymentKind>().notNull(),
  /** Integer minor units (cents): money is never a binary float. */
  amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  status: varchar('status', { length: 16 }).$type<PaymentStatus>().notNull(),
  provider: varchar('provider', { length: 16 }).notNull(),
  providerReference: varchar('provider_reference', { length: 255 }),
  providerAccount: varchar('provider_account', { length: 255 }),
  idempotencyKey: varchar('idempotency_key', { length: 255 }).notNull(),
  failureCode: varchar('failure_code', { length: 64 }),
  failureMessage: varchar('failure_message', { length: 500 }),
  attemptedAt: ts('attempted_at'),
  reconciledAt: ts('reconciled_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const schema = {
  partners,
  agencies,
  clients,
  clientTokens,
  verificationCodes,
  passwordResetTokens,
  outbox,
  documents,
  paymentMethods,
  payments,
};
export type AgencyRow = typeof agencies.$inferSelect;
export type ClientRow = typeof clients.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type PaymentMethodRow = typeof paymentMethods.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
