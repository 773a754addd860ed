// The deadline peak (quality.md): applicants autosaving a section every few seconds with If-Match
// versions plus reviewers paging their queues and deciding, on a generated data set, vs the same routes
// on an idle server: each route's p95 ≤ 3× its idle p95, no errors, and no lost write (every
// acknowledged save is read back with its version). Midway, 10 concurrent 20 MB uploads run while
// /healthz is probed: p99 ≤ 50 ms and the server's RSS growth ≤ 64 MB. The load runs in its own process
// (peak-client.mjs), as browsers would; the server is this one.
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, hashPassword, reviewCycles, units, users } from '@zhicheng/db';
import { seedLarge } from '@zhicheng/db/seed-large';
import { desc } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import { insertDemoApplications, login, percentile } from './bench-fixtures.js';
import { freshDatabase } from './large-data.js';
import { type BenchFigure, failIf, smoke, writeReport } from './report.js';
import { measureSaturation, percent } from './saturation.js';

const MB = 1024 * 1024;
const SECONDS = Number(process.env.BENCH_PEAK_SECONDS ?? (smoke ? 10 : 60));
const APPLICANTS = smoke ? 50 : 500;
const REVIEWERS = smoke ? 5 : 50;
/** Applications generated beside the peak's own, so the queues have work at a realistic size. */
const BACKGROUND = smoke ? 1_000 : 10_000;
const UPLOADS = smoke ? 3 : 10;
const UPLOAD_MB = smoke ? 5 : 20;
const SAVE_EVERY_MS = 3_000;
const REVIEWER_PAUSE_MS = 1_000;
const IDLE_SECONDS = smoke ? 4 : 10;
const ROUTE_BUDGET = 3;
const HEALTHZ_BUDGET_MS = 50;
const RSS_BUDGET_MB = 64;

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.log('bench: deadline peak skipped: seedLarge needs PostgreSQL (set DATABASE_URL)');
  process.exit(0);
}

const database = await freshDatabase(baseUrl, `zc_bench_peak_${process.pid}`, 10);
const db = database.handle.db;
await seedLarge(database.handle, { applications: BACKGROUND, seed: 7 });
const [unit] = await db.select().from(units);
const [open] = await db.select().from(reviewCycles).orderBy(desc(reviewCycles.closesAt)).limit(1);
if (!unit || !open) throw new Error('seed data missing');
const passwordHash = await hashPassword(DEMO_PASSWORD);
const people = await db
  .insert(users)
  .values(
    Array.from({ length: APPLICANTS }, (_, i) => ({
      username: `peak${String(i).padStart(4, '0')}`,
      passwordHash,
      role: 'applicant' as const,
      name: `峰值${i}`,
      idNumber: '44030519850312001X',
      unitId: unit.id,
    })),
  )
  .returning({ id: users.id, username: users.username });
const apps = await insertDemoApplications(
  db,
  people.map((p) => ({ id: p.id, unitId: unit.id })),
  open.id,
);

