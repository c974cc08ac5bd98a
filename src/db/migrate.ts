import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.js';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant: serialises concurrent migrators (several app instances, parallel test files) on one server.
const MIGRATION_LOCK_KEY = 7_243_001;

export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
}

/** Applies every pending SQL migration, each in its own transaction. Returns the names applied. */
export async function migrate(database: Database): Promise<string[]> {
  const s = await database.session();
  const applied: string[] = [];
  try {
    await s.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await s.exec(
        'CREATE TABLE IF NOT EXISTS daakey_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = new Set((await s.query<{ name: string }>('SELECT name FROM daakey_migrations')).map((r) => r.name));
      for (const file of migrationFiles()) {
        if (done.has(file)) continue;
        const sql = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
        await s.exec('BEGIN');
        try {
          await s.exec(sql);
          await s.query('INSERT INTO daakey_migrations (name) VALUES ($1)', [file]);
          await s.exec('COMMIT');
        } catch (err) {
          await s.exec('ROLLBACK');
          throw new Error(`Migration ${file} failed: ${(err as Error).message}`);
        }
        applied.push(file);
      }
    } finally {
      await s.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await s.release();
  }
  return applied;
}
