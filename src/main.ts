import 'dotenv/config';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/client.js';
import { createDeps } from './deps.js';
import { seedDemo } from './seed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const deps = await createDeps(config);
  const app = await buildApp(deps);

  const embedded = !config.DATABASE_URL;
  if (config.SEED_DEMO ?? (embedded && config.APP_ENV === 'development')) {
    const demo = await seedDemo(deps, { onlyIfEmpty: true });
    if (demo) {
      process.stdout.write(
        `\nDemo agency ${demo.agencyCode} created; its secret key is in ${demo.credentialsFile}.\n` +
          `Sign a request:  npx daakey agency:sign --code ${demo.agencyCode} --secret "$(node -p "require('${demo.credentialsFile}').secret_key")"\n` +
          `Demo client:     ${demo.clientEmail} / ${demo.clientPassword}\n\n`,
      );
    }
  }
  if (config.RUN_WORKER) deps.worker.start();
  // Booking lifecycle (activation, reminders, overdue fees, hold renewal, stale holds); safe on several processes.
  if (config.RUN_LIFECYCLE) deps.lifecycle.start();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close(); // stops accepting, waits for in-flight requests
      await deps.close(); // worker, providers, database
      process.exit(0);
    } catch (err) {
      deps.logger.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