const objects = join(tmpdir(), `zc-bench-peak-${process.pid}`);
const app = await buildApp({
  config: testConfig({
    loginRateLimitPerMinute: 100_000,
    uploads: {
      maxFileBytes: UPLOAD_MB * MB + MB,
      maxFilesPerCategory: 60,
      maxBytesPerApplication: 1024 * MB,
    },
  }),
  db,
  pingDatabase: () => database.handle.ping(),
  storage: createLocalStorage(objects),
  logger: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

// Logins hash with argon2id: a few at a time, before anything is measured.
const applicants: { appId: string; token: string; version?: number }[] = [];
for (let i = 0; i < people.length; i += 4) {
  const batch = people.slice(i, i + 4);
  const tokens = await Promise.all(batch.map((p) => login(url, p.username, DEMO_PASSWORD)));
  for (const [j, token] of tokens.entries()) {
    const appId = apps[i + j]?.id ?? '';
    // The 基本信息 comes first (the other sections need it), as in the applicant's form.
    const basic = await fetch(`${url}/api/v1/applications/${appId}/sections/basicInfo`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-match': '0' },
      body: JSON.stringify({ data: { birthplace: '深圳' } }),
    });
    if (!basic.ok) throw new Error(`basic info not saved: ${await basic.text()}`);
    applicants.push({ appId, token });
  }
}
const desks = ['unitadmin', 'swjreviewer', 'slsecretary', 'bureauadmin'];
const deskTokens = new Map<string, string>();
for (const user of desks) deskTokens.set(user, await login(url, user, DEMO_PASSWORD));
const reviewers = Array.from({ length: REVIEWERS }, (_, i) => {
  const user = desks[i % desks.length] ?? 'bureauadmin';
  return { user, token: deskTokens.get(user) ?? '' };
});

interface LoadResult {
  samples: Record<string, number[]>;
  errors: string[];
  acknowledged: Record<string, { version: number; text: string }>;
  upload: { probes: number[]; uploadSeconds: number } | null;
}

const client = fork(new URL('./peak-client.mjs', import.meta.url));
let rssAtStart = 0;
let rssPeak = 0;
let sampler: NodeJS.Timeout | undefined;
client.on('message', (m: { type: string }) => {
  if (m.type === 'uploads-start') {
    rssAtStart = process.memoryUsage().rss;
    rssPeak = rssAtStart;
    sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 10);
  }
  if (m.type === 'uploads-end') clearInterval(sampler);
});
function load(options: object): Promise<LoadResult> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; result?: LoadResult }) => {
      if (m.type !== 'result' || !m.result) return;
      client.off('message', onMessage);
      resolve(m.result);
    };
    client.on('message', onMessage);
    client.send({ url, ...options });
  });
}

// Idle: a handful of applicants and one reviewer per desk, the same routes.
console.log(`bench: idle server, ${IDLE_SECONDS} s`);
const idle = await load({
  applicants: applicants.slice(0, 4),
  reviewers: desks.map((user) => ({ user, token: deskTokens.get(user) })),
  seconds: IDLE_SECONDS,
  saveEveryMs: 500,
  reviewerPauseMs: 500,
});
// The idle run's applicants go on from the versions they saved, as a reopened form would.
for (const a of applicants) a.version = idle.acknowledged[a.appId]?.version ?? 0;
console.log(`bench: peak, ${APPLICANTS} applicants + ${REVIEWERS} reviewers, ${SECONDS} s`);
const saturation = measureSaturation();
const peak = await load({
  applicants,
  reviewers,
  seconds: SECONDS,
  saveEveryMs: SAVE_EVERY_MS,
  reviewerPauseMs: REVIEWER_PAUSE_MS,
  uploads: {
    delayMs: (SECONDS * 1000) / 3,
    count: UPLOADS,
    bytes: UPLOAD_MB * MB,
    targets: applicants.slice(-UPLOADS),
  },
});
const busy = saturation();
client.kill();

// No lost write: every applicant's last acknowledged save reads back with its version and text.
const acknowledged = { ...idle.acknowledged, ...peak.acknowledged };
let lost = 0;
for (const a of applicants) {
  const ack = acknowledged[a.appId];
  if (!ack) continue;
  const response = await fetch(`${url}/api/v1/applications/${a.appId}/sections/selfEvaluation`, {
    headers: { authorization: `Bearer ${a.token}` },
  });
  const body = (await response.json()) as { version?: number; data?: { selfEvaluation?: string } };
  if (body.version !== ack.version || body.data?.selfEvaluation !== ack.text) {
    lost += 1;
    if (lost <= 5)
      console.error(
        `lost write on ${a.appId}: acknowledged ${JSON.stringify(ack)}, read ${JSON.stringify(body)}`,
      );
  }
}

await app.close();
await database.drop();
rmSync(objects, { recursive: true, force: true });

