import { applicationEvents, applications, auditEvents } from '@zhicheng/db';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inCommitteeReview } from './committee-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let secretary: string;
let bureau: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = (await loginOk(t.app, 'slsecretary')).accessToken;
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const send = (token: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });
const act = (id: string, body: Record<string, unknown>) =>
  send(secretary, 'POST', `/applications/${id}/transitions`, body);
const committeeOf = async (id: string) => {
  const [row] = await t.database.db
    .select({ committeeId: applications.committeeId })
    .from(applications)
    .where(eq(applications.id, id));
  if (!row) throw new Error('no application');
  return row.committeeId;
};
/** What a refused transition must leave untouched: the status, its review records and its audit. */
const stateOf = async (id: string) => {
  const [row] = await t.database.db
    .select({ status: applications.status, version: applications.version })
    .from(applications)
    .where(eq(applications.id, id));
  const events = await t.database.db
    .select({ action: applicationEvents.action })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, id));
  const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, id));
  return { ...row, events: events.length, audits: audits.length };
};

describe('the vote rules on the committee result', () => {
  it('refuses committee_pass below 2/3 of those present with 422 votes_not_passing, changing nothing', async () => {
    const { id } = await inCommitteeReview(t);
    const before = await stateOf(id);
    const refused = await act(id, {
      action: 'committee_pass',
      votes: { present: 9, for: 5, against: 3, abstain: 1 },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'votes_not_passing',
      detail: '评审通过须经出席专家三分之二以上同意（9 人出席至少 6 票赞成），本次赞成 5 票',
      errors: [{ path: 'votes.for', message: expect.stringContaining('至少 6 票赞成') }],
    });
    expect(await stateOf(id)).toEqual(before);
    expect(before.status).toBe('committee_review');

    const exactly = await act(id, { action: 'committee_pass', votes: { present: 9, for: 6, against: 3 } });
    expect(exactly.json().status).toBe('publicity');
  });

  it('refuses committee_fail when the votes pass (422 votes_passing) and records a fail that the votes decide', async () => {
    const { id } = await inCommitteeReview(t);
    const before = await stateOf(id);
    const refused = await act(id, {
      action: 'committee_fail',
      opinion: '业绩不足',
      votes: { present: 10, for: 7, against: 3, abstain: 0 },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'votes_passing', errors: [{ path: 'votes.for' }] });
    expect(await stateOf(id)).toEqual(before);

    const failed = await act(id, { action: 'committee_fail', votes: { present: 10, for: 6, against: 4 } });
    expect(failed.json()).toMatchObject({ status: 'rejected', outcome: 'committee_failed' });
    const timeline = (await send(secretary, 'GET', `/applications/${id}/timeline`)).json().items;
    expect(timeline.at(-1)).toMatchObject({
      action: 'committee_fail',
      votes: { present: 10, for: 6, against: 4, abstain: 0 },
    });
  });

  it('needs the votes with present, summing to it (400 on the request)', async () => {
    const { id } = await inCommitteeReview(t);
    const before = await stateOf(id);
    const none = await act(id, { action: 'committee_pass' });
    expect(none.statusCode).toBe(400);
    const noPresent = await act(id, { action: 'committee_pass', votes: { for: 9, against: 0, abstain: 0 } });
    expect(noPresent.statusCode).toBe(400);
    expect(noPresent.json().errors).toEqual([expect.objectContaining({ path: 'votes.present' })]);
    const wrongSum = await act(id, {
      action: 'committee_pass',
      votes: { present: 9, for: 8, against: 2, abstain: 0 },
    });
    expect(wrongSum.statusCode).toBe(400);
    expect(wrongSum.json().errors).toEqual([
      { path: 'votes.present', message: '赞成、反对、弃权票数之和须等于出席专家人数' },
    ]);
    expect(await stateOf(id)).toEqual(before);
  });

  it("applies the quorum from the committee's expert count and refuses more present than experts", async () => {
    const { id } = await inCommitteeReview(t);
    const committeeId = await committeeOf(id);
    expect(
      (await send(bureau, 'PATCH', `/admin/committees/${committeeId}`, { expertCount: 15 })).statusCode,
    ).toBe(200);
    try {
      // The secretary's own /me carries the count (only the bureau may list the committees).
      expect((await send(secretary, 'GET', '/me')).json().committee).toMatchObject({
        id: committeeId,
        expertCount: 15,
      });
      const before = await stateOf(id);
      const short = await act(id, {
        action: 'committee_pass',
        votes: { present: 9, for: 9, against: 0, abstain: 0 },
      });
      expect(short.statusCode).toBe(422);
      expect(short.json()).toMatchObject({
        code: 'quorum_not_met',
        errors: [{ path: 'votes.present', message: expect.stringContaining('15 人中至少 10 人') }],
      });
      const tooMany = await act(id, {
        action: 'committee_fail',
        votes: { present: 16, for: 1, against: 15, abstain: 0 },
      });
      expect(tooMany.statusCode).toBe(422);
      expect(tooMany.json()).toMatchObject({
        code: 'present_exceeds_experts',
        errors: [{ path: 'votes.present' }],
      });
      expect(await stateOf(id)).toEqual(before);

      const quorate = await act(id, {
        action: 'committee_pass',
        votes: { present: 10, for: 7, against: 2, abstain: 1 },
      });
      expect(quorate.json().status).toBe('publicity');
      const [audit] = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'application.committee_pass')));
      expect(audit?.details).toMatchObject({ from: 'committee_review', to: 'publicity', expertCount: 15 });
    } finally {
      await send(bureau, 'PATCH', `/admin/committees/${committeeId}`, { expertCount: null });
    }
  });
});

