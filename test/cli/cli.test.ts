/**
 * The `daakey` command as an operator runs it: a child process (bin/daakey.js) with its own data
 * folder, talking to the embedded database (or PostgreSQL for one test when TEST_DATABASE_URL is set).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'daakey.js');
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
const RUN_TIMEOUT_MS = 60_000;
const SLOW = { timeout: 120_000 };

const SECRET_KEY = /^sk_live_[A-Za-z0-9]{40}$/;
const DEMO_EMAIL = 'demo@daakey.test';
const DEMO_PHONE = '+15550000001';

const children = new Set<ChildProcess>();
const dirs: string[] = [];

after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'daakey-cli-'));
  dirs.push(d);
  return d;
}

/**
 * A clean environment: only what a shell needs, so no DATABASE_URL, TEST_DATABASE_URL, APP_KEY or
 * other configuration leaks in from the test runner. DOTENV_CONFIG_PATH points at a file that does
 * not exist, so a developer's .env in the project folder is not read either.
 */
function cleanEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'SystemRoot']) {
    if (process.env[k] !== undefined) env[k] = process.env[k];
  }
  return {
    ...env,
    APP_ENV: 'development',
    DATA_DIR: dataDir,
    DOTENV_CONFIG_PATH: join(dataDir, 'no-such.env'),
    ...extra,
  };
}

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock bounds of the run, in ms. */
  started: number;
  ended: number;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
}

