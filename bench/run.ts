/**
 * npm run bench: requests/s and p99 latency of the hot endpoints, each next to a bare Fastify
 * JSON route served by the same process (the reference), with autocannon on loopback.
 * Environment: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50),
 * BENCH_DATABASE_URL (PostgreSQL instead of the embedded database), BENCH_ONLY (a regular expression:
 * measure only the targets whose names match).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { inspectUpload } from '../src/modules/files/file-inspection.js';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDeps } from '../src/deps.js';
import { signAgencyRequest } from '../src/lib/agency-signature.js';
import { benchFleet, type BenchFleet } from './fleet.js';
import { sql } from 'drizzle-orm';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dataDir = mkdtempSync(join(tmpdir(), 'daakey-bench-'));

const config = loadConfig({
  APP_ENV: 'production',
  PAYMENT_DRIVER: 'fake', // the bench's cards need no money to move
  TELEMATICS_DRIVER: 'simulator',
  APP_KEY: `base64:${randomBytes(32).toString('base64')}`,
  LOG_LEVEL: 'warn',
  DATA_DIR: dataDir,
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  RUN_WORKER: 'true',
  // The per-IP limiter stays in the path, with a ceiling the benchmark cannot reach.
  RATE_LIMIT_PER_MINUTE: process.env.BENCH_RATE_LIMIT ?? '1000000000',
  // 50 connections log in as one client from one IP at once; in production at most 5 attempts per
  // account and IP may be in flight, which would turn most of them into 429s.
  LOGIN_MAX_ATTEMPTS: '1000000',
});

const deps = await createDeps(config);
const app = await buildApp(deps);
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const bare = Fastify({ logger: false });
bare.get('/ref', async () => ({ success: true, message: 'ok', data: { hello: 'world' } }));
await bare.listen({ host: '127.0.0.1', port: 0 });
const refUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/ref`;

const code = `BENCH${Date.now().toString(36).toUpperCase()}`;
const { agency, secretKey } = await deps.agencies.create({ code, name: 'Bench Agency' });
const client = {
  name: 'Bench Client',
  email: `bench-${code.toLowerCase()}@example.com`,
  phone: '+15550100200',
  password: 'bench-password-1',
};
const { token, client: clientRow } = await deps.auth.register(agency, client);
// A realistic account screen: two documents (each listed with a freshly signed link) and two cards.
const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#3366cc' } })
  .jpeg()
  .toBuffer();
for (const type of ['driver_license_front', 'driver_license_back'])
  await deps.documents.upload(agency, clientRow, { type, expiresAt: null, file: await inspectUpload(photo) });
await deps.paymentMethods.add(agency, clientRow, 'pm_card_visa', false);
await deps.paymentMethods.add(agency, clientRow, 'pm_card_mastercard', false);
const signature = () => signAgencyRequest(agency.code, secretKey);

// Fleets for the booking endpoints: the same requests against a small agency and a large one.
const small = await benchFleet(deps, 'S', { stations: 3, vehiclesPerStation: 4, pastBookings: 10 });
const large = await benchFleet(deps, 'L', { stations: 500, vehiclesPerStation: 10, pastBookings: 1000 });

/**
 * What GET /home shows of a fleet: 20 featured cars (an operator features a hand-picked few, whatever
 * the fleet's size; all 12 of the small fleet) and three current announcements.
 */
async function homeContent(f: BenchFleet): Promise<void> {
  const db = deps.database.db;
  await db.execute(sql`
    UPDATE vehicles SET featured = true
    WHERE id IN (SELECT id FROM vehicles WHERE agency_id = ${f.agency.id} ORDER BY id LIMIT 20)`);
  for (const n of [1, 2, 3])
    await deps.announcements.create(f.agency, {
      title: `Bench news ${n}`,
      body: 'Weekend rentals are 20% off at every station.',
      image_url: `https://cdn.example.com/news/${n}.jpg`,
    });
  for (const table of ['vehicles', 'announcements']) await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
}
await homeContent(small);
await homeContent(large);

function clientHeaders(f: BenchFleet): Record<string, string> {
  return {
    'x-agency-signature': signAgencyRequest(f.agency.code, f.secretKey),
    authorization: `Bearer ${f.token}`,
    'content-type': 'application/json',
  };
}

/** POST /bookings over distinct slots: request i books vehicle i mod n for two hours in its own slot. */
const bookingCounters = new Map<BenchFleet, number>();
const firstSlot = Date.now() + 86_400_000;

