// Section save PUT /applications/{id}/sections/{key} vs a bare Fastify route doing one primary-key
// SELECT on the same database. quality.md budget: ≥ 25% of the baseline's requests/second.
// 200 applicants each own an application; requests go round-robin, so with 50 connections a request
// for an application always starts after the previous one for it has finished (no version conflicts).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, runSeeds, units, users } from '@zhicheng/db';
import { createTestDatabase } from '@zhicheng/db/testing';
import autocannon from 'autocannon';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import { insertDemoApplications, startBaseline } from './bench-fixtures.js';
import { type BenchFigure, failIf, writeReport } from './report.js';

const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = 50;
const APPLICANTS = 200;
const PASSWORD = 'Bench-Pass2026';

const database = await createTestDatabase();
const db = database.db;
await runSeeds(db, { demo: true });

const [unit] = await db.select().from(units);
if (!unit) throw new Error('seed data missing');
const passwordHash = await hashPassword(PASSWORD);
const people = await db
  .insert(users)
  .values(
    Array.from({ length: APPLICANTS }, (_, i) => ({
      username: `bench${String(i).padStart(4, '0')}`,
      passwordHash,
      role: 'applicant',
      name: `压测${i}`,
      idNumber: '44030519850312001X',
      unitId: unit.id,
    })),
  )
  .returning({ id: users.id, username: users.username });
const apps = await insertDemoApplications(
  db,
  people.map((p) => ({ id: p.id, unitId: unit.id })),
);

const app = await buildApp({
  config: testConfig({ loginRateLimitPerMinute: 100_000 }),
  db,
  pingDatabase: () => database.ping(),
  storage: createLocalStorage(join(tmpdir(), 'zc-bench-objects')),
  logger: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const targets: { appId: string; token: string; version: number }[] = [];
for (const [i, person] of people.entries()) {
  const login = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: person.username, password: PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const appId = apps[i]?.id ?? '';
  const basic = await fetch(`${appUrl}/api/v1/applications/${appId}/sections/basicInfo`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, 'if-match': '0' },
    body: JSON.stringify({ data: { birthplace: '深圳' } }),
  });
  if (!basic.ok) throw new Error(`basic info not saved: ${await basic.text()}`);
  targets.push({ appId, token: accessToken, version: 0 });
}

const baseline = await startBaseline(db, people[0]?.id ?? '');

const measureBaseline = async () => {
  const r = await autocannon({ url: baseline.url, connections: CONNECTIONS, duration: DURATION_SECONDS });
  return r.requests.average;
};
await measureBaseline(); // warm-up
const baseRps = await measureBaseline();

let next = 0;
const save = await autocannon({
  url: appUrl,
  connections: CONNECTIONS,
  duration: DURATION_SECONDS,
  requests: [
    {
      method: 'PUT',
      setupRequest: (request, context) => {
        const target = targets[next++ % targets.length];
        if (!target) return request;
        (context as { target?: typeof target }).target = target;
        return {
          ...request,
          path: `/api/v1/applications/${target.appId}/sections/selfEvaluation`,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${target.token}`,
            'if-match': String(target.version),
          },
          body: JSON.stringify({ data: { selfEvaluation: `本人自参加工作以来……第 ${next} 次保存` } }),
        };
      },
      onResponse: (status, body, context) => {
        const target = (context as { target?: (typeof targets)[number] }).target;
        if (status === 200 && target) target.version = (JSON.parse(body) as { version: number }).version;
      },
    },
  ],
});

await app.close();
await baseline.close();
await database.destroy();

const rps = save.requests.average;
const errors = save.errors + save.non2xx;
const ratio = rps / baseRps;
const figure: BenchFigure = {
  figure: `section save (PUT …/sections/selfEvaluation, ${database.kind}, ${CONNECTIONS} connections)`,
  measured: `${rps.toFixed(0)} req/s, ${errors} errors`,
  baseline: `${baseRps.toFixed(0)} req/s (bare Fastify + PK select)`,
  ratio,
  budget: '≥ 0.25, no errors',
  pass: ratio >= 0.25 && errors === 0,
};
writeReport([figure]);
console.log(
  `${figure.figure}: ${figure.measured} vs ${figure.baseline} → ratio ${ratio.toFixed(2)} (${figure.pass ? 'pass' : 'FAIL'})`,
);
failIf([figure], errors > 0);
