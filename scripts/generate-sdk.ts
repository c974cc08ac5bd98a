/**
 * npm run sdk:generate: builds the app in this process (in-memory database, no listening socket), reads
 * its OpenAPI document and writes sdk/openapi.json and sdk/src/schema.ts. Run it after changing a route.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openPglite } from '../src/db/client.js';
import { createDeps } from '../src/deps.js';
import { createLogger } from '../src/lib/logger.js';
import { renderSdkFiles, SDK_DOCUMENT_ENV } from './sdk-files.js';

const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'daakey-sdk-'));
try {
  const config = loadConfig({
    ...SDK_DOCUMENT_ENV,
    APP_KEY: `base64:${randomBytes(32).toString('base64')}`,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RUN_WORKER: 'false',
    RUN_LIFECYCLE: 'false',
  });
  const deps = await createDeps(config, { database: await openPglite(), logger: createLogger('silent') });
  try {
    const app = await buildApp(deps);
    await app.ready();
    const files = await renderSdkFiles(app.swagger());
    await app.close();
    for (const [file, content] of Object.entries(files)) {
      writeFileSync(join(root, file), content);
      process.stdout.write(`wrote ${file} (${Math.round(content.length / 1024)} KiB)\n`);
    }
  } finally {
    await deps.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
