import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import { type Database, openPglite, openPostgres } from './db/client.js';
import { migrate } from './db/migrate.js';
import { AttemptLimiter } from './lib/attempt-limiter.js';
import { type Clock, systemClock } from './lib/clock.js';
import { Cipher, generateAppKey, parseAppKey } from './lib/crypto.js';
import { createLogger, type Logger } from './lib/logger.js';
import { Argon2Hasher, type PasswordHasher } from './lib/passwords.js';
import { AgenciesRepository } from './modules/agencies/agencies.repository.js';
import { AgenciesService } from './modules/agencies/agencies.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { PasswordResetRepository } from './modules/auth/password-reset.repository.js';
import { PasswordResetService, RESET_JOB } from './modules/auth/password-reset.service.js';
import { SessionCache } from './modules/auth/session-cache.js';
import { TokensRepository } from './modules/auth/tokens.repository.js';
import { ClientsRepository } from './modules/clients/clients.repository.js';
import { NotificationsService } from './modules/notifications/notifications.service.js';
import { Notifier } from './modules/notifications/notifier.js';
import { OutboxRepository } from './modules/notifications/outbox.repository.js';
import { OutboxWorker } from './modules/notifications/outbox.worker.js';
import { DocumentsRepository } from './modules/documents/documents.repository.js';
import { DocumentsService, FILE_DELETE_JOB } from './modules/documents/documents.service.js';
import { EligibilityService } from './modules/eligibility/eligibility.service.js';
import { BOOKING_PAYMENT_JOB, BookingPayments } from './modules/bookings/booking-payments.js';
import { BookingsRepository } from './modules/bookings/bookings.repository.js';
import { BookingsService } from './modules/bookings/bookings.service.js';
import { BookingAccessService } from './modules/bookings/booking-access.service.js';
import { BookingLifecycle } from './modules/bookings/bookings.lifecycle.js';
import { LifecycleRepository } from './modules/bookings/lifecycle.repository.js';
import { VehicleControlService } from './modules/telematics/vehicle-control.service.js';
import { FilesService } from './modules/files/files.service.js';
import { FleetImporter } from './modules/fleet/fleet-import.js';
import { StationsRepository } from './modules/fleet/stations.repository.js';
import { StationsService } from './modules/fleet/stations.service.js';
import { VehiclesRepository } from './modules/fleet/vehicles.repository.js';
import { VehiclesService } from './modules/fleet/vehicles.service.js';
import { PaymentMethodsRepository } from './modules/payments/payment-methods.repository.js';
import { DETACH_JOB, PaymentMethodsService } from './modules/payments/payment-methods.service.js';
import { PaymentsRepository } from './modules/payments/payments.repository.js';
import { PaymentsService } from './modules/payments/payments.service.js';
import { ProfileService } from './modules/profile/profile.service.js';
import { CodesRepository } from './modules/verification/codes.repository.js';
import { VerificationService } from './modules/verification/verification.service.js';
import { AnnouncementsRepository } from './modules/home/announcements.repository.js';
import { AnnouncementsService } from './modules/home/announcements.service.js';
import { HomeRepository } from './modules/home/home.repository.js';
import { HomeService } from './modules/home/home.service.js';
import { MediaRepository } from './modules/media/media.repository.js';
import { MediaService } from './modules/media/media.service.js';
import { TicketsRepository } from './modules/tickets/tickets.repository.js';
import { TicketsService } from './modules/tickets/tickets.service.js';
import type { EmailProvider } from './providers/email/email.provider.js';
import { LogEmailProvider } from './providers/email/log.email.js';
import { SmtpEmailProvider } from './providers/email/smtp.email.js';
import { LogSmsProvider } from './providers/sms/log.sms.js';
import type { SmsProvider } from './providers/sms/sms.provider.js';
import { TwilioSmsProvider } from './providers/sms/twilio.sms.js';
import { FakePaymentProvider } from './providers/payments/fake.payments.js';
import type { PaymentProvider } from './providers/payments/payment.provider.js';
import { StripePaymentProvider } from './providers/payments/stripe.payments.js';
import type { FileStorage } from './providers/storage/file.storage.js';
import { LocalFileStorage } from './providers/storage/local.storage.js';
import { S3FileStorage } from './providers/storage/s3.storage.js';
import { MqttTelematicsProvider } from './providers/telematics/mqtt.telematics.js';
import { SimulatorTelematicsProvider } from './providers/telematics/simulator.telematics.js';
import type { TelematicsProvider } from './providers/telematics/telematics.provider.js';