describe("committees' expert count (评委会专家总数)", () => {
  const listed = async (code: string) => {
    const list = (await send(bureau, 'GET', '/admin/committees')).json().items;
    const catalogue = (await send(bureau, 'GET', '/admin/catalog')).json().committees;
    const inList = list.find((c: { code: string }) => c.code === code);
    const inCatalogue = catalogue.find((c: { code: string }) => c.code === code);
    return { list: inList?.expertCount, catalogue: inCatalogue?.expertCount };
  };

  it('is set on create, changed and cleared (null) on update, listed and audited', async () => {
    const catalogue = (await send(bureau, 'GET', '/admin/catalog')).json();
    const series = catalogue.series[0];
    const departmentId = (await send(bureau, 'POST', '/admin/departments', { name: '专家数测试部门' })).json()
      .id;
    const base = {
      name: '专家数测试评委会',
      departmentId,
      seriesId: series.id,
      levels: ['中级'],
      specialtyIds: [],
      pilot: false,
    };

    const created = await send(bureau, 'POST', '/admin/committees', {
      ...base,
      code: 'EXP-9',
      expertCount: 9,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(await listed('EXP-9')).toEqual({ list: 9, catalogue: 9 });

    expect((await send(bureau, 'PATCH', `/admin/committees/${id}`, { expertCount: 21 })).statusCode).toBe(
      200,
    );
    expect(await listed('EXP-9')).toEqual({ list: 21, catalogue: 21 });
    // Another field's edit leaves it alone; null clears it.
    expect((await send(bureau, 'PATCH', `/admin/committees/${id}`, { pilot: true })).statusCode).toBe(200);
    expect(await listed('EXP-9')).toEqual({ list: 21, catalogue: 21 });
    expect((await send(bureau, 'PATCH', `/admin/committees/${id}`, { expertCount: null })).statusCode).toBe(
      200,
    );
    expect(await listed('EXP-9')).toEqual({ list: null, catalogue: null });

    const without = await send(bureau, 'POST', '/admin/committees', {
      ...base,
      name: '无专家数评委会',
      code: 'EXP-0',
    });
    expect(without.statusCode).toBe(201);
    expect(await listed('EXP-0')).toEqual({ list: null, catalogue: null });

    // In the order written (ids are a sequence; rows may share a timestamp).
    const audits = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, id))
      .orderBy(asc(auditEvents.id));
    expect(audits.map((a) => a.action)).toEqual([
      'catalog.committee_created',
      'catalog.committee_updated',
      'catalog.committee_updated',
      'catalog.committee_updated',
    ]);
  });

  it('refuses a count below 1 or not whole (400 on expertCount)', async () => {
    const committees = (await send(bureau, 'GET', '/admin/committees')).json().items;
    for (const expertCount of [0, -3, 7.5]) {
      const refused = await send(bureau, 'PATCH', `/admin/committees/${committees[0].id}`, { expertCount });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].path).toBe('expertCount');
    }
    expect(
      (await send(secretary, 'PATCH', `/admin/committees/${committees[0].id}`, { expertCount: 9 }))
        .statusCode,
    ).toBe(403);
  });
});
