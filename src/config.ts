import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** The whole environment contract, validated once at start. Nothing else reads process.env. */
export const configSchema = z.object({
  APP_ENV: z.enum(['development', 'production', 'test']).default('development'),
  APP_URL: z.string().url().optional(),
  APP_KEY: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: z.string().url().optional(),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** A request must arrive whole within this time (slow uploads cannot hold memory and sockets forever). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  AGENCY_SIGNATURE_MAX_AGE: z.coerce.number().int().min(1).default(300),
  AGENCY_CACHE_TTL_SECONDS: z.coerce.number().min(0).default(60),
  SESSION_CACHE_TTL_SECONDS: z.coerce.number().min(0).default(60),
  SEED_DEMO: bool.optional(),
  RUN_WORKER: bool.default(true),
  WORKER_POLL_MS: z.coerce.number().int().min(50).default(1000),
  MAIL_DRIVER: z.enum(['log', 'smtp']).default('log'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Daakey <no-reply@daakey.local>'),
  SMS_DRIVER: z.enum(['log', 'twilio']).default('log'),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  TWILIO_BASE_URL: z.string().url().default('https://api.twilio.com'),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** local driver: where files go (default: <DATA_DIR>/files). */
  STORAGE_PATH: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool.optional(),
  S3_PREFIX: z.string().optional(),
  DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(104_857_600).default(10_485_760),
  FILE_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(604_800).default(900),
  PAYMENT_DRIVER: z.enum(['fake', 'stripe']).default('fake'),
  STRIPE_SECRET_KEY: z.string().optional(),
  /** Only for tests and local stand-ins: where the Stripe SDK sends requests (default: Stripe's API). */
  STRIPE_API_BASE: z.string().url().optional(),
  /** Vehicle telematics: in-process simulated units (default) or real units over MQTT. */
  TELEMATICS_DRIVER: z.enum(['simulator', 'mqtt']).default('simulator'),
  MQTT_URL: z.string().url().optional(),
  /** mqtt: the shared-subscription group for telemetry (one instance of the group stores each report). */
  MQTT_SHARE_GROUP: z
    .string()
    .regex(/^[^/+#\s]+$/)
    .default('daakey'),
  /** A command unanswered after this long is "Vehicle did not respond" (503). */
  TELEMATICS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** simulator: delay before a unit answers, and the share of commands it fails (0..1). */
  SIMULATOR_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(300),
  SIMULATOR_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  /** Booking lifecycle worker (activation, reminders, overdue fees, hold renewal, stale holds). */
  RUN_LIFECYCLE: bool.default(true),
  LIFECYCLE_POLL_MS: z.coerce.number().int().min(100).default(30_000),
  /** A booking still pending (its payment hold never settled) after this long is released. */
  BOOKING_PENDING_STALE_SECONDS: z.coerce.number().int().min(30).default(300),
});

export type Config = Readonly<z.output<typeof configSchema>>;

/** Variables required by the choice of another (checked on the raw environment, so they are listed with every other error). */
function conditionalIssues(env: Record<string, string>): string[] {
  const issues: string[] = [];
  const need = (key: string, why: string) => {
    if (!env[key]) issues.push(`  ${key}: is required when ${why}`);
  };
  if (env.APP_ENV === 'production') need('APP_KEY', 'APP_ENV=production');
  if (env.MAIL_DRIVER === 'smtp') need('SMTP_URL', 'MAIL_DRIVER=smtp');
  if (env.SMS_DRIVER === 'twilio') {
    for (const key of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM']) need(key, 'SMS_DRIVER=twilio');
  }
  if (env.STORAGE_DRIVER === 's3') need('S3_BUCKET', 'STORAGE_DRIVER=s3');
  if (env.TELEMATICS_DRIVER === 'mqtt') need('MQTT_URL', 'TELEMATICS_DRIVER=mqtt');
  if (env.PAYMENT_DRIVER === 'stripe') need('STRIPE_SECRET_KEY', 'PAYMENT_DRIVER=stripe');
  // Nor to simulated cars: a command would "succeed" with no car involved.
  if (env.APP_ENV === 'production' && !env.TELEMATICS_DRIVER)
    issues.push('  TELEMATICS_DRIVER: is required when APP_ENV=production (mqtt; simulator only for a demo)');
  // Production never falls back to the fake payment driver by accident (it moves no money): say which.
  if (env.APP_ENV === 'production' && !env.PAYMENT_DRIVER)
    issues.push(
      '  PAYMENT_DRIVER: is required when APP_ENV=production (stripe; fake only for a demo that moves no money)',
    );
  return issues;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse an environment (default: process.env plus .env) into a frozen Config, listing every bad variable at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') cleaned[k] = v;
  const result = configSchema.safeParse(cleaned);
  const lines = [
    ...(result.success ? [] : result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)),
    ...conditionalIssues(cleaned),
  ];
  if (!result.success || lines.length > 0) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return Object.freeze(result.data);
}

/** Test and tool helper: defaults plus overrides, without reading the process environment. */
export function testConfig(overrides: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    APP_ENV: 'test',
    LOG_LEVEL: 'silent',
    RUN_WORKER: 'false',
    RUN_LIFECYCLE: 'false',
    SIMULATOR_LATENCY_MS: '0',
    ...overrides,
  });
}