function bookingRequests(f: BenchFleet): autocannon.Options {
  // One counter per fleet across every slice, so no slot is asked for twice.
  const next = () => {
    const n = bookingCounters.get(f) ?? 0;
    bookingCounters.set(f, n + 1);
    return n;
  };
  return {
    url: `${base}/api/v1/client/bookings`,
    method: 'POST',
    headers: clientHeaders(f),
    requests: [
      {
        setupRequest: (req) => {
          const n = next();
          const vehicleId = f.vehicleIds[n % f.vehicleIds.length]!;
          const start = new Date(firstSlot + Math.floor(n / f.vehicleIds.length) * 3 * 3_600_000);
          start.setUTCMinutes(0, 0, 0);
          const end = new Date(start.getTime() + 2 * 3_600_000);
          return {
            ...req,
            body: JSON.stringify({
              vehicle_id: vehicleId,
              start_date: start.toISOString(),
              end_date: end.toISOString(),
              payment_method_id: f.paymentMethodId,
            }),
          };
        },
      },
    ],
  };
}

/** One booking per fleet before measuring: a bench of 409s or 422s would measure nothing useful. */
async function preflight(f: BenchFleet): Promise<void> {
  const start = new Date(firstSlot + 80 * 86_400_000);
  start.setUTCMinutes(0, 0, 0);
  const res = await fetch(`${base}/api/v1/client/bookings`, {
    method: 'POST',
    headers: clientHeaders(f),
    body: JSON.stringify({
      vehicle_id: f.vehicleIds.at(-1),
      start_date: start.toISOString(),
      end_date: new Date(start.getTime() + 3_600_000).toISOString(),
      payment_method_id: f.paymentMethodId,
    }),
  });
  if (res.status !== 201) throw new Error(`bench setup: POST /bookings answered ${res.status} ${await res.text()}`);
}

function fleetTargets(label: string, f: BenchFleet): Array<[string, () => autocannon.Options]> {
  return [
    [
      `GET /stations?lat,lng (${label})`,
      () => ({
        url: `${base}/api/v1/client/stations?latitude=${f.latitude}&longitude=${f.longitude}&radius_km=10`,
        headers: clientHeaders(f),
      }),
    ],
    [
      `GET /vehicles/{id} (${label})`,
      () => ({ url: `${base}/api/v1/client/vehicles/${f.vehicleId}`, headers: clientHeaders(f) }),
    ],
    [`GET /bookings (${label})`, () => ({ url: `${base}/api/v1/client/bookings`, headers: clientHeaders(f) })],
    [
      `GET /home?lat,lng (${label})`,
      () => ({
        url: `${base}/api/v1/client/home?latitude=${f.latitude}&longitude=${f.longitude}`,
        headers: clientHeaders(f),
      }),
    ],
    [`POST /bookings (${label})`, () => bookingRequests(f)],
  ];
}

interface Row {
  name: string;
  rps: number;
  p99_ms: number;
  errors: number;
  non2xx: number;
  ratio_to_reference: number | null;
}

interface Tally {
  requests: number;
  seconds: number;
  p99s: number[];
  errors: number;
  non2xx: number;
}

const SLICES = 5; // each target's time is cut in slices, alternating with the reference's

async function slice(opts: autocannon.Options, seconds: number, into: Tally): Promise<void> {
  const result = await autocannon({ connections, duration: seconds, ...opts });
  into.requests += result.requests.total;
  into.seconds += seconds;
  into.p99s.push(result.latency.p99);
  into.errors += result.errors + result.timeouts;
  into.non2xx += result.non2xx;
}

