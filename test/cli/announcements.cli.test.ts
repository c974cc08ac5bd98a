/**
 * `daakey announcements:create` as an operator runs it: a child process (bin/daakey.js) with its own
 * data folder, on the embedded database, or on PostgreSQL (a schema of its own) when TEST_DATABASE_URL
 * is set. What it stored is read back from the database once the command has exited.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { type AnnouncementRow, agencies, announcements } from '../../src/db/schema.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'daakey.js');
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
const SLOW = { timeout: 300_000 };

let dir: string;
let databaseUrl: string | undefined;
let schema: string | undefined;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'daakey-announcements-cli-'));
  if (TEST_DATABASE_URL) {
    schema = `t_announce_cli_${process.pid}_${Date.now().toString(36)}`;
    await admin(`CREATE SCHEMA ${schema}`);
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = url.toString();
  }
});

after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (schema) await admin(`DROP SCHEMA ${schema} CASCADE`);
});

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Only what a shell needs, plus this test's data folder (and database): nothing leaks in from the runner. */
function daakey(args: string[]): Promise<Result> {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) env[k] = process.env[k];
  Object.assign(env, {
    APP_ENV: 'development',
    DATA_DIR: dir,
    DOTENV_CONFIG_PATH: join(dir, 'no-such.env'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('error', rej);
    child.once('close', (code) => {
      clearTimeout(timer);
      res({ code, stdout, stderr });
    });
  });
}

function ok(r: Result): string {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function failed(r: Result, pattern: RegExp): void {
  assert.ok(r.code !== 0 && r.code !== null, `expected a failure\n${r.stdout}\n${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, pattern);
}

/** The agency's announcements as stored, read once no command holds the database. */
async function stored(code: string): Promise<AnnouncementRow[]> {
  const database: Database = databaseUrl ? await openPostgres(databaseUrl, 1) : await openPglite(dir);
  try {
    return await database.db
      .select({ a: announcements })
      .from(announcements)
      .innerJoin(agencies, eq(agencies.id, announcements.agencyId))
      .where(eq(agencies.code, code))
      .orderBy(asc(announcements.id))
      .then((rows) => rows.map((r) => r.a));
  } finally {
    await database.close();
  }
}

describe('daakey announcements:create', () => {
  it('publishes an announcement and prints its id; refuses bad input and unknown agencies', SLOW, async () => {
    ok(await daakey(['agency:create', '--code', 'NEWSCLI', '--name', 'News CLI', '--json']));

    const first = ok(
      await daakey([
        'announcements:create',
        '--agency',
        'newscli',
        '--title',
        'Weekend deal',
        '--body',
        '20% off from Friday to Sunday.',
        '--image',
        'https://cdn.example.com/deal.jpg',
        '--from',
        '2030-06-01T09:00:00+02:00',
        '--until',
        '2030-06-30',
      ]),
    );
    const m =
      /^Announcement #(\d+) created for NEWSCLI: shown from 2030-06-01T07:00:00Z until 2030-06-30T00:00:00Z\.$/.exec(
        first.trim(),
      );
    assert.ok(m, first);
    const second = JSON.parse(
      ok(
        await daakey([
          'announcements:create',
          '--agency',
          'NEWSCLI',
          '--title',
          'Hello',
          '--body',
          'Welcome!',
          '--json',
        ]),
      ),
    );
    assert.equal(second.title, 'Hello');
    assert.equal(second.ends_at, null);

    // Refused: nothing stored for any of these.
    const base = ['announcements:create', '--agency', 'NEWSCLI'];
    // Every problem of the input at once, each named by its flag.
    const bad = await daakey([
      ...base,
      '--body',
      '   ',
      '--from',
      'tomorrow',
      '--until',
      '2030-13-45T00:00:00Z',
      '--image',
      'not a url',
    ]);
    failed(bad, /--title is required/);
    assert.match(bad.stderr, /--body is required/);
    assert.match(bad.stderr, /--from must be an ISO 8601 date-time/);
    assert.match(bad.stderr, /--until must be an ISO 8601 date-time/);
    assert.match(bad.stderr, /--image must be an http\(s\) URL/);
    failed(
      await daakey([...base, '--title', 'T', '--body', 'B', '--from', '2030-06-01T00:00:00Z', '--until', '2030-06-01']),
      /--until must be after the start/,
    );
    // Without --from the start is now: an end already past is refused.
    failed(await daakey([...base, '--title', 'T', '--body', 'B', '--until', '2001-01-01']), /--until must be after/);
    failed(
      await daakey(['announcements:create', '--agency', 'NOPE', '--title', 'T', '--body', 'B']),
      /No agency with code NOPE/,
    );
    failed(await daakey(['announcements:create', '--title', 'T', '--body', 'B']), /needs --agency/);

    const rows = await stored('NEWSCLI');
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.id, Number(m[1]));
    assert.equal(rows[0]!.title, 'Weekend deal');
    assert.equal(rows[0]!.body, '20% off from Friday to Sunday.');
    assert.equal(rows[0]!.imageUrl, 'https://cdn.example.com/deal.jpg');
    assert.equal(rows[0]!.startsAt.toISOString(), '2030-06-01T07:00:00.000Z');
    assert.equal(rows[0]!.endsAt?.toISOString(), '2030-06-30T00:00:00.000Z');
    assert.equal(rows[1]!.id, second.id);
    assert.equal(rows[1]!.endsAt, null);
    assert.ok(Math.abs(rows[1]!.startsAt.getTime() - Date.now()) < 10 * 60_000, 'starts now by default');
  });
});
