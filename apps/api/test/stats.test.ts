import { applicationStatuses, type Stats } from '@zhicheng/contracts';
import { applications } from '@zhicheng/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { choiceOf, createCycle, insertApplication } from './result-publicity-fixtures.js';

let t: TestApp;
let cycleId: string;

const u = ['unit'] as const;
const ud = ['unit', 'department'] as const;
const udc = ['unit', 'department', 'committee'] as const;

beforeAll(async () => {
  t = await createTestApp();
  cycleId = (await createCycle(t, '2024年度统计测试批次')).id;
  const rows = [
    { status: 'draft', reached: [] },
    { status: 'submitted', reached: u },
    { status: 'dept_review', reached: ud },
    { status: 'committee_review', reached: udc },
    { status: 'publicity', reached: udc, committeePassed: true },
    { status: 'approved', reached: udc, committeePassed: true },
    { status: 'approved', reached: udc, committeePassed: true },
    { status: 'rejected', outcome: 'committee_failed', reached: udc },
    // Through the committee (its record says so), then failed in the publicity.
    { status: 'rejected', outcome: 'publicity_failed', reached: udc, committeePassed: true },
    { status: 'rejected', outcome: 'unit_rejected', reached: u },
    // 深圳市财政局's committee; approved without a committee_pass record (counted by its status).
    { status: 'approved', reached: udc, committee: 'finance' },
    { status: 'rejected', outcome: 'dept_rejected', reached: ud, committee: 'finance' },
  ] as const;
  for (const row of rows) await insertApplication(t, { ...row, cycleId });
  // Another cycle: left out by the filter.
  await insertApplication(t, { status: 'approved', reached: udc, committeePassed: true });
});
afterAll(async () => {
  await t?.close();
});

const statsOf = async (username: string, query = `?cycleId=${cycleId}`) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/stats${query}`,
    headers: bearer((await loginOk(t.app, username)).accessToken),
  });

const funnel = (...counts: number[]) =>
  ['submitted', 'unit_approved', 'dept_approved', 'committee_passed', 'approved'].map((stage, i) => ({
    stage,
    count: counts[i],
  }));

describe('GET /api/v1/stats', () => {
  it('gives the bureau every application of the cycle: statuses, series, committees, pass rates, funnel', async () => {
    const response = await statsOf('bureauadmin');
    expect(response.statusCode).toBe(200);
    const body: Stats = response.json();
    const water = await choiceOf(t, 'water');
    const finance = await choiceOf(t, 'finance');
    expect(body.cycleId).toBe(cycleId);
    expect(body.total).toBe(12);
    expect(Object.keys(body.byStatus).sort()).toEqual([...applicationStatuses].sort());
    expect(body.byStatus).toEqual({
      draft: 1,
      returned: 0,
      submitted: 1,
      unit_review: 0,
      dept_review: 1,
      committee_review: 1,
      publicity: 1,
      approved: 3,
      rejected: 4,
      cancelled: 0,
    });
    expect(body.passRate).toBeCloseTo(3 / 7);
    expect(body.bySeries).toEqual(
      expect.arrayContaining([
        { id: water.seriesId, name: water.seriesName, total: 10, approved: 2, rejected: 3, passRate: 0.4 },
        { id: finance.seriesId, name: finance.seriesName, total: 2, approved: 1, rejected: 1, passRate: 0.5 },
      ]),
    );
    expect(body.bySeries).toHaveLength(2);
    expect(body.byCommittee).toEqual(
      expect.arrayContaining([
        {
          id: water.committeeId,
          name: water.committeeName,
          total: 10,
          approved: 2,
          rejected: 3,
          passRate: 0.4,
        },
        {
          id: finance.committeeId,
          name: finance.committeeName,
          total: 2,
          approved: 1,
          rejected: 1,
          passRate: 0.5,
        },
      ]),
    );
    expect(body.funnel).toEqual(funnel(11, 9, 7, 5, 3));
  });

  it('counts every application without a cycle', async () => {
    const body: Stats = (await statsOf('bureauadmin', '')).json();
    const [all] = await t.database.db.select({ n: count() }).from(applications);
    expect(body.cycleId).toBeNull();
    expect(body.total).toBe(all?.n);
    expect(body.total).toBeGreaterThanOrEqual(13);
  });

  it('keeps a department and a committee to their scope; a group with nothing decided has passRate null', async () => {
    const dept: Stats = (await statsOf('swjreviewer')).json();
    expect(dept.total).toBe(7);
    expect(dept.byStatus).toMatchObject({
      dept_review: 1,
      committee_review: 1,
      publicity: 1,
      approved: 2,
      rejected: 2,
    });
    expect(dept.byCommittee.map((c) => c.total)).toEqual([7]);
    expect(dept.passRate).toBe(0.5);
    expect(dept.funnel).toEqual(funnel(7, 7, 6, 4, 2));

    const committee: Stats = (await statsOf('slsecretary')).json();
    expect(committee.total).toBe(6);
    expect(committee.funnel).toEqual(funnel(6, 6, 6, 4, 2));

    const empty = await createCycle(t, '2024年度空批次');
    await insertApplication(t, { status: 'committee_review', reached: udc, cycleId: empty.id });
    const undecided: Stats = (await statsOf('bureauadmin', `?cycleId=${empty.id}`)).json();
    expect(undecided.passRate).toBeNull();
    expect(undecided.byCommittee[0]).toMatchObject({ total: 1, approved: 0, rejected: 0, passRate: null });
  });

  it('refuses applicants and units (403) and a cycleId that is not an id (400)', async () => {
    for (const username of ['unitadmin', 'applicant01'])
      expect((await statsOf(username)).statusCode).toBe(403);
    expect((await statsOf('bureauadmin', '?cycleId=nope')).statusCode).toBe(400);
  });
});
