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
  return loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'silent', RUN_WORKER: 'false', ...overrides });
}