export interface Deps {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: Database;
  redis: Redis | undefined;
  cipher: Cipher;
  hasher: PasswordHasher;
  agencies: AgenciesService;
  auth: AuthService;
  passwordReset: PasswordResetService;
  verification: VerificationService;
  profile: ProfileService;
  notifier: Notifier;
  notifications: NotificationsService;
  worker: OutboxWorker;
  email: EmailProvider;
  sms: SmsProvider;
  sessions: SessionCache;
  storage: FileStorage;
  files: FilesService;
  documents: DocumentsService;
  paymentProvider: PaymentProvider;
  paymentMethods: PaymentMethodsService;
  payments: PaymentsService;
  eligibility: EligibilityService;
  stations: StationsService;
  vehicles: VehiclesService;
  fleetImport: FleetImporter;
  telematics: TelematicsProvider;
  bookingAccess: BookingAccessService;
  vehicleControl: VehicleControlService;
  bookings: BookingsService;
  bookingPayments: BookingPayments;
  lifecycle: BookingLifecycle;
  announcements: AnnouncementsService;
  home: HomeService;
  media: MediaService;
  tickets: TicketsService;
  close(): Promise<void>;
}

export interface DepsOverrides {
  clock?: Clock;
  database?: Database;
  logger?: Logger;
  email?: EmailProvider;
  sms?: SmsProvider;
  hasher?: PasswordHasher;
  storage?: FileStorage;
  paymentProvider?: PaymentProvider;
}

/** APP_KEY from config, else (outside production) the one generated into the data folder on first start. */
export function resolveAppKey(config: Config): Buffer {
  if (config.APP_KEY) return parseAppKey(config.APP_KEY);
  const file = join(config.DATA_DIR, 'app.key');
  if (!existsSync(file)) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    writeFileSync(file, `${generateAppKey()}\n`, { mode: 0o600 });
  }
  return parseAppKey(readFileSync(file, 'utf8').trim());
}

export async function openDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE)
    : openPglite(config.DATA_DIR);
}

function emailProvider(config: Config, logger: Logger): EmailProvider {
  switch (config.MAIL_DRIVER) {
    case 'smtp':
      return new SmtpEmailProvider(config.SMTP_URL!, config.MAIL_FROM);
    case 'log':
      return new LogEmailProvider(logger);
  }
}

function smsProvider(config: Config, logger: Logger): SmsProvider {
  switch (config.SMS_DRIVER) {
    case 'twilio':
      return new TwilioSmsProvider({
        accountSid: config.TWILIO_ACCOUNT_SID!,
        authToken: config.TWILIO_AUTH_TOKEN!,
        from: config.TWILIO_FROM!,
        baseUrl: config.TWILIO_BASE_URL,
      });
    case 'log':
      return new LogSmsProvider(logger);
  }
}

function fileStorage(config: Config): FileStorage {
  switch (config.STORAGE_DRIVER) {
    case 's3':
      return new S3FileStorage({
        bucket: config.S3_BUCKET!,
        region: config.S3_REGION,
        endpoint: config.S3_ENDPOINT,
        accessKeyId: config.S3_ACCESS_KEY_ID,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        forcePathStyle: config.S3_FORCE_PATH_STYLE ?? config.S3_ENDPOINT !== undefined,
        prefix: config.S3_PREFIX,
      });
    case 'local':
      return new LocalFileStorage(config.STORAGE_PATH ?? join(config.DATA_DIR, 'files'));
  }
}

function paymentProvider(config: Config, clock: Clock): PaymentProvider {
  switch (config.PAYMENT_DRIVER) {
    case 'stripe':
      return new StripePaymentProvider({ secretKey: config.STRIPE_SECRET_KEY!, apiBase: config.STRIPE_API_BASE });
    case 'fake':
      return new FakePaymentProvider(clock);
  }
}

