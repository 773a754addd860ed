import { createHash } from 'node:crypto';
import type { ApplicationListItem, TimelineEntry } from '@zhicheng/contracts';
import { runSeeds } from '@zhicheng/db';
import { type LargeSeedSummary, seedLarge } from '@zhicheng/db/seed-large';
import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/lib/canonical-json.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// `pnpm seed:large` (#17): the demo accounts work the generated data — queues list it, a generated
// application's detail, sections and timeline open, and a generated applicant logs in with the demo password.
const N = 600;

describe.skipIf(!process.env.DATABASE_URL)('the app on a seed:large database', () => {
  let database: TestDatabase;
  let summary: LargeSeedSummary;
  let t: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    summary = await seedLarge(database, { applications: N, seed: 3 });
    t = await createTestApp({ database }); // seeded already: the app must not seed again nor fail
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await database?.destroy();
  });

  const get = (path: string, token: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1${path}`, headers: bearer(token) });

  async function queue(username: string, query = '') {
    const { accessToken } = await loginOk(t.app, username);
    const response = await get(`/applications?limit=50${query}`, accessToken);
    expect(response.statusCode, response.body).toBe(200);
    return { token: accessToken, page: response.json() as { items: ApplicationListItem[]; total: number } };
  }

  it('leaves nothing for the start-up seeding to do (pnpm start on this database seeds nothing again)', async () => {
    const report = await runSeeds(database.db, { demo: true });
    expect(report).toMatchObject({ catalogSeeded: false, demoSeeded: false, noBureauAdmin: false });
  });

  it('lists every generated application to the bureau admin', async () => {
    const { page } = await queue('bureauadmin');
    expect(page.total).toBe(N);
    expect(page.items).toHaveLength(50);
    expect(page.items.every((i) => i.applicant.username.startsWith('sq'))).toBe(true);
  });

  it('gives the demo department reviewer a queue of generated applications, and opens one', async () => {
    const { token, page } = await queue(
      'swjreviewer',
      '&status=dept_review&status=committee_review&status=approved',
    );
    expect(page.total).toBeGreaterThan(0);
    const item = page.items[0];
    if (!item) throw new Error('empty queue');
    expect(item.names.department).toBe('深圳市水务局');

    const detail = await get(`/applications/${item.id}`, token);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().status).toBe(item.status);

    const sections = await get(`/applications/${item.id}/sections`, token);
    expect(sections.statusCode, sections.body).toBe(200);

    const timeline = await get(`/applications/${item.id}/timeline`, token);
    expect(timeline.statusCode, timeline.body).toBe(200);
    const entries = timeline.json().items as TimelineEntry[];
    expect(entries[0]?.action).toBe('submit');
    expect(entries[0]?.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entries.at(-1)?.toStatus).toBe(item.status);
  });

  it('gives the demo unit admin and committee secretary their share', async () => {
    expect(summary.demoUnitApplications).toBeGreaterThan(0);
    const unit = await queue('unitadmin');
    expect(unit.page.items.length).toBeGreaterThan(0);
    const committee = await queue('slsecretary');
    expect(committee.page.total).toBeGreaterThan(0);
  });

  it('stores snapshots whose SHA-256 the API recomputes from their content', async () => {
    const { rows } = await database.executeSql(
      'select content, sha256 from application_snapshots order by created_at limit 200',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(createHash('sha256').update(canonicalJson(row.content)).digest('hex')).toBe(row.sha256);
    }
  });

  it('lets a generated applicant log in with the demo password and see their applications', async () => {
    const { page } = await queue('sq0000001');
    expect(page.total).toBeGreaterThan(0);
  });
});