function spawnTracked(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function daakey(args: string[], dataDir: string, extraEnv: Record<string, string> = {}): Promise<Result> {
  const started = Date.now();
  const child = spawnTracked([BIN, ...args], cleanEnv(dataDir, extraEnv));
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  const closed = new Promise<void>((res) => child.once('close', () => res()));
  const { code, signal } = await exited(child);
  await closed; // all output read
  clearTimeout(timer);
  assert.notEqual(signal, 'SIGKILL', `daakey ${args.join(' ')} did not finish within ${RUN_TIMEOUT_MS} ms\n${stderr}`);
  return { code, signal, stdout, stderr, started, ended: Date.now() };
}

function describeRun(r: Result): string {
  return `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

function assertOk(r: Result): void {
  assert.equal(r.code, 0, describeRun(r));
}

/** Failed: non-zero exit, a message on stderr, nothing on stdout. */
function assertFailed(r: Result, stderrPattern: RegExp): void {
  assert.ok(r.code !== 0 && r.code !== null, `expected a non-zero exit\n${describeRun(r)}`);
  assert.equal(r.stdout, '', `nothing on stdout\n${describeRun(r)}`);
  assert.match(r.stderr, stderrPattern);
}

function checkSignature(value: string, code: string, secret: string, run: Result): void {
  const m = /^([A-Za-z0-9_-]+)\.([0-9a-f]{64})$/.exec(value);
  assert.ok(m, `"<payload>.<64 hex>": ${JSON.stringify(value)}`);
  const [, payload, mac] = m;
  const decoded = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as {
    agency_code: unknown;
    timestamp: unknown;
  };
  assert.equal(decoded.agency_code, code);
  assert.equal(typeof decoded.timestamp, 'number');
  const ts = decoded.timestamp as number;
  assert.ok(ts >= Math.floor(run.started / 1000) && ts <= Math.ceil(run.ended / 1000), 'signed during the run');
  assert.ok(Math.abs(Date.now() / 1000 - ts) <= 5, 'timestamp within 5 s of now');
  assert.equal(
    mac,
    createHmac('sha256', secret).update(payload!).digest('hex'),
    'HMAC-SHA256 of the payload under the secret',
  );
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((res) => s.listen(0, '127.0.0.1', res));
  const { port } = s.address() as { port: number };
  await new Promise<void>((res) => s.close(() => res()));
  return port;
}

describe('daakey CLI', () => {
  it('db:migrate applies the migrations, then has nothing to do', SLOW, async () => {
    const dir = tempDir();
    const first = await daakey(['db:migrate'], dir);
    assertOk(first);
    assert.match(first.stdout.trim(), /^Applied: 0001_init\.sql(, \d{4}_[\w-]+\.sql)*$/);
    assert.ok(existsSync(join(dir, 'pglite')), 'the embedded database lives in DATA_DIR');

    const second = await daakey(['db:migrate'], dir);
    assertOk(second);
    assert.equal(second.stdout.trim(), 'Nothing to migrate.');
  });

  it('agency:create prints the new agency and its secret once; refuses a taken or invalid code', SLOW, async () => {
    const dir = tempDir();
    const created = await daakey(['agency:create', '--code', 'ACME', '--name', 'Acme Rentals', '--json'], dir);
    assertOk(created);
    assert.equal(created.stdout.trim().split('\n').length, 1, 'one JSON line');
    const json = JSON.parse(created.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).sort(), ['code', 'id', 'name', 'secret_key']);
    assert.equal(typeof json.id, 'number');
    assert.equal(json.code, 'ACME');
    assert.equal(json.name, 'Acme Rentals');
    assert.match(String(json.secret_key), SECRET_KEY);

    const again = await daakey(['agency:create', '--code', 'ACME', '--name', 'Acme Again', '--json'], dir);
    assertFailed(again, /ACME.*already exists|already exists.*ACME/);
    assert.ok(!again.stderr.includes(String(json.secret_key)));

    const invalid = await daakey(['agency:create', '--code', 'bad code', '--name', 'Bad Code'], dir);
    assertFailed(invalid, /code/i);
  });

  it('agency:sign prints a fresh signature, from the database or from --secret alone', SLOW, async () => {
    const dir = tempDir();
    const created = await daakey(['agency:create', '--code', 'ACME', '--name', 'Acme Rentals', '--json'], dir);
    assertOk(created);
    const secret = (JSON.parse(created.stdout) as { secret_key: string }).secret_key;

    const signed = await daakey(['agency:sign', '--code', 'ACME'], dir);
    assertOk(signed);
    checkSignature(signed.stdout.trim(), 'ACME', secret, signed);

    const unknown = await daakey(['agency:sign', '--code', 'NOPE'], dir);
    assertFailed(unknown, /NOPE/);

    // With --secret the database is not needed at all: an empty data folder stays without one.
    const empty = tempDir();
    const offline = await daakey(['agency:sign', '--code', 'X', '--secret', 'S'], empty);
    assertOk(offline);
    checkSignature(offline.stdout.trim(), 'X', 'S', offline);
    const left = readdirSync(empty);
    assert.ok(!left.includes('pglite'), `no embedded database was created: ${left.join(', ')}`);
    assert.ok(!left.includes('daakey.lock'));
  });

  it('db:seed --demo creates the DEMO agency and a 0600 credentials file, once', SLOW, async () => {
    const dir = tempDir();
    const seeded = await daakey(['db:seed', '--demo'], dir);
    assertOk(seeded);
    assert.match(seeded.stdout, /DEMO/);
    assert.ok(!seeded.stdout.includes('sk_live_'), 'the secret goes to the file, not to the terminal');

    const file = join(dir, 'demo-credentials.json');
    assert.ok(existsSync(file));
    if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o777, 0o600);
    const creds = JSON.parse(readFileSync(file, 'utf8')) as { agency_code: string; secret_key: string };
    assert.equal(creds.agency_code, 'DEMO');
    assert.match(creds.secret_key, SECRET_KEY);

    const again = await daakey(['db:seed', '--demo'], dir);
    assertOk(again);
    assert.match(again.stdout, /already exists/);
    assert.equal(
      JSON.parse(readFileSync(file, 'utf8')).secret_key,
      creds.secret_key,
      'the credentials file is left alone',
    );
  });

  it('notifications:list shows the queued verification email and SMS, filtered by --to', SLOW, async () => {
    const dir = tempDir();
    const seeded = await daakey(['db:seed', '--demo'], dir);
    assertOk(seeded);
    assert.ok(seeded.stdout.includes(DEMO_EMAIL), seeded.stdout);

    type Item = { channel: string; to: string; kind: string; body: string | null; status: string };
    const all = await daakey(['notifications:list', '--json'], dir);
    assertOk(all);
    const items = JSON.parse(all.stdout) as Item[];
    assert.ok(Array.isArray(items));
    const email = items.find((n) => n.channel === 'email' && n.to === DEMO_EMAIL);
    assert.ok(email, `an email to ${DEMO_EMAIL}: ${all.stdout}`);
    assert.equal(email.kind, 'verification_email');
    assert.match(email.body ?? '', /verification code is: [a-z0-9]{6}\b/);
    const sms = items.find((n) => n.channel === 'sms' && n.to === DEMO_PHONE);
    assert.ok(sms, `an SMS to ${DEMO_PHONE}: ${all.stdout}`);
    assert.equal(sms.kind, 'verification_phone');
    assert.match(sms.body ?? '', /\b\d{6}\b/);

    const filtered = await daakey(['notifications:list', '--json', '--to', DEMO_PHONE], dir);
    assertOk(filtered);
    const only = JSON.parse(filtered.stdout) as Item[];
    assert.ok(only.length >= 1);
    for (const n of only) assert.equal(n.to, DEMO_PHONE);
    assert.deepEqual(
      only.find((n) => n.channel === 'sms'),
      sms,
    );
  });

  it('an unknown command fails with the usage on stderr', SLOW, async () => {
    const dir = tempDir();
    const r = await daakey(['frobnicate'], dir);
    assertFailed(r, /Unknown command: frobnicate/);
    assert.match(r.stderr, /Usage: daakey/);
  });

  it('missing required options fail with the usage on stderr', SLOW, async () => {
    const dir = tempDir();
    const cases: Array<{ args: string[]; mentions: RegExp }> = [
      { args: ['agency:create', '--code', 'ACME'], mentions: /--name/ },
      { args: ['agency:sign'], mentions: /--code/ },
      { args: ['db:seed'], mentions: /--demo/ },
    ];
    const problems: string[] = [];
    for (const c of cases) {
      const r = await daakey(c.args, dir);
      assertFailed(r, c.mentions);
      if (!/Usage: daakey/.test(r.stderr))
        problems.push(`daakey ${c.args.join(' ')}: no usage on stderr\n${describeRun(r)}`);
    }
    assert.deepEqual(problems, []);
  });

  it('refuses the embedded database while the server holds it; the server stops cleanly on SIGTERM', SLOW, async () => {
    const dir = tempDir();
    const port = await freePort();
    const server = spawnTracked(
      ['--import', 'tsx', 'src/main.ts'],
      cleanEnv(dir, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    );
    let serverOut = '';
    server.stdout!.setEncoding('utf8').on('data', (s: string) => (serverOut += s));
    server.stderr!.setEncoding('utf8').on('data', (s: string) => (serverOut += s));
    try {
      // Wait for GET /health = 200 (first start: initdb, migrations, demo seed).
      const deadline = Date.now() + 60_000;
      for (;;) {
        assert.equal(server.exitCode, null, `the server exited early:\n${serverOut}`);
        const status = await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) break;
        assert.ok(Date.now() < deadline, `the server did not answer /health within 60 s:\n${serverOut}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      assert.ok(existsSync(join(dir, 'demo-credentials.json')), 'a first start in development seeds the demo agency');
      const demoSecret = (
        JSON.parse(readFileSync(join(dir, 'demo-credentials.json'), 'utf8')) as { secret_key: string }
      ).secret_key;
      assert.equal(readFileSync(join(dir, 'daakey.lock'), 'utf8').trim(), String(server.pid));

      const locked = await daakey(['agency:create', '--code', 'LOCKED', '--name', 'Locked Out'], dir);
      assertFailed(locked, /in use/);
      assert.ok(locked.stderr.includes(`pid ${server.pid}`), locked.stderr);

      const t0 = Date.now();
      server.kill('SIGTERM');
      const stop = await Promise.race([
        exited(server),
        new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000).unref()),
      ]);
      assert.notEqual(stop, 'timeout', `the server did not exit within 15 s of SIGTERM:\n${serverOut}`);
      assert.deepEqual(stop, { code: 0, signal: null }, serverOut);
      assert.ok(Date.now() - t0 < 15_000);
      assert.ok(!existsSync(join(dir, 'daakey.lock')), 'the lock file is removed on shutdown');

      // The folder is free again: the CLI reads the demo secret from the database.
      const signed = await daakey(['agency:sign', '--code', 'DEMO'], dir);
      assertOk(signed);
      checkSignature(signed.stdout.trim(), 'DEMO', demoSecret, signed);
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    }
  });

  it(
    `db:migrate on ${TEST_DATABASE_URL ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite (TEST_DATABASE_URL not set)'}`,
    SLOW,
    async () => {
      const dir = tempDir();
      const r = await daakey(['db:migrate'], dir, TEST_DATABASE_URL ? { DATABASE_URL: TEST_DATABASE_URL } : {});
      assertOk(r);
      if (TEST_DATABASE_URL) {
        // The test files share this database: another may have migrated it already.
        assert.match(r.stdout.trim(), /^(Applied: \d{4}_[\w-]+\.sql(, \d{4}_[\w-]+\.sql)*|Nothing to migrate\.)$/);
        assert.ok(!existsSync(join(dir, 'pglite')), 'with DATABASE_URL no embedded database is created');
      } else {
        assert.match(r.stdout.trim(), /^Applied: 0001_init\.sql(, \d{4}_[\w-]+\.sql)*$/);
        assert.ok(existsSync(join(dir, 'pglite')));
      }
    },
  );
});

