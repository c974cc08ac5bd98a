/**
 * The `daakey` command as an operator runs it, for the CLI test files: a child process (bin/daakey.js)
 * with a data folder of the file's own, on the embedded database, or on PostgreSQL (a schema of the
 * file's own, named in the URL's search_path) when TEST_DATABASE_URL is set.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'daakey.js');
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
/** A command still running after this long is killed (and its result shows the failure). */
const KILL_AFTER_MS = 90_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliWorkspace {
  /** Runs `daakey ...args` and resolves once it has exited and all its output is read. */
  run(args: string[], extraEnv?: Record<string, string>): Promise<CliResult>;
  /** The configuration the command gets (data folder, database), to open the same database in this process. */
  env(): Record<string, string>;
  /** PostgreSQL runs only: the URL of this file's schema. */
  databaseUrl(): string | undefined;
  /** The data folder (the embedded database lives in it; files for the command can go there too). */
  dir(): string;
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * A data folder (and PostgreSQL schema) for one test file, made before its tests and removed after
 * them. `prefix` names both, e.g. 'fleet' -> daakey-fleet-cli-* and t_fleet_cli_*. Call it at the top
 * level of the file.
 */
export function cliWorkspace(prefix: string): CliWorkspace {
  assert.match(prefix, /^[a-z][a-z0-9_]*$/, 'the prefix is part of a schema name');
  let dir: string | undefined;
  let databaseUrl: string | undefined;
  let schema: string | undefined;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), `daakey-${prefix}-cli-`));
    if (TEST_DATABASE_URL) {
      schema = `t_${prefix}_cli_${process.pid}_${Date.now().toString(36)}`;
      await admin(`CREATE SCHEMA ${schema}`);
      const url = new URL(TEST_DATABASE_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      databaseUrl = url.toString();
    }
  });

  after(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (schema) await admin(`DROP SCHEMA ${schema} CASCADE`);
  });

  const folder = (): string => {
    assert.ok(dir, 'the workspace exists once the before hook has run');
    return dir;
  };

  const env = (): Record<string, string> => ({
    APP_ENV: 'development',
    DATA_DIR: folder(),
    DOTENV_CONFIG_PATH: join(folder(), 'no-such.env'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });

  /** Only what a shell needs, plus this file's data folder (and database): nothing leaks in from the runner. */
  const run = (args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> => {
    const childEnv: NodeJS.ProcessEnv = {};
    for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) childEnv[k] = process.env[k];
    Object.assign(childEnv, env(), extraEnv);
    return new Promise((res, rej) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        env: childEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      child.once('error', rej);
      child.once('close', (code) => {
        clearTimeout(timer);
        res({ code, stdout, stderr });
      });
    });
  };

  return { run, env, databaseUrl: () => databaseUrl, dir: folder };
}

/** Succeeded: exit 0; returns what it printed. */
export function ok(r: CliResult): string {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Failed: a non-zero exit, nothing on stdout, a message matching `pattern` on stderr. */
export function failed(r: CliResult, pattern: RegExp): void {
  assert.ok(r.code !== 0 && r.code !== null, `expected a failure\n${r.stdout}\n${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, pattern);
}