const empty = (): Tally => ({ requests: 0, seconds: 0, p99s: [], errors: 0, non2xx: 0 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rpsOf = (t: Tally) => Math.round(t.requests / t.seconds);

await preflight(small);
await preflight(large);

/**
 * The SQL statements one GET /home costs (the database's query counter around one request, once the
 * agency and the session are cached). The outbox and lifecycle workers poll in the background, so the
 * least of five requests is the request's own cost.
 */
async function homeQueries(f: BenchFleet): Promise<number> {
  const url = `${base}/api/v1/client/home?latitude=${f.latitude}&longitude=${f.longitude}`;
  const costs: number[] = [];
  for (let i = 0; i < 6; i++) {
    const before = deps.database.queries();
    const res = await fetch(url, { headers: clientHeaders(f) });
    if (res.status !== 200) throw new Error(`bench setup: GET /home answered ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    if (i > 0) costs.push(deps.database.queries() - before); // the first one fills the caches
  }
  return Math.min(...costs);
}
const homeQueryCount = { small: await homeQueries(small), large: await homeQueries(large) };

// Warm up JIT, caches and connections before measuring.
await autocannon({ url: refUrl, connections: 10, duration: 2 });
await autocannon({
  url: `${base}/api/v1/client/auth/me`,
  connections: 10,
  duration: 2,
  headers: { 'x-agency-signature': signature(), authorization: `Bearer ${token}` },
});

const allTargets: Array<[string, () => autocannon.Options]> = [
  [
    'GET /api/v1/client/config',
    () => ({ url: `${base}/api/v1/client/config`, headers: { 'x-agency-signature': signature() } }),
  ],
  [
    'GET /api/v1/client/auth/me',
    () => ({
      url: `${base}/api/v1/client/auth/me`,
      headers: { 'x-agency-signature': signature(), authorization: `Bearer ${token}` },
    }),
  ],
  [
    'GET /api/v1/client/documents',
    () => ({
      url: `${base}/api/v1/client/documents`,
      headers: { 'x-agency-signature': signature(), authorization: `Bearer ${token}` },
    }),
  ],
  [
    'GET /api/v1/client/payment-methods',
    () => ({
      url: `${base}/api/v1/client/payment-methods`,
      headers: { 'x-agency-signature': signature(), authorization: `Bearer ${token}` },
    }),
  ],
  [
    'POST /api/v1/client/auth/login',
    () => ({
      url: `${base}/api/v1/client/auth/login`,
      method: 'POST',
      headers: { 'x-agency-signature': signature(), 'content-type': 'application/json' },
      body: JSON.stringify({ email: client.email, password: client.password }),
    }),
  ],
  ...fleetTargets('small fleet', small),
  ...fleetTargets('500 stations, 5000 vehicles, 1000 trips', large),
];

// BENCH_ONLY (a regular expression) measures only the targets whose names match it.
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const targets = only ? allTargets.filter(([name]) => only.test(name)) : allTargets;

// This machine's speed drifts from second to second, so each target is measured in slices that
// alternate with slices of the reference, and its ratio is taken against that interleaved reference.
const reference = empty();
const rows: Row[] = [];
for (const [name, opts] of targets) {
  const ref = empty();
  const own = empty();
  for (let i = 0; i < SLICES; i++) {
    await slice({ url: refUrl }, duration / SLICES, ref);
    await slice(opts(), duration / SLICES, own);
  }
  for (const k of ['requests', 'seconds', 'errors', 'non2xx'] as const) reference[k] += ref[k];
  reference.p99s.push(...ref.p99s);
  rows.push({
    name,
    rps: rpsOf(own),
    p99_ms: median(own.p99s),
    errors: own.errors,
    non2xx: own.non2xx,
    ratio_to_reference: Math.round((rpsOf(own) / rpsOf(ref)) * 1000) / 1000,
  });
}
rows.unshift({
  name: 'reference: bare Fastify JSON route',
  rps: rpsOf(reference),
  p99_ms: median(reference.p99s),
  errors: reference.errors,
  non2xx: reference.non2xx,
  ratio_to_reference: 1,
});

// The same request against the large agency and the small one: how much the fleet's size costs.
const scaling = rows
  .filter((r) => r.name.endsWith('(small fleet)'))
  .map((smallRow) => {
    const endpoint = smallRow.name.replace(' (small fleet)', '');
    const largeRow = rows.find((r) => r.name.startsWith(`${endpoint} (500`));
    return {
      endpoint,
      small_rps: smallRow.rps,
      large_rps: largeRow?.rps ?? 0,
      slowdown: largeRow?.rps ? Math.round((smallRow.rps / largeRow.rps) * 100) / 100 : null,
    };
  });

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu_model: cpus()[0]?.model,
  database: deps.database.kind,
  duration_s: duration,
  slices: SLICES,
  connections,
  results: rows,
  scaling,
  home_queries: homeQueryCount,
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
console.log('\nfleet size (500 stations, 5000 vehicles, 1000 trips) vs small fleet: slowdown = small rps / large rps');
for (const r of scaling) console.log(`${r.endpoint.padEnd(40)} ${String(r.slowdown).padStart(6)}x`);
console.log(
  `\nGET /home costs ${homeQueryCount.small} SQL statements on the small fleet, ${homeQueryCount.large} on the large one`,
);
console.log('\nWritten to bench/results.json');

await app.close();
await bare.close();
await deps.close();
rmSync(dataDir, { recursive: true, force: true });
