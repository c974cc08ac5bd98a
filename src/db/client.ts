import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { schema } from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** What a repository receives: the database or an open transaction (same query surface). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

/** Runs multi-statement SQL text on one session (used by migrations, which also need a session-level lock). */
export interface RawSession {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  release(): Promise<void>;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  session(): Promise<RawSession>;
  ping(): Promise<void>;
  /**
   * Subscribe to NOTIFY on a channel. `onPayload` gets each payload. `onState(false)` says
   * notifications may be missed from now on (the connection dropped); `onState(true)` says they
   * flow again (also called once at the start), so the caller can stop and resume caching.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onState: (listening: boolean) => void,
  ): Promise<() => Promise<void>>;
  /** PGlite only: the whole data folder as a tarball. */
  dump?(): Promise<Blob>;
  /**
   * How many SQL statements went through `db` since the database was opened: every built query,
   * prepared statement `.execute()` and `db.execute(sql)`, plus a transaction's BEGIN and COMMIT on
   * PostgreSQL (PGlite issues those itself, uncounted); not the raw sessions of migrations, nor ping.
   * Always on and free; tests and the bench read it before and after a request to see what it cost.
   */
  queries(): number;
  close(): Promise<void>;
}

/** drizzle calls the logger once per statement it sends, on both drivers: that is the counter. */
function queryCounter(): { logger: { logQuery(query: string, params: unknown[]): void }; read(): number } {
  let n = 0;
  return {
    logger: {
      logQuery() {
        n += 1;
      },
    },
    read: () => n,
  };
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Daakey process (pid ${pid}). ` +
        'Stop that process first, or point DATABASE_URL at a PostgreSQL server so several processes can share it.',
    );
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PGlite does not lock its folder; two processes on one folder would corrupt it. We hold a pid file. */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'daakey.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8') === String(process.pid)) unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) {
        throw new DataDirLockedError(resolve(dataDir), pid);
      }
      unlinkSync(lockPath); // stale lock from a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

/**
 * Embedded PostgreSQL (WASM). dataDir undefined means in memory; `fromDump` starts the in-memory
 * database from a dumpDataDir() tarball instead of running initdb (tests start in under a second).
 */
export async function openPglite(dataDir?: string, fromDump?: Blob): Promise<Database> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  let client: PGlite;
  try {
    client = dataDir ? new PGlite(join(dataDir, 'pglite')) : new PGlite(fromDump ? { loadDataDir: fromDump } : {});
    await client.waitReady;
  } catch (err) {
    release();
    throw err;
  }
  const counter = queryCounter();
  const db = drizzlePglite({ client, schema, logger: counter.logger }) as unknown as Db;
  return {
    kind: 'pglite',
    queries: counter.read,
    dump: () => client.dumpDataDir('none'),
    // One process owns a PGlite database, so notifications cannot be missed.
    listen: async (channel, onPayload, onState) => {
      const stop = await client.listen(channel, onPayload);
      onState(true);
      return stop;
    },
    db,
    async session() {
      return {
        exec: async (sql) => {
          await client.exec(sql);
        },
        query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
        release: async () => {},
      };
    },
    async ping() {
      await client.query('select 1');
    },
    async close() {
      await client.close();
      release();
    },
  };
}

export async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Surface a bad URL or a down server now, not on the first request.
  const probe = await pool.connect();
  probe.release();
  const counter = queryCounter();
  const db = drizzlePg({ client: pool, schema, logger: counter.logger }) as unknown as Db;
  const listeners = new Set<pg.Client>();
  let closed = false; // once the database is closed, no listener reconnects
  return {
    kind: 'postgres',
    queries: counter.read,
    async listen(channel, onPayload, onState) {
      let stopped = false;
      let current: pg.Client | undefined;
      let wake: (() => void) | undefined;
      const pause = (ms: number) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          timer.unref();
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      // One attempt: a dedicated connection (LISTEN does not survive a pool) that resolves `lost` when it drops.
      const open = async (): Promise<{ conn: pg.Client; lost: Promise<void> }> => {
        const conn = new pg.Client({ connectionString: url });
        const lost = new Promise<void>((resolve) => {
          conn.on('error', () => resolve());
          conn.on('end', () => resolve());
        });
        conn.on('notification', (msg) => {
          if (msg.channel === channel && msg.payload !== undefined) onPayload(msg.payload);
        });
        try {
          await conn.connect();
          await conn.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        } catch (err) {
          await conn.end().catch(() => {});
          throw err;
        }
        return { conn, lost };
      };
      const first = await open(); // at start, a failure is the caller's to report
      const supervise = async (link: { conn: pg.Client; lost: Promise<void> }) => {
        let backoff = 250;
        for (;;) {
          current = link.conn;
          listeners.add(link.conn);
          onState(true);
          await link.lost;
          listeners.delete(link.conn);
          void link.conn.end().catch(() => {});
          if (stopped || closed) return;
          onState(false); // notifications may be missed from here until LISTEN is back
          for (;;) {
            await pause(backoff);
            if (stopped || closed) return;
            try {
              link = await open();
              if (stopped || closed) {
                await link.conn.end().catch(() => {});
                return;
              }
              break;
            } catch {
              backoff = Math.min(backoff * 2, 10_000);
            }
          }
        }
      };
      void supervise(first);
      return async () => {
        stopped = true;
        wake?.();
        if (current) {
          listeners.delete(current);
          await current.end().catch(() => {});
        }
      };
    },
    db,
    async session() {
      const conn = await pool.connect();
      return {
        exec: async (sql) => {
          await conn.query(sql);
        },
        query: async <T>(sql: string, params?: unknown[]) => (await conn.query(sql, params)).rows as T[],
        release: async () => conn.release(),
      };
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      closed = true;
      for (const conn of listeners) await conn.end().catch(() => {});
      await pool.end();
    },
  };
}

/**
 * A prepared statement per database handle (or transaction), built once: drizzle's query building
 * costs more than the query itself on a hot path (0.8 ms against 0.36 ms for a small select here).
 */
export function preparedFor<P>(build: (q: Queryable) => P): (q: Queryable) => P {
  const cache = new WeakMap<Queryable, P>();
  return (q) => {
    let p = cache.get(q);
    if (!p) {
      p = build(q);
      cache.set(q, p);
    }
    return p;
  };
}
