import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { migrate, migrationFiles } from '../../src/db/migrate.js';
import { createDeps, type Deps, type DepsOverrides } from '../../src/deps.js';
import { signAgencyRequest } from '../../src/lib/agency-signature.js';
import { ManualClock } from '../../src/lib/clock.js';
import type { Agency, NewAgencyInput } from '../../src/modules/agencies/agencies.service.js';

/** Which database the suite runs on: TEST_DATABASE_URL (CI's second pass) or in-memory PGlite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const ON_CI = process.env.CI === 'true';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  clock: ManualClock;
  /** PostgreSQL runs only: the schema this app's tables live in (pass it to a second app to share them). */
  pgSchema?: string;
  close(): Promise<void>;
}

let seq = 0;
/** Unique suffix per call and per process, so parallel test files never collide on a shared server. */
export function uniq(): string {
  seq += 1;
  return `${process.pid.toString(36)}${Date.now().toString(36)}${seq}`.toUpperCase();
}

/**
 * A migrated PGlite data folder, built once and kept in the temp folder (keyed by the migrations'
 * content), so each test starts its own in-memory database from it in under a second instead of
 * running initdb (several seconds) every time.
 */
async function pgliteFromTemplate(): Promise<Database> {
  const migrationsDir = join(import.meta.dirname, '../../src/db/migrations');
  const hash = createHash('sha256');
  for (const f of migrationFiles()) hash.update(f).update(readFileSync(join(migrationsDir, f)));
  const file = join(tmpdir(), `daakey-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (!existsSync(file)) {
    const fresh = await openPglite();
    await migrate(fresh);
    const dump = await fresh.dump!();
    await fresh.close();
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  return openPglite(undefined, new Blob([readFileSync(file)]));
}

/**
 * On PostgreSQL each test app gets a schema of its own (search_path), so parallel test files never
 * see each other's rows: the outbox worker of one cannot pick up another's messages.
 */
async function postgresInSchema(
  url: string,
  shared?: string,
): Promise<{ database: Database; schema: string; drop(): Promise<void> }> {
  const schema = shared ?? `t_${uniq().toLowerCase()}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  if (!shared) await admin(`CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  scoped.searchParams.set('application_name', schema); // lets a test find this app's connections
  const database = await openPostgres(scoped.toString(), 4);
  return { database, schema, drop: shared ? async () => {} : () => admin(`DROP SCHEMA ${schema} CASCADE`) };
}

export async function makeTestApp(
  opts: { env?: Record<string, string>; overrides?: DepsOverrides; clock?: ManualClock; pgSchema?: string } = {},
): Promise<TestApp> {
  const clock = opts.clock ?? new ManualClock(new Date());
  const dataDir = mkdtempSync(join(tmpdir(), 'daakey-test-'));
  const config = testConfig({
    APP_KEY: `base64:${randomBytes(32).toString('base64')}`,
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '0',
    ...opts.env,
  });
  const pgScope = TEST_DATABASE_URL ? await postgresInSchema(TEST_DATABASE_URL, opts.pgSchema) : undefined;
  const database = pgScope ? pgScope.database : await pgliteFromTemplate();
  const deps = await createDeps(config, { clock, database, ...opts.overrides });
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    clock,
    pgSchema: pgScope?.schema,
    async close() {
      await app.close();
      await deps.close();
      await pgScope?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestAgency {
  agency: Agency;
  secret: string;
  /** A fresh signature header at the test clock's now. */
  sig(): string;
}

export async function createAgency(t: TestApp, input: Partial<NewAgencyInput> = {}): Promise<TestAgency> {
  const code = input.code ?? `AG${uniq()}`;
  const { agency, secretKey } = await t.deps.agencies.create({ name: `Agency ${code}`, ...input, code });
  return { agency, secret: secretKey, sig: () => signAgencyRequest(agency.code, secretKey, t.clock.now()) };
}

export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  agency?: TestAgency;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function call(t: TestApp, c: Call): Promise<LightMyRequestResponse & { json(): any }> {
  const headers: Record<string, string> = { accept: 'application/json', ...c.headers };
  if (c.agency) headers['x-agency-signature'] = c.agency.sig();
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  return t.app.inject({
    method: c.method ?? 'GET',
    url: c.url,
    headers,
    ...(c.body !== undefined ? { payload: c.body as object } : {}),
  });
}

let phoneSeq = 0;
export function newClientInput(overrides: Record<string, unknown> = {}) {
  phoneSeq += 1;
  const tag = uniq().toLowerCase();
  return {
    name: 'Jane Driver',
    email: `jane.${tag}@example.com`,
    phone: `+1555${String(process.pid % 1000).padStart(3, '0')}${String(phoneSeq).padStart(4, '0')}`,
    password: 'secret-pass-1',
    password_confirmation: 'secret-pass-1',
    ...overrides,
  };
}

/** Register through the API; returns what the app would keep. */
export async function registerClient(t: TestApp, agency: TestAgency, overrides: Record<string, unknown> = {}) {
  const input = newClientInput(overrides);
  const res = await call(t, { method: 'POST', url: '/api/v1/client/auth/register', agency, body: input });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return {
    input,
    token: body.data.token as string,
    user: body.data.user as { id: number; email: string; phone: string },
  };
}

/** The newest queued message to an address, decrypted (what the provider receives). */
export async function lastMessage(
  t: TestApp,
  to: string,
): Promise<{ subject: string | null; body: string; kind: string }> {
  const [n] = await t.deps.notifications.list({ to, limit: 1 });
  if (!n || n.body === null) throw new Error(`no message to ${to}`);
  return { subject: n.subject, body: n.body, kind: n.kind };
}

export async function lastPhoneCode(t: TestApp, phone: string): Promise<string> {
  const m = /code is (\d{6})/.exec((await lastMessage(t, phone)).body);
  if (!m) throw new Error('no phone code');
  return m[1]!;
}

export async function lastEmailCode(t: TestApp, email: string): Promise<string> {
  const m = /verification code is: ([a-z0-9]{6})/.exec((await lastMessage(t, email)).body);
  if (!m) throw new Error('no email code');
  return m[1]!;
}

export const CLIENT = '/api/v1/client';