function telematicsProvider(config: Config, db: Database['db'], clock: Clock, logger: Logger): TelematicsProvider {
  switch (config.TELEMATICS_DRIVER) {
    case 'mqtt':
      return new MqttTelematicsProvider({ url: config.MQTT_URL!, shareGroup: config.MQTT_SHARE_GROUP }, clock, logger);
    case 'simulator':
      return new SimulatorTelematicsProvider(db, clock, {
        latencyMs: config.SIMULATOR_LATENCY_MS,
        failureRate: config.SIMULATOR_FAILURE_RATE,
      });
  }
}

/** The composition root: every dependency is built here, once, and passed explicitly. */
export async function createDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const logger = overrides.logger ?? createLogger(config.LOG_LEVEL);
  const clock = overrides.clock ?? systemClock;
  const cipher = new Cipher(resolveAppKey(config));
  const database = overrides.database ?? (await openDatabase(config));
  await migrate(database);
  const db = database.db;
  const redis = config.REDIS_URL
    ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false }) // fail fast when down
    : undefined;
  // Redis down is survivable (limits fall back to this instance's memory): log it, never crash on it.
  redis?.on('error', (err: Error) =>
    logger.warn({ error: err.message }, 'redis unavailable; limits fall back to memory'),
  );
  const hasher = overrides.hasher ?? new Argon2Hasher();

  const agenciesRepo = new AgenciesRepository();
  const clientsRepo = new ClientsRepository();
  const tokensRepo = new TokensRepository();
  const codesRepo = new CodesRepository();
  const resetsRepo = new PasswordResetRepository();
  const outboxRepo = new OutboxRepository();

  const notifier = new Notifier(outboxRepo, cipher, clock);
  const sessions = new SessionCache(config.SESSION_CACHE_TTL_SECONDS * 1000);
  const agencies = new AgenciesService(db, agenciesRepo, cipher, clock, {
    cacheTtlSeconds: config.AGENCY_CACHE_TTL_SECONDS,
    signatureMaxAgeSeconds: config.AGENCY_SIGNATURE_MAX_AGE,
  });
  const verification = new VerificationService(db, codesRepo, clientsRepo, notifier, cipher, clock, sessions);
  const loginLimiter = new AttemptLimiter(config.LOGIN_MAX_ATTEMPTS, 60, redis, 'daakey:login');
  const auth = new AuthService(
    db,
    clientsRepo,
    tokensRepo,
    verification,
    notifier,
    hasher,
    loginLimiter,
    clock,
    logger,
    sessions,
  );
  const passwordReset = new PasswordResetService(
    db,
    agenciesRepo,
    clientsRepo,
    tokensRepo,
    resetsRepo,
    notifier,
    hasher,
    clock,
    sessions,
  );
  const storage = overrides.storage ?? fileStorage(config);
  const files = new FilesService(storage, cipher, clock, config.FILE_URL_TTL_SECONDS);
  const documents = new DocumentsService(
    db,
    new DocumentsRepository(),
    clientsRepo,
    files,
    notifier,
    clock,
    logger,
    config.DOCUMENT_MAX_BYTES,
  );
  const provider = overrides.paymentProvider ?? paymentProvider(config, clock);
  const methodsRepo = new PaymentMethodsRepository();
  const paymentMethods = new PaymentMethodsService(db, methodsRepo, provider, notifier, clock, logger);
  const payments = new PaymentsService(
    db,
    new PaymentsRepository(),
    methodsRepo,
    agenciesRepo,
    provider,
    clock,
    logger,
  );
  const bookingsRepo = new BookingsRepository();
  const eligibility = new EligibilityService(db, documents, paymentMethods, bookingsRepo);
  const stationsRepo = new StationsRepository();
  const vehiclesRepo = new VehiclesRepository();
  const stations = new StationsService(db, stationsRepo, vehiclesRepo, clock);
  const vehicles = new VehiclesService(db, vehiclesRepo, clock);
  const fleetImport = new FleetImporter(db, stationsRepo, vehiclesRepo, clock);
  const telematics = telematicsProvider(config, db, clock, logger);
  const bookingAccess = new BookingAccessService(db, clock);
  const vehicleControl = new VehicleControlService(db, telematics, bookingAccess, clock, logger, {
    timeoutMs: config.TELEMATICS_TIMEOUT_MS,
  });
  // Telemetry pushed by the units becomes each vehicle's stored snapshot (MQTT connects in the background).
  await vehicleControl.start();
  const bookingPayments = new BookingPayments(db, bookingsRepo, payments, agenciesRepo, notifier, clock, logger);
  const bookings = new BookingsService(
    db,
    bookingsRepo,
    bookingPayments,
    payments,
    eligibility,
    notifier,
    vehicleControl,
    clock,
    config.BOOKING_PENDING_STALE_SECONDS,
  );
  // Settled payments confirm, undo or charge their booking in the settling transaction, whoever settles.
  payments.onSettled(bookingPayments.onSettled);
  const lifecycle = new BookingLifecycle(
    db,
    new LifecycleRepository(),
    agenciesRepo,
    payments,
    bookingPayments,
    notifier,
    clock,
    logger,
    {
      pollMs: config.LIFECYCLE_POLL_MS,
      pendingStaleSeconds: config.BOOKING_PENDING_STALE_SECONDS,
    },
  );
  // Hold renewals (booking:<id>:authorize:<n>) move their booking to the new hold when they settle.
  payments.onSettled(lifecycle.onSettled);
  documents.setDeletionGuard(bookings.documentDeletionGuard);
  paymentMethods.setRemovalGuard(bookings.paymentMethodRemovalGuard);
  const profile = new ProfileService(
    db,
    clientsRepo,
    tokensRepo,
    verification,
    notifier,
    hasher,
    clock,
    sessions,
    (a, c) => documents.driverLicense(a, c),
  );
  const notifications = new NotificationsService(db, outboxRepo, notifier);
  const announcements = new AnnouncementsService(db, new AnnouncementsRepository(), clock);
  const home = new HomeService(db, new HomeRepository(), documents, eligibility, announcements, clock);
  const media = new MediaService(db, new MediaRepository(), files, clock, logger, config.DOCUMENT_MAX_BYTES);
  const tickets = new TicketsService(db, new TicketsRepository(), clientsRepo, media, notifier, clock);

  // Committed changes announced by the database (NOTIFY) drop cached copies in every instance.
  const stopChangeFeed = await database.listen(
    'daakey_changes',
    (payload) => {
      const sep = payload.indexOf(':');
      const kind = payload.slice(0, sep);
      const key = payload.slice(sep + 1);
      if (kind === 'token') sessions.dropToken(Number(key));
      else if (kind === 'client') sessions.dropClient(Number(key));
      else if (kind === 'agency') agencies.invalidate(key);
    },
    (listening) => {
      // While the feed is down, other instances' changes would go unseen: no caching until it is back.
      sessions.setEnabled(listening);
      agencies.setCacheEnabled(listening);
    },
  );
  const email = overrides.email ?? emailProvider(config, logger);
  const sms = overrides.sms ?? smsProvider(config, logger);
  const worker = new OutboxWorker(
    db,
    outboxRepo,
    notifier,
    email,
    sms,
    {
      [RESET_JOB]: passwordReset.handleResetJob,
      [FILE_DELETE_JOB]: documents.handleFileDeleteJob,
      [DETACH_JOB]: paymentMethods.handleDetachJob,
      [BOOKING_PAYMENT_JOB]: bookingPayments.handleJob,
    },
    clock,
    logger,
    { pollMs: config.WORKER_POLL_MS, keepBodies: config.APP_ENV !== 'production' },
  );

  return {
    config,
    logger,
    clock,
    database,
    redis,
    cipher,
    hasher,
    agencies,
    auth,
    passwordReset,
    verification,
    profile,
    notifier,
    notifications,
    worker,
    email,
    sms,
    sessions,
    storage,
    files,
    documents,
    paymentProvider: provider,
    paymentMethods,
    payments,
    eligibility,
    stations,
    vehicles,
    fleetImport,
    telematics,
    bookingAccess,
    vehicleControl,
    bookings,
    bookingPayments,
    lifecycle,
    announcements,
    home,
    media,
    tickets,
    async close() {
      await lifecycle.stop();
      await worker.stop();
      await bookingPayments.idle();
      await telematics.close();
      await stopChangeFeed();
      await email.close?.();
      if (storage instanceof S3FileStorage) storage.close();
      redis?.disconnect();
      await database.close();
    },
  };
}