describe('daakey CLI: document review and payment reconciliation', () => {
  /** Upload a licence for the demo client through the API, in this process, on the CLI's data folder. */
  async function uploadDemoLicence(dir: string): Promise<number> {
    const { loadConfig } = await import('../../src/config.js');
    const { createDeps } = await import('../../src/deps.js');
    const { buildApp } = await import('../../src/app.js');
    const { signAgencyRequest } = await import('../../src/lib/agency-signature.js');
    const { jpegWithGps, multipart } = await import('../helpers/uploads.js');
    const creds = JSON.parse(readFileSync(join(dir, 'demo-credentials.json'), 'utf8')) as {
      agency_code: string;
      secret_key: string;
    };
    const config = loadConfig({ APP_ENV: 'development', DATA_DIR: dir, LOG_LEVEL: 'silent', RUN_WORKER: 'false' });
    const deps = await createDeps(config);
    const app = await buildApp(deps);
    try {
      const sig = () => signAgencyRequest(creds.agency_code, creds.secret_key);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/client/auth/login',
        headers: { 'x-agency-signature': sig() },
        payload: { email: DEMO_EMAIL, password: 'password123' },
      });
      assert.equal(login.statusCode, 200, login.body);
      const { token, user } = login.json().data as { token: string; user: { id: number } };
      const form = multipart({ type: 'driver_license_front', expires_at: '2099-12-31' }, [
        { bytes: await jpegWithGps() },
      ]);
      const up = await app.inject({
        method: 'POST',
        url: '/api/v1/client/documents',
        headers: { 'x-agency-signature': sig(), authorization: `Bearer ${token}`, 'content-type': form.contentType },
        payload: form.body,
      });
      assert.equal(up.statusCode, 201, up.body);
      return user.id;
    } finally {
      await app.close();
      await deps.close();
    }
  }

  it(
    'documents:list shows the review queue; documents:review approves or rejects and emails the client',
    SLOW,
    async () => {
      const dir = tempDir();
      assertOk(await daakey(['db:seed', '--demo'], dir));
      const clientId = await uploadDemoLicence(dir);

      const listed = await daakey(['documents:list', '--agency', 'DEMO', '--status', 'pending', '--json'], dir);
      assertOk(listed);
      const rows = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
      assert.equal(rows.length, 1, listed.stdout);
      assert.equal(rows[0]!.client_id, clientId);
      assert.equal(rows[0]!.client_email, DEMO_EMAIL);
      assert.equal(rows[0]!.type, 'driver_license_front');
      assert.equal(rows[0]!.status, 'pending');
      assert.equal(rows[0]!.expires_at, '2099-12-31');

      const text = await daakey(['documents:list', '--agency', 'DEMO'], dir);
      assertOk(text);
      assert.match(text.stdout, new RegExp(`client ${clientId} \\(${DEMO_EMAIL}\\) driver_license_front pending`));

      const base = [
        'documents:review',
        '--agency',
        'DEMO',
        '--client',
        String(clientId),
        '--type',
        'driver_license_front',
      ];
      assert.match(
        String(rows[0]!.file_url),
        /^http:\/\/127\.0\.0\.1:3000\/files\/documents\/\d+\/\d+\/[a-z0-9]+\.jpg\?expires=\d+&signature=[0-9a-f]{64}$/,
      );
      // The client replaces the licence after staff listed it: a review naming the listed id changes nothing.
      await uploadDemoLicence(dir);
      const listedId = String(rows[0]!.id);
      assertFailed(
        await daakey([...base, '--id', listedId, '--approve'], dir),
        new RegExp(`Document #${listedId} was replaced by #\\d+`),
      );
      assertFailed(await daakey([...base, '--reject'], dir), /--reject needs --reason/);
      assertFailed(await daakey([...base, '--approve', '--reject', '--reason', 'x'], dir), /--approve or --reject/);
      assertFailed(
        await daakey([...base.slice(0, 5), '--type', 'passport', '--approve'], dir),
        /has no passport document/,
      );
      assertFailed(
        await daakey(['documents:review', '--agency', 'NOPE', '--client', '1', '--type', 'x', '--approve'], dir),
        /No agency with code NOPE/,
      );

      const rejected = await daakey([...base, '--reject', '--reason', 'Photo is blurry'], dir);
      assertOk(rejected);
      assert.match(rejected.stdout, /is now rejected/);
      const approved = await daakey([...base, '--approve', '--number', 'D1234567'], dir);
      assertOk(approved);
      assert.match(approved.stdout, /is now verified/);

      const after = JSON.parse((await daakey(['documents:list', '--agency', 'DEMO', '--json'], dir)).stdout) as Array<
        Record<string, unknown>
      >;
      assert.equal(after[0]!.status, 'verified');
      assert.equal(after[0]!.number, 'D1234567');
      assert.equal(after[0]!.rejection_reason, null);
      assert.equal(
        (
          JSON.parse(
            (await daakey(['documents:list', '--agency', 'DEMO', '--status', 'pending', '--json'], dir)).stdout,
          ) as unknown[]
        ).length,
        0,
      );

      const mails = JSON.parse(
        (await daakey(['notifications:list', '--to', DEMO_EMAIL, '--json'], dir)).stdout,
      ) as Array<{
        kind: string;
        subject: string;
        body: string;
      }>;
      const rejection = mails.find((m) => m.kind === 'document_rejected');
      assert.ok(rejection, JSON.stringify(mails));
      assert.match(rejection.body, /Reason: Photo is blurry/);
      const approval = mails.find((m) => m.kind === 'document_approved');
      assert.ok(approval);
      assert.match(approval.subject, /driver license front has been verified/);
    },
  );

  it('payments:reconcile reports what it settled (nothing pending here) and exits 0', SLOW, async () => {
    const dir = tempDir();
    assertOk(await daakey(['db:migrate'], dir));
    const r = await daakey(['payments:reconcile', '--json', '--older-than', '0'], dir);
    assertOk(r);
    assert.deepEqual(JSON.parse(r.stdout), {
      confirmed: 0,
      retried: 0,
      failed: 0,
      orphansReleased: 0,
      orphansRecorded: 0,
      stillPending: 0,
    });
    assertFailed(await daakey(['payments:reconcile', '--since', 'yesterday-ish'], dir), /--since must be a date/);
  });
});
