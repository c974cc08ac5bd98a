/**
 * The SDK cannot drift from the API: its generated files (sdk/openapi.json, sdk/src/schema.ts) must be
 * what `npm run sdk:generate` writes for the routes as they are now, and the SDK must compile on its own
 * for runtimes without Node.js (DOM types only; `tsc -p sdk`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { renderSdkFiles, SDK_DOCUMENT_ENV, SDK_OPENAPI_FILE, SDK_SCHEMA_FILE } from '../../scripts/sdk-files.js';
import type { ClientPaths } from '../../sdk/src/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const ROOT = resolve(import.meta.dirname, '../..');

// Compile-time checks (npm run typecheck): the SDK's paths are relative to /api/v1/client, and only the
// Client API's are there.
const relative: keyof ClientPaths = '/auth/login';
// @ts-expect-error full paths are not SDK paths
const full: keyof ClientPaths = '/api/v1/client/auth/login';
// @ts-expect-error /health is not part of the Client API
const health: keyof ClientPaths = '/health';
void [relative, full, health];

let t: TestApp;
let files: Record<string, string>;

before(async () => {
  t = await makeTestApp({ env: { ...SDK_DOCUMENT_ENV } });
  files = await renderSdkFiles(t.app.swagger());
});

after(async () => {
  await t.close();
});

/** The first line where two texts differ, to point at the drift. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) return `line ${i + 1}: committed ${JSON.stringify(x[i])}, routes give ${JSON.stringify(y[i])}`;
  return 'no difference';
}

describe('SDK generated files', () => {
  for (const file of [SDK_OPENAPI_FILE, SDK_SCHEMA_FILE]) {
    it(`${file} matches the routes (else: run npm run sdk:generate)`, () => {
      const committed = readFileSync(join(ROOT, file), 'utf8');
      const fresh = files[file]!;
      assert.ok(
        committed === fresh,
        `${file} is out of date: run npm run sdk:generate (${firstDifference(committed, fresh)})`,
      );
    });
  }

  it('renders the same bytes twice from the same document (no timestamps, stable order)', async () => {
    const again = await renderSdkFiles(t.app.swagger());
    assert.deepEqual(again, files);
  });

  it('describes the production API: no development routes, the Client API under /api/v1/client', () => {
    const doc = JSON.parse(files[SDK_OPENAPI_FILE]!) as { paths: Record<string, unknown> };
    const paths = Object.keys(doc.paths);
    assert.deepEqual(
      paths.filter((p) => p.startsWith('/dev')),
      [],
    );
    assert.deepEqual(paths, [...paths].sort());
    for (const p of ['/api/v1/client/config', '/api/v1/client/auth/login', '/api/v1/client/bookings/{id}/end'])
      assert.ok(paths.includes(p), p);
    assert.match(files[SDK_SCHEMA_FILE]!, /^\/\*\*\n \* GENERATED FILE: do not edit\./);
    // Uploads are typed as Blob (File is one), so they can go into FormData.
    assert.match(files[SDK_SCHEMA_FILE]!, /file: Blob;/);
  });

  it('compiles on its own for browsers and React Native (tsc -p sdk: DOM types, no Node.js types)', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const res = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'sdk'), '--noEmit'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    });
    assert.equal(res.status, 0, `tsc -p sdk failed:\n${res.stdout}${res.stderr}`);
  });
});
