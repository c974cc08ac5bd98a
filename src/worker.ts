import 'dotenv/config';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/client.js';
import { createDeps } from './deps.js';

/** `npm run worker`: delivers the outbox in a process of its own (run the API with RUN_WORKER=false). */
async function main(): Promise<void> {
  const config = loadConfig();
  const deps = await createDeps(config);
  deps.worker.start();
  deps.logger.info({ poll_ms: config.WORKER_POLL_MS }, 'outbox worker started');
  // The booking lifecycle runs here too (RUN_LIFECYCLE is for the API process: set it false there to separate them).
  deps.lifecycle.start();
  deps.logger.info({ poll_ms: config.LIFECYCLE_POLL_MS }, 'booking lifecycle started');
  const stop = async (signal: string) => {
    deps.logger.info({ signal }, 'outbox worker stopping');
    await deps.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof DataDirLockedError;
  process.stderr.write(
    `${known ? '' : 'Failed to start the worker: '}${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