const errors = [...idle.errors, ...peak.errors];
// One line per kind of error (route, status, problem code), with how often it happened.
const kinds = new Map<string, number>();
for (const e of errors) {
  const kind = e.replace(/"requestId":"[^"]*"/, '').slice(0, 200);
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}
for (const [kind, count] of kinds) console.error(`  error ×${count}: ${kind}`);
const routes = Object.keys(peak.samples).sort();
const rows = routes.map((route) => {
  const idleP95 = percentile(idle.samples[route] ?? [], 95);
  const peakP95 = percentile(peak.samples[route] ?? [], 95);
  return {
    route,
    idleP95,
    peakP95,
    count: peak.samples[route]?.length ?? 0,
    ratio: peakP95 / Math.max(idleP95, 0.001),
  };
});
for (const r of rows) {
  console.log(
    `  ${r.route}: p95 ${r.peakP95.toFixed(1)} ms over ${r.count} requests vs idle ${r.idleP95.toFixed(1)} ms → ${r.ratio.toFixed(2)}`,
  );
}
const worst = Math.max(...rows.map((r) => r.ratio));
const saves = Object.keys(acknowledged).length;
const offeredSaves = Math.round((APPLICANTS * SECONDS * 1000) / SAVE_EVERY_MS);
const servedSaves = peak.samples['PUT …/sections/selfEvaluation']?.length ?? 0;
const loadSummary = `server event loop busy ${percent(busy.serverLoop)}, all CPUs busy ${percent(busy.machine)} (server, PostgreSQL and the load generator share them); ${servedSaves.toLocaleString('en-US')} saves answered of ~${offeredSaves.toLocaleString('en-US')} offered`;
console.log(`  ${loadSummary}`);
const peakFigure: BenchFigure = {
  figure: `deadline peak (${APPLICANTS} applicants autosaving every ~${SAVE_EVERY_MS / 1000} s + ${REVIEWERS} reviewers, ${SECONDS} s, postgres, ${BACKGROUND.toLocaleString('en-US')} applications beside)`,
  measured: `p95 ms: ${rows.map((r) => `${r.route} ${r.peakP95.toFixed(1)} (${r.count})`).join(', ')}; ${errors.length} errors, ${lost} lost writes of ${saves} applicants' last saves; ${loadSummary}`,
  baseline: `idle p95 ms: ${rows.map((r) => `${r.route} ${r.idleP95.toFixed(1)}`).join(', ')}`,
  ratio: worst,
  budget: `worst route ≤ ${ROUTE_BUDGET.toFixed(2)}; no errors; no lost write`,
  pass: worst <= ROUTE_BUDGET && errors.length === 0 && lost === 0,
};
const probes = peak.upload?.probes ?? [];
const healthzP99 = percentile(probes, 99);
const growth = (rssPeak - rssAtStart) / MB;
const uploadFigure: BenchFigure = {
  figure: `${UPLOADS} concurrent ${UPLOAD_MB} MB uploads during the peak (POST …/materials/{category}, local driver)`,
  measured: `/healthz p99 ${healthzP99.toFixed(1)} ms over ${probes.length} probes, RSS +${growth.toFixed(0)} MB; uploads took ${(peak.upload?.uploadSeconds ?? 0).toFixed(1)} s`,
  baseline: '—',
  ratio: healthzP99 / HEALTHZ_BUDGET_MS,
  budget: `/healthz p99 ≤ ${HEALTHZ_BUDGET_MS} ms (ratio = p99 ÷ ${HEALTHZ_BUDGET_MS} ms), RSS growth ≤ ${RSS_BUDGET_MB} MB`,
  pass: healthzP99 <= HEALTHZ_BUDGET_MS && growth <= RSS_BUDGET_MB && probes.length > 0,
};
writeReport([peakFigure, uploadFigure]);
for (const f of [peakFigure, uploadFigure]) {
  console.log(`${f.figure}: ${f.measured} → ratio ${f.ratio.toFixed(2)} (${f.pass ? 'pass' : 'FAIL'})`);
}
failIf([peakFigure, uploadFigure], errors.length > 0 || lost > 0 || probes.length === 0);
