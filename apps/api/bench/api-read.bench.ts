import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Authenticated API read GET /applications/{id} (token, session check, scoped load with the choice's
// names, allowedActions) vs a bare Fastify route doing one primary-key SELECT on the same database.
// quality.md budget: ≥ 40% of the baseline's requests/second with 50 connections and no errors.
import { DEMO_PASSWORD, runSeeds, users } from '@zhicheng/db';
import { createTestDatabase } from '@zhicheng/db/testing';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import { insertDemoApplications, startBaseline } from './bench-fixtures.js';
import { type BenchFigure, failIf, writeReport } from './report.js';

const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = 50;

async function measure(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  return { rps: result.requests.average, errors: result.errors + result.non2xx };
}

const database = await createTestDatabase();
await runSeeds(database.db, { demo: true });
const [applicant] = await database.db.select().from(users).where(eq(users.username, 'applicant01'));
if (!applicant?.unitId) throw new Error('demo applicant missing');
const [application] = await insertDemoApplications(database.db, [
  { id: applicant.id, unitId: applicant.unitId },
]);
const baseline = await startBaseline(database.db, applicant.id);

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

await measure(baseline.url); // warm-up
const base = await measure(baseline.url);
const read = await measure(`${appUrl}/api/v1/applications/${application?.id}`, {
  authorization: `Bearer ${accessToken}`,
});

await app.close();
await baseline.close();
await database.destroy();

const ratio = read.rps / base.rps;
const figure: BenchFigure = {
  figure: `API read (GET /api/v1/applications/{id}, ${database.kind}, ${CONNECTIONS} connections)`,
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
failIf([figure], read.errors > 0);
