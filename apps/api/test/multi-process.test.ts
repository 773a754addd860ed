import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Catalog, committeeCandidates } from '@zhicheng/contracts';
import { createDb, type DbHandle, DEMO_PASSWORD, migrationsFolder } from '@zhicheng/db';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORPHAN_CLEANUP_JOB } from '../src/modules/materials/cleanup-job.js';
import { type ApiProcess, freePort, startApi, stopApi, waitReady } from './multi-process-cluster.js';
import { multipart, twoPagePdf } from './upload-fixtures.js';

// Two real API processes (replicas behind a load balancer) started at the same moment on one empty
// PostgreSQL database and one S3 store: whatever one replica did, the other must see. PGlite is one
// process's embedded database, so this runs on PostgreSQL (DATABASE_URL) only.
const baseUrl = process.env.DATABASE_URL;
const dbName = `zc_multi_${Date.now()}_${randomBytes(3).toString('hex')}`;
const bucket = 'zhicheng-replicas';
let dbUrl = '';
let sql: DbHandle | undefined;
let s3: S3rver | undefined;
let a: ApiProcess | undefined;
let b: ApiProcess | undefined;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

interface Call {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}
async function call(api: ApiProcess | undefined, method: string, path: string, options: Call = {}) {
  if (!api) throw new Error('process not started');
  const json = options.body !== undefined && !(options.body instanceof Buffer);
  return fetch(`${api.url}/api/v1${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body === undefined
      ? {}
      : { body: json ? JSON.stringify(options.body) : new Uint8Array(options.body as Buffer) }),
  });
}

/** A response body as the test reads it (the shapes are checked by the contract tests, not here). */
// biome-ignore lint/suspicious/noExplicitAny: test reads of JSON bodies
const json = (response: Response): Promise<any> => response.json();

const refreshCookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => /^zc_refresh=([^;]*)/.exec(c)?.[1])
    .find(Boolean);

async function login(api: ApiProcess | undefined, username: string) {
  const response = await call(api, 'POST', '/auth/login', { body: { username, password: DEMO_PASSWORD } });
  if (response.status !== 200)
    throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return { token: (await json(response)).accessToken as string, refresh: refreshCookieOf(response) ?? '' };
}

/** A new draft of 高级工程师 (水文水资源) in the open demo cycle, through `api`. */
async function createDraft(api: ApiProcess | undefined, token: string): Promise<string> {
  const catalog: Catalog = await json(await call(api, 'GET', '/catalog'));
  const cycles = await json(await call(api, 'GET', '/cycles?open=true', { token }));
  const s = catalog.series.find((x) => x.name === '工程技术');
  const specialty = s?.specialties.find((x) => x.name === '水文水资源');
  const qualification = s?.qualifications.find((x) => x.level === '副高级');
  const committee = committeeCandidates(catalog, {
    seriesId: s?.id ?? '',
    specialtyId: specialty?.id ?? '',
    level: '副高级',
  })[0];
  const created = await call(api, 'POST', '/applications', {
    token,
    body: {
      cycleId: cycles.items[0].id,
      track: 'normal',
      applyType: 'normal',
      seriesId: s?.id,
      specialtyId: specialty?.id,
      qualificationId: qualification?.id,
      committeeId: committee?.id,
    },
  });
  if (created.status !== 201) throw new Error(`create failed: ${await created.text()}`);
  return (await json(created)).id;
}

async function rows<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  if (!sql) throw new Error('no database');
  return (await sql.executeSql(text, values)).rows as T[];
}

/** A statement on the server of DATABASE_URL (create and drop this test's database). */
async function onServer(statement: string) {
  const admin = await createDb({ databaseUrl: baseUrl, poolMax: 1 });
  try {
    await admin.executeSql(statement);
  } finally {
    await admin.close();
  }
}

describe.skipIf(!baseUrl)('two API processes on one PostgreSQL database and one S3 store', () => {
  beforeAll(async () => {
    await onServer(`create database "${dbName}"`);
    const url = new URL(baseUrl ?? '');
    url.pathname = `/${dbName}`;
    dbUrl = url.toString();
    sql = await createDb({ databaseUrl: dbUrl, poolMax: 2 });

    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: tempDir('zc-multi-s3-'),
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    const s3Port = ((await s3.run()) as AddressInfo).port;

    const shared = {
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl,
      DATABASE_POOL_MAX: '4',
      JWT_SECRET: randomBytes(32).toString('hex'),
      COOKIE_SECURE: 'false',
      SEED_DEMO: 'true',
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ACCOUNT_RATE_LIMIT_PER_MINUTE: '1000',
      PDF_WORKERS: '1',
      JOBS_POLL_SECONDS: '1',
      LOG_LEVEL: 'warn',
      // An empty directory: no built SPA to serve, and each replica has its own DATA_DIR.
      WEB_DIST_DIR: tempDir('zc-multi-web-'),
    };
    const [portA, portB] = [await freePort(), await freePort()];
    // The same moment, on the empty database: both race to migrate and seed.
    a = startApi('A', portA, { ...shared, DATA_DIR: tempDir('zc-multi-a-') });
    b = startApi('B', portB, { ...shared, DATA_DIR: tempDir('zc-multi-b-') });
    await Promise.all([waitReady(a), waitReady(b)]);

    // The hourly orphan cleanup is a scheduled job only (nothing else sends it): make it due every
    // minute so a tick falls inside this test, and count how often it ran.
    await rows(`update pgboss.schedule set cron = '* * * * *' where name = $1`, [ORPHAN_CLEANUP_JOB]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([stopApi(a), stopApi(b)]);
    await sql?.close();
    await s3?.close().catch(() => {});
    if (baseUrl) await onServer(`drop database if exists "${dbName}" with (force)`);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('ran each migration once and seeded once, though both started on the empty database', async () => {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
    const applied = await rows<{ hash: string; n: number }>(
      'select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash',
    );
    expect(applied).toHaveLength(journal.entries.length);
    expect(applied.every((m) => m.n === 1)).toBe(true);

    const demo = await rows<{ username: string; n: number }>(
      `select username, count(*)::int as n from users where username in ('bureauadmin', 'applicant01')
        group by username order by username`,
    );
    expect(demo).toEqual([
      { username: 'applicant01', n: 1 },
      { username: 'bureauadmin', n: 1 },
    ]);
    const [series] = await rows<{ n: number; names: number }>(
      'select count(*)::int as n, count(distinct name)::int as names from series',
    );
    expect(series?.n).toBeGreaterThan(0);
    expect(series?.n).toBe(series?.names);
  });

  it('accepts on B a session started on A: the access token, and a refresh with its cookie', async () => {
    const session = await login(a, 'applicant01');
    const me = await call(b, 'GET', '/me', { token: session.token });
    expect(me.status).toBe(200);
    expect((await json(me)).username).toBe('applicant01');

    const refreshed = await call(b, 'POST', '/auth/refresh', {
      body: {},
      headers: { cookie: `zc_refresh=${session.refresh}` },
    });
    expect(refreshed.status).toBe(200);
    const token = (await json(refreshed)).accessToken as string;
    expect((await call(a, 'GET', '/me', { token })).status).toBe(200);
    // The cookie was rotated on B: A refuses the old one.
    const replayed = await call(a, 'POST', '/auth/refresh', {
      body: {},
      headers: { cookie: `zc_refresh=${session.refresh}` },
    });
    expect(replayed.status).toBe(401);
  });

  it('lets one of two transitions raced across A and B win; the other gets 409', async () => {
    const { token } = await login(a, 'applicant02');
    const draft = await createDraft(a, token);
    const race = (api: ApiProcess | undefined) =>
      call(api, 'POST', `/applications/${draft}/transitions`, { token, body: { action: 'cancel' } });
    const [onA, onB] = await Promise.all([race(a), race(b)]);
    expect([onA.status, onB.status].sort()).toEqual([200, 409]);
    const events = await rows('select id from application_events where application_id = $1', [draft]);
    expect(events).toHaveLength(1);
  });

  it('serves from B, byte for byte, a file uploaded through A', async () => {
    const { token } = await login(a, 'applicant01');
    const draft = await createDraft(a, token);
    const body = multipart([{ name: '验收报告.pdf', data: twoPagePdf }]);
    const uploaded = await call(a, 'POST', `/applications/${draft}/materials/research_proof`, {
      token,
      body: body.payload,
      headers: { 'content-type': body.contentType },
    });
    expect(uploaded.status).toBe(201);
    const fileId = (await json(uploaded)).items[0].id as string;

    const download = await call(b, 'GET', `/files/${fileId}`, { token });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(twoPagePdf)).toBe(true);
  });

  it('runs a scheduled job once per tick, not once per process', async () => {
    // pg-boss checks the schedules every 30 s in each replica; both check in step (started together).
    const deadline = Date.now() + 70_000;
    const runs = () =>
      rows<{ state: string }>(
        `select state from pgboss.job where name = $1 union all select state from pgboss.archive where name = $1`,
        [ORPHAN_CLEANUP_JOB],
      );
    const sendIts = () =>
      rows<{ slot: string; n: number }>(
        `select singleton_on::text as slot, count(*)::int as n from (
           select singleton_on from pgboss.job where name = '__pgboss__send-it' and singleton_key = $1
           union all
           select singleton_on from pgboss.archive where name = '__pgboss__send-it' and singleton_key = $1
         ) t group by singleton_on`,
        [ORPHAN_CLEANUP_JOB],
      );
    while ((await runs()).length === 0) {
      if (Date.now() > deadline) {
        const [version] = await rows(
          'select cron_on::text as "cronOn", now()::text as now from pgboss.version',
        );
        const schedule = await rows('select name, cron from pgboss.schedule');
        throw new Error(
          `no tick: ${JSON.stringify({ version, schedule, sendIts: await sendIts() })}\n${a?.output()}\n${b?.output()}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Give the other replica's check of the same tick time to act (and to be refused), and a worker
    // time to run the job.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const ticks = await sendIts();
    const all = await runs();
    expect(ticks.length).toBeGreaterThanOrEqual(1);
    expect(ticks.every((t) => t.n === 1)).toBe(true);
    expect(all).toHaveLength(ticks.length);
  }, 90_000);
});
