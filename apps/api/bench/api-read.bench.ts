import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Authenticated API read vs a bare Fastify route doing one primary-key SELECT on the same database.
// quality.md budget: ≥ 40% of the baseline's requests/second with 50 connections and no errors.
// Until applications exist, GET /api/v1/me (auth + session check + profile join) stands in for
// GET /applications/{id}; that issue switches the measured route.
import { DEMO_PASSWORD, runSeeds, users } from '@zhicheng/db';
import { createTestDatabase } from '@zhicheng/db/testing';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import { type BenchFigure, writeReport } from './report.js';

const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = 50;

async function measure(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  return { rps: result.requests.average, errors: result.errors + result.non2xx };
}

const database = await createTestDatabase();
await runSeeds(database.db, { demo: true });
const [applicant] = await database.db.select().from(users).where(eq(users.username, 'applicant01'));
if (!applicant) throw new Error('demo applicant missing');

const baseline = Fastify();
baseline.get('/baseline', async () => {
  const [row] = await database.db.select().from(users).where(eq(users.id, applicant.id));
  return { id: row?.id, name: row?.name };
});
await baseline.listen({ port: 0, host: '127.0.0.1' });

const app = await buildApp({
  config: testConfig({ loginRateLimitPerMinute: 100_000 }),
  db: database.db,
  pingDatabase: () => database.ping(),
  storage: createLocalStorage(join(tmpdir(), 'zc-objects')),
  logger: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const login = await fetch(`${appUrl}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'applicant01', password: DEMO_PASSWORD }),
});
const { accessToken } = (await login.json()) as { accessToken: string };

const baseUrl = `http://127.0.0.1:${(baseline.server.address() as { port: number }).port}/baseline`;
await measure(baseUrl); // warm-up
const base = await measure(baseUrl);
const read = await measure(`${appUrl}/api/v1/me`, { authorization: `Bearer ${accessToken}` });

await app.close();
await baseline.close();
await database.destroy();

const ratio = read.rps / base.rps;
const figure: BenchFigure = {
  figure: `API read (GET /api/v1/me, ${database.kind}, ${CONNECTIONS} connections)`,
  measured: `${read.rps.toFixed(0)} req/s, ${read.errors} errors`,
  baseline: `${base.rps.toFixed(0)} req/s (bare Fastify + PK select)`,
  ratio,
  budget: '≥ 0.40, no errors',
  pass: ratio >= 0.4 && read.errors === 0,
};
writeReport([figure]);
console.log(
  `${figure.figure}: ${figure.measured} vs ${figure.baseline} → ratio ${ratio.toFixed(2)} (${figure.pass ? 'pass' : 'FAIL'})`,
);
if (!figure.pass) process.exitCode = 1;
