#!/usr/bin/env node
// Runs every test file through node:test with tsx, and fails a run that executed no test.
// Node 20 does not expand globs, so the files are listed here; a file missing from the list is an error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const FILES = [
  'test/unit/agency-signature.test.ts',
  'test/unit/validation.test.ts',
  'test/unit/crypto.test.ts',
  'test/unit/config.test.ts',
  'test/unit/money-and-rules.test.ts',
  'test/unit/local-storage.test.ts',
  'test/unit/fake-payments.test.ts',
  'test/unit/lifecycle-keys.test.ts',
  'test/unit/fleet-import.test.ts',
  'test/unit/simulator.telematics.test.ts',
  'test/unit/pricing.test.ts',
  'test/unit/sdk-client.test.ts',
  'test/unit/sdk-generated.test.ts',
  'test/http/config.http.test.ts',
  'test/http/auth.http.test.ts',
  'test/http/password-reset.http.test.ts',
  'test/http/verification.http.test.ts',
  'test/http/profile.http.test.ts',
  'test/http/documents.http.test.ts',
  'test/http/payment-methods.http.test.ts',
  'test/http/fleet.http.test.ts',
  'test/http/bookings-create.http.test.ts',
  'test/http/bookings-read.http.test.ts',
  'test/http/bookings-manage.http.test.ts',
  'test/http/access-matrix.http.test.ts',
  'test/http/errors.http.test.ts',
  'test/http/openapi.http.test.ts',
  'test/http/vehicle-control.http.test.ts',
  'test/http/home.http.test.ts',
  'test/http/media.http.test.ts',
  'test/http/tickets.http.test.ts',
  'test/integration/notifications.test.ts',
  'test/integration/s3.storage.test.ts',
  'test/integration/stripe.payments.test.ts',
  'test/integration/payments-ledger.test.ts',
  'test/integration/bookings-concurrency.test.ts',
  'test/integration/bookings-lifecycle.test.ts',
  'test/integration/eligibility.test.ts',
  'test/integration/mqtt.telematics.test.ts',
  'test/integration/sdk.e2e.test.ts',
  'test/property/fuzz.test.ts',
  'test/cli/cli.test.ts',
  'test/cli/fleet.cli.test.ts',
  'test/cli/tickets.cli.test.ts',
  'test/cli/announcements.cli.test.ts',
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const onDisk = walk(join(root, 'test'))
  .map((p) => relative(root, p))
  .filter((p) => p.endsWith('.test.ts'));
const unlisted = onDisk.filter((f) => !FILES.includes(f));
const missing = FILES.filter((f) => !onDisk.includes(f));
if (unlisted.length || missing.length) {
  if (unlisted.length) console.error(`Test files not listed in test/run.mjs: ${unlisted.join(', ')}`);
  if (missing.length) console.error(`Listed test files that do not exist: ${missing.join(', ')}`);
  process.exit(1);
}

const only = process.argv.slice(2);
const files = only.length ? FILES.filter((f) => only.some((o) => f.includes(o))) : FILES;
const tapFile = join(mkdtempSync(join(tmpdir(), 'daakey-tap-')), 'report.tap');

const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--test',
    // A hung test fails after 10 minutes instead of stalling CI. The limit also bounds a whole
    // file, and a long integration file on a busy 2-core machine has needed more than 5.
    '--test-timeout=600000',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);

const tap = readFileSync(tapFile, 'utf8');
const count = (key) => Number((new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap) ?? [])[1] ?? 0);
const tests = count('tests');
const pass = count('pass');
const fail = count('fail');
const skipped = count('skipped');
console.log(`\n${pass} passed, ${fail} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (tests === 0) {
  console.error('No test was executed: failing the run.');
  process.exit(1);
}
process.exit(result.status === 0 && fail === 0 ? 0 : 1);
