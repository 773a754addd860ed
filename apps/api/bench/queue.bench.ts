// Reviewer queues at size: five typical queries, as the demo accounts see them, through the real app on
// a large generated data set vs the same queries on a small one (quality.md: p95 ≤ 2× the p95 at
// 10,000 applications). Both servers run side by side and the requests alternate between them, so a
// load drift on the shared machine hits both sizes alike.
import { DEMO_PASSWORD } from '@zhicheng/db';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import { login, percentile } from './bench-fixtures.js';
import { type LargeDatabase, openLargeDatabase } from './large-data.js';
import { type BenchFigure, failIf, smoke, writeReport } from './report.js';

const LARGE = Number(process.env.BENCH_QUEUE_LARGE ?? (smoke ? 2_000 : 1_000_000));
const SMALL = Number(process.env.BENCH_QUEUE_SMALL ?? (smoke ? 500 : 10_000));
const SEED = 1;
const ROUNDS = smoke ? 20 : 100;
const WARMUP = 5;
const BUDGET = 2;

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.log('bench: reviewer queue at size skipped: seedLarge needs PostgreSQL (set DATABASE_URL)');
  process.exit(0);
}

/** The five queries: each reviewer's working list, the bureau's name search and its status tabs. */
const queries = [
  {
    label: 'unit queue',
    user: 'unitadmin',
    path: '/api/v1/applications?status=submitted&status=unit_review',
  },
  { label: 'department queue', user: 'swjreviewer', path: '/api/v1/applications?status=dept_review' },
  { label: 'committee queue', user: 'slsecretary', path: '/api/v1/applications?status=committee_review' },
  { label: 'name search', user: 'bureauadmin', path: `/api/v1/applications?q=${encodeURIComponent('张伟')}` },
  { label: 'counts', user: 'bureauadmin', path: '/api/v1/applications/counts' },
] as const;

async function serve(data: LargeDatabase) {
  const app = await buildApp({
    config: testConfig({ loginRateLimitPerMinute: 100_000 }),
    db: data.handle.db,
    pingDatabase: () => data.handle.ping(),
    storage: createLocalStorage(`/tmp/zc-bench-queue-${process.pid}`),
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const tokens = new Map<string, string>();
  for (const user of new Set(queries.map((q) => q.user)))
    tokens.set(user, await login(url, user, DEMO_PASSWORD));
  return { app, url, tokens };
}

const small = await openLargeDatabase(baseUrl, SMALL, SEED);
const large = await openLargeDatabase(baseUrl, LARGE, SEED);
const servers = [await serve(small), await serve(large)] as const;

let errors = 0;
const rowsSeen = queries.map(() => [0, 0]);
const samples = queries.map(() => [[] as number[], [] as number[]]);
for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
  for (const [qi, query] of queries.entries()) {
    for (const [si, server] of servers.entries()) {
      const began = performance.now();
      const response = await fetch(`${server.url}${query.path}`, {
        headers: { authorization: `Bearer ${server.tokens.get(query.user)}` },
      });
      const body = (await response.json()) as { total?: number };
      const ms = performance.now() - began;
      if (!response.ok) {
        errors += 1;
        console.error(`${query.label} answered ${response.status}: ${JSON.stringify(body)}`);
      }
      (rowsSeen[qi] as number[])[si] = body.total ?? 0;
      if (round >= WARMUP) samples[qi]?.[si]?.push(ms);
    }
  }
}

for (const server of servers) await server.app.close();
await small.handle.close();
await large.handle.close();

const p95 = samples.map(([s, l]) => [percentile(s ?? [], 95), percentile(l ?? [], 95)] as const);
const ratios = p95.map(([s, l]) => l / Math.max(s, 0.001));
const worst = Math.max(...ratios);
const n = (x: number) => x.toLocaleString('en-US');
const list = (i: 0 | 1) => queries.map((q, qi) => `${q.label} ${(p95[qi]?.[i] ?? 0).toFixed(1)}`).join(', ');
for (const [qi, q] of queries.entries()) {
  console.log(
    `  ${q.label} (${q.user}): p95 ${p95[qi]?.[1].toFixed(1)} ms at ${n(LARGE)} (total ${n(rowsSeen[qi]?.[1] ?? 0)}) vs ${p95[qi]?.[0].toFixed(1)} ms at ${n(SMALL)} (total ${n(rowsSeen[qi]?.[0] ?? 0)}) → ${ratios[qi]?.toFixed(2)}`,
  );
}
const figure: BenchFigure = {
  figure: `reviewer queue p95 (five queries as the demo accounts, postgres), ${n(LARGE)} vs ${n(SMALL)} applications`,
  measured: `p95 ms at ${n(LARGE)}: ${list(1)}; ${errors} errors`,
  baseline: `p95 ms at ${n(SMALL)}: ${list(0)}`,
  ratio: worst,
  budget: `worst query ≤ ${BUDGET.toFixed(2)}, no errors`,
  pass: worst <= BUDGET && errors === 0,
};
writeReport([figure]);
console.log(`${figure.figure}: worst ratio ${worst.toFixed(2)} (${figure.pass ? 'pass' : 'FAIL'})`);
failIf([figure], errors > 0);
