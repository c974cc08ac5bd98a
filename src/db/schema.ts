import {
  bigint,
  boolean,
  char,
  date,
  doublePrecision,
  integer,
  numeric,
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

export type StationStatus = 'active' | 'inactive';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export const stations = pgTable('stations', {
  id: intId(),
  agencyId: integer('agency_id').notNull(),
  name: varchar('name', { length: 255 }).notNull(),
  description: text('description'),
  address: varchar('address', { length: 500 }).notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  phone: varchar('phone', { length: 32 }),
  email: varchar('email', { length: 255 }),
  images: jsonb('images').$type<string[]>().notNull().default([]),
  /** e.g. {"monday": "06:00-22:00"}; a missing day is closed. */
  operatingHours: jsonb('operating_hours').$type<Partial<Record<Weekday, string>>>().notNull().default({}),
  amenities: jsonb('amenities').$type<string[]>().notNull().default([]),
  status: varchar('status', { length: 16 }).$type<StationStatus>().notNull().default('active'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const VEHICLE_CATEGORIES = ['sedan', 'suv', 'van', 'compact', 'luxury'] as const;
export const FUEL_TYPES = ['petrol', 'diesel', 'electric', 'hybrid'] as const;
export const TRANSMISSIONS = ['automatic', 'manual'] as const;
export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number];
export type FuelType = (typeof FUEL_TYPES)[number];
export type Transmission = (typeof TRANSMISSIONS)[number];
/** Derived at read time, never stored: maintenance > in_use > booked > available. */
export type VehicleStatus = 'available' | 'booked' | 'in_use' | 'maintenance';

export const vehicles = pgTable('vehicles', {
  id: intId(),
  agencyId: integer('agency_id').notNull(),
  stationId: integer('station_id').notNull(),
  plateNumber: varchar('plate_number', { length: 32 }).notNull(),
  vin: varchar('vin', { length: 17 }),
  brand: varchar('brand', { length: 64 }).notNull(),
  model: varchar('model', { length: 64 }).notNull(),
  year: smallint('year').notNull(),
  color: varchar('color', { length: 32 }).notNull(),
  category: varchar('category', { length: 16 }).$type<VehicleCategory>().notNull(),
  seats: smallint('seats').notNull(),
  fuelType: varchar('fuel_type', { length: 16 }).$type<FuelType>().notNull(),
  transmission: varchar('transmission', { length: 16 }).$type<Transmission>().notNull(),
  /** Minor units of the agency's currency. */
  hourlyRateMinor: bigint('hourly_rate_minor', { mode: 'number' }).notNull(),
  dailyRateMinor: bigint('daily_rate_minor', { mode: 'number' }).notNull(),
  features: jsonb('features').$type<string[]>().notNull().default([]),
  images: jsonb('images').$type<string[]>().notNull().default([]),
  featured: boolean('featured').notNull().default(false),
  telematicsDeviceId: varchar('telematics_device_id', { length: 64 }),
  maintenance: boolean('maintenance').notNull().default(false),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const vehicleTelemetry = pgTable('vehicle_telemetry', {
  vehicleId: integer('vehicle_id').primaryKey(),
  agencyId: integer('agency_id').notNull(),
  /** TelemetryState (providers/telematics/telematics.provider.ts). */
  state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  reportedAt: ts('reported_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
});

export type CommandActor = 'client' | 'staff' | 'system';
export type CommandStatus = 'pending' | 'completed' | 'failed';

export const vehicleCommands = pgTable('vehicle_commands', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  vehicleId: integer('vehicle_id').notNull(),
  bookingId: bigint('booking_id', { mode: 'number' }),
  actorType: varchar('actor_type', { length: 16 }).$type<CommandActor>().notNull(),
  actorId: integer('actor_id'),
  action: varchar('action', { length: 32 }).notNull(),
  commandId: varchar('command_id', { length: 64 }).notNull(),
  idempotencyKey: varchar('idempotency_key', { length: 255 }),
  status: varchar('status', { length: 16 }).$type<CommandStatus>().notNull(),
  failureReason: varchar('failure_reason', { length: 255 }),
  latencyMs: integer('latency_ms'),
  requestedAt: ts('requested_at').notNull(),
  completedAt: ts('completed_at'),
});

export const bookingReferences = pgTable('booking_references', {
  agencyId: integer('agency_id').notNull(),
  year: integer('year').notNull(),
  lastNumber: integer('last_number').notNull(),
});

export type BookingStatus = 'pending' | 'upcoming' | 'active' | 'completed' | 'cancelled';
export type BookingPaymentStatus =
  'pending' | 'authorized' | 'paid' | 'partially_refunded' | 'refunded' | 'released' | 'unpaid';

export const bookings = pgTable('bookings', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  vehicleId: integer('vehicle_id').notNull(),
  pickupStationId: integer('pickup_station_id').notNull(),
  dropoffStationId: integer('dropoff_station_id').notNull(),
  paymentMethodId: bigint('payment_method_id', { mode: 'number' }),
  reference: varchar('reference', { length: 16 }).notNull(),
  status: varchar('status', { length: 16 }).$type<BookingStatus>().notNull(),
  startAt: ts('start_at').notNull(),
  endAt: ts('end_at').notNull(),
  /** end_at plus the turnaround buffer: the car is held until then (exclusion constraint). */
  blockedUntil: ts('blocked_until').notNull(),
  actualStart: ts('actual_start'),
  actualEnd: ts('actual_end'),
  currency: char('currency', { length: 3 }).notNull(),
  hourlyRateMinor: bigint('hourly_rate_minor', { mode: 'number' }).notNull(),
  dailyRateMinor: bigint('daily_rate_minor', { mode: 'number' }).notNull(),
  hours: integer('hours').notNull(),
  subtotalMinor: bigint('subtotal_minor', { mode: 'number' }).notNull(),
  taxMinor: bigint('tax_minor', { mode: 'number' }).notNull(),
  depositMinor: bigint('deposit_minor', { mode: 'number' }).notNull().default(0),
  lateFeeMinor: bigint('late_fee_minor', { mode: 'number' }).notNull().default(0),
  cancellationFeeMinor: bigint('cancellation_fee_minor', { mode: 'number' }),
  refundMinor: bigint('refund_minor', { mode: 'number' }),
  amountDueMinor: bigint('amount_due_minor', { mode: 'number' }).notNull().default(0),
  holdPaymentId: bigint('hold_payment_id', { mode: 'number' }),
  holdExpiresAt: ts('hold_expires_at'),
  paymentStatus: varchar('payment_status', { length: 24 }).$type<BookingPaymentStatus>().notNull().default('pending'),
  cancelledAt: ts('cancelled_at'),
  cancellationReason: varchar('cancellation_reason', { length: 500 }),
  startMileage: integer('start_mileage'),
  endMileage: integer('end_mileage'),
  endFuelLevel: numeric('end_fuel_level', { precision: 5, scale: 2, mode: 'number' }),
  reminderSentAt: ts('reminder_sent_at'),
  overdueNotifiedAt: ts('overdue_notified_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const bookingExtensions = pgTable('booking_extensions', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  bookingId: bigint('booking_id', { mode: 'number' }).notNull(),
  originalEndAt: ts('original_end_at').notNull(),
  newEndAt: ts('new_end_at').notNull(),
  hours: integer('hours').notNull(),
  subtotalMinor: bigint('subtotal_minor', { mode: 'number' }).notNull(),
  taxMinor: bigint('tax_minor', { mode: 'number' }).notNull(),
  paymentId: bigint('payment_id', { mode: 'number' }),
  createdAt: ts('created_at').notNull(),
});

/** A simulated telematics unit (TELEMATICS_DRIVER=simulator): its state lives here (0006_telematics.sql). */
export const simulatorUnits = pgTable('simulator_units', {
  vehicleId: integer('vehicle_id').primaryKey(),
  agencyId: integer('agency_id').notNull(),
  /** TelemetryState (providers/telematics/telematics.provider.ts). */
  state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  online: boolean('online').notNull().default(true),
  updatedAt: ts('updated_at').notNull(),
});

/** Agency news and promotions on the home feed while current (0009_announcements.sql). */
export const announcements = pgTable('announcements', {
  id: intId(),
  agencyId: integer('agency_id').notNull(),
  title: varchar('title', { length: 255 }).notNull(),
  body: text('body').notNull(),
  imageUrl: text('image_url'),
  startsAt: ts('starts_at').notNull().defaultNow(),
  endsAt: ts('ends_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A client's uploaded file, attachable to support messages (0010_tickets_media.sql). */
export const media = pgTable('media', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  storageKey: varchar('storage_key', { length: 512 }).notNull(),
  contentType: varchar('content_type', { length: 64 }).notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  originalName: varchar('original_name', { length: 255 }),
  createdAt: ts('created_at').notNull(),
});

export const ticketReferences = pgTable('ticket_references', {
  agencyId: integer('agency_id').notNull(),
  year: integer('year').notNull(),
  lastNumber: integer('last_number').notNull(),
});

export const TICKET_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'critical'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export type TicketSender = 'client' | 'support';

export const tickets = pgTable('tickets', {
  id: bigId(),
  agencyId: integer('agency_id').notNull(),
  clientId: integer('client_id').notNull(),
  bookingId: bigint('booking_id', { mode: 'number' }),
  reference: varchar('reference', { length: 16 }).notNull(),
  subject: varchar('subject', { length: 255 }).notNull(),
  category: varchar('category', { length: 64 }).notNull(),
  priority: varchar('priority', { length: 16 }).$type<TicketPriority>().notNull().default('normal'),
  status: varchar('status', { length: 16 }).$type<TicketStatus>().notNull().default('open'),
  lastMessageAt: ts('last_message_at').notNull(),
  resolvedAt: ts('resolved_at'),
  closedAt: ts('closed_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const ticketMessages = pgTable('ticket_messages', {
  id: bigId(),
  ticketId: bigint('ticket_id', { mode: 'number' }).notNull(),
  agencyId: integer('agency_id').notNull(),
  sender: varchar('sender', { length: 16 }).$type<TicketSender>().notNull(),
  senderName: varchar('sender_name', { length: 255 }).notNull(),
  body: text('body').notNull(),
  /** A staff-only note: never shown to the client. */
  internal: boolean('internal').notNull().default(false),
  /** When the client read a support message. */
  readAt: ts('read_at'),
  createdAt: ts('created_at').notNull(),
});

export const ticketMessageAttachments = pgTable('ticket_message_attachments', {
  messageId: bigint('message_id', { mode: 'number' }).notNull(),
  mediaId: bigint('media_id', { mode: 'number' }).notNull(),
  position: smallint('position').notNull(),
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
  stations,
  vehicles,
  vehicleTelemetry,
  vehicleCommands,
  bookingReferences,
  bookings,
  bookingExtensions,
  simulatorUnits,
  announcements,
  media,
  ticketReferences,
  tickets,
  ticketMessages,
  ticketMessageAttachments,
};
export type AgencyRow = typeof agencies.$inferSelect;
export type ClientRow = typeof clients.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type PaymentMethodRow = typeof paymentMethods.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type StationRow = typeof stations.$inferSelect;
export type VehicleRow = typeof vehicles.$inferSelect;
export type VehicleTelemetryRow = typeof vehicleTelemetry.$inferSelect;
export type VehicleCommandRow = typeof vehicleCommands.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type BookingExtensionRow = typeof bookingExtensions.$inferSelect;
export type AnnouncementRow = typeof announcements.$inferSelect;
export type MediaRow = typeof media.$inferSelect;
export type TicketRow = typeof tickets.$inferSelect;
export type TicketMessageRow = typeof ticketMessages.$inferSelect;
