/**
 * npm run bench: requests/s and p99 latency of the hot endpoints, each next to a bare Fastify
 * JSON route served by the same process (the reference), with autocannon on loopback.
 * Environment: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50),
 * BENCH_DATABASE_URL (PostgreSQL instead of the embedded database).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDeps } from '../src/deps.js';
import { signAgencyRequest } from '../src/lib/agency-signature.js';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dataDir = mkdtempSync(join(tmpdir(), 'daakey-bench-'));

const config = loadConfig({
  APP_ENV: 'production',
  APP_KEY: `base64:${randomBytes(32).toString('base64')}`,
  LOG_LEVEL: 'warn',
  DATA_DIR: dataDir,
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  RUN_WORKER: 'true',
  // The per-IP limiter stays in the path, with a ceiling the benchmark cannot reach.
  RATE_LIMIT_PER_MINUTE: '1000000000',
});

const deps = await createDeps(config);
const app = await buildApp(deps);
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const reference = Fastify({ logger: false });
reference.get('/ref', async () => ({ success: true, message: 'ok', data: { hello: 'world' } }));
await reference.listen({ host: '127.0.0.1', port: 0 });
const refUrl = `http://127.0.0.1:${(reference.server.address() as { port: number }).port}/ref`;

const code = `BENCH${Date.now().toString(36).toUpperCase()}`;
const { agency, secretKey } = await deps.agencies.create({ code, name: 'Bench Agency' });
const client = {
  name: 'Bench Client',
  email: `bench-${code.toLowerCase()}@example.com`,
  phone: '+15550100200',
  password: 'bench-password-1',
};
const { token } = await deps.auth.register(agency, client);
const signature = () => signAgencyRequest(agency.code, secretKey);

interface Row {
  name: string;
  rps: number;
  p99_ms: number;
  errors: number;
  non2xx: number;
  ratio_to_reference: number | null;
}

async function measure(name: string, opts: autocannon.Options): Promise<Omit<Row, 'ratio_to_reference'>> {
  const result = await autocannon({ connections, duration, ...opts });
  return {
    name,
    rps: Math.round(result.requests.average),
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

// Warm up JIT, caches and connections before measuring.
await autocannon({ url: refUrl, connections: 10, duration: 2 });
await autocannon({
  url: `${base}/api/v1/client/auth/me`,
  connections: 10,
  duration: 2,
  headers: { 'x-agency-signature': signature(), authorization: `Bearer ${token}` },
});

const ref = await measure('reference: bare Fastify JSON route', { url: refUrl });
const rows: Row[] = [{ ...ref, ratio_to_reference: 1 }];
const targets: Array<[string, autocannon.Options]> = [
  [
    'GET /api/v1/client/config',
    { url: `${base}/api/v1/client/config`, headers: { 'x-agency-signature': signature() } },
  ],
  [
    'GET /api/v1/client/auth/me',
    {
      url: `${base}/api/v1/client/auth/me`,
      headers: { 'x-agency-signature': signature(), authorization: `Bearer ${token}` },
    },
  ],
  [
    'POST /api/v1/client/auth/login',
    {
      url: `${base}/api/v1/client/auth/login`,
      method: 'POST',
      headers: { 'x-agency-signature': signature(), 'content-type': 'application/json' },
      body: JSON.stringify({ email: client.email, password: client.password }),
    },
  ],
];
for (const [name, opts] of targets) {
  const r = await measure(name, opts);
  rows.push({ ...r, ratio_to_reference: Math.round((r.rps / ref.rps) * 1000) / 1000 });
}

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu_model: cpus()[0]?.model,
  database: deps.database.kind,
  duration_s: duration,
  connections,
  results: rows,
};
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);

console.log(
  `\nDaakey bench on ${report.database}, ${connections} connections, ${duration}s each (node ${process.version}, ${report.cpus} cpus)\n`,
);
console.log(
  ['endpoint'.padEnd(40), 'req/s'.padStart(9), 'p99 ms'.padStart(8), 'vs ref'.padStart(8), 'non-2xx'.padStart(8)].join(
    ' ',
  ),
);
for (const r of rows) {
  console.log(
    [
      r.name.padEnd(40),
      String(r.rps).padStart(9),
      String(r.p99_ms).padStart(8),
      `${((r.ratio_to_reference ?? 0) * 100).toFixed(1)}%`.padStart(8),
      String(r.non2xx + r.errors).padStart(8),
    ].join(' '),
  );
}
console.log('\nWritten to bench/results.json');

await app.close();
await reference.close();
await deps.close();
rmSync(dataDir, { recursive: true, force: true });
