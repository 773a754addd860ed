import { randomUUID } from 'node:crypto';
import { applicationEvents, applications, auditEvents } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inCommitteeReview } from './committee-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let secretary: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = (await loginOk(t.app, 'slsecretary')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const record = (payload: object, token = secretary, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/committee-results',
    headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
    payload,
  });
const detail = async (id: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: bearer(secretary) })
  ).json();
const timeline = async (id: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}/timeline`,
      headers: bearer(secretary),
    })
  ).json().items;
const eventsOf = (id: string) =>
  t.database.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));

describe('POST /committee-results (评审结果录入)', () => {
  it('records a meeting for three applications: the votes decide pass or fail, each its own transition', async () => {
    const [a, b, c] = [await inCommitteeReview(t), await inCommitteeReview(t), await inCommitteeReview(t)];
    const response = await record({
      meetingDate: '2026-11-20',
      present: 9,
      results: [
        { applicationId: a.id, for: 7, against: 1, abstain: 1 },
        { applicationId: b.id, for: 5, against: 3, abstain: 1, opinion: '  业绩成果不够突出  ' },
        { applicationId: c.id, for: 6, against: 3 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().results).toEqual([
      { id: a.id, ok: true, status: 'publicity', code: null, message: null },
      { id: b.id, ok: true, status: 'rejected', code: null, message: null },
      { id: c.id, ok: true, status: 'publicity', code: null, message: null },
    ]);
    expect(await detail(b.id)).toMatchObject({ status: 'rejected', outcome: 'committee_failed' });
    expect(await detail(c.id)).toMatchObject({ status: 'publicity' });

    expect((await timeline(a.id)).at(-1)).toMatchObject({
      action: 'committee_pass',
      actorRole: 'committee_secretary',
      votes: { present: 9, for: 7, against: 1, abstain: 1 },
      opinion: '评审会议（2026-11-20）表决：赞成 7 票，反对 1 票，弃权 1 票',
    });
    expect((await timeline(b.id)).at(-1)).toMatchObject({
      action: 'committee_fail',
      votes: { present: 9, for: 5, against: 3, abstain: 1 },
      opinion: '业绩成果不够突出',
    });
    expect((await timeline(c.id)).at(-1)).toMatchObject({
      action: 'committee_pass',
      votes: { present: 9, for: 6, against: 3, abstain: 0 },
    });
    // One audit event per application, as a single transition writes.
    for (const { id } of [a, b, c]) {
      const audits = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.targetId, id), eq(auditEvents.actorRole, 'committee_secretary')));
      expect(audits).toHaveLength(1);
    }
  });

  it('answers a refused row with its code and records the others', async () => {
    const open = await inCommitteeReview(t);
    const done = await inCommitteeReview(t);
    const quorate = await inCommitteeReview(t);
    await record({
      meetingDate: '2026-11-20',
      present: 9,
      results: [{ applicationId: done.id, for: 9, against: 0 }],
    });
    const missing = randomUUID();

    const [row] = await t.database.db
      .select({ committeeId: applications.committeeId })
      .from(applications)
      .where(eq(applications.id, open.id));
    const bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
    const patch = (expertCount: number | null) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/admin/committees/${row?.committeeId}`,
        headers: bearer(bureau),
        payload: { expertCount },
      });
    expect((await patch(9)).statusCode).toBe(200);
    try {
      const response = await record({
        meetingDate: '2026-11-21',
        present: 5,
        results: [
          { applicationId: done.id, for: 5, against: 0 },
          { applicationId: missing, for: 5, against: 0 },
          { applicationId: open.id, for: 5, against: 0 },
        ],
      });
      const results = response.json().results;
      expect(results.map((r: { code: string }) => r.code)).toEqual([
        'invalid_transition',
        'not_found',
        'quorum_not_met',
      ]);
      expect(results[2].message).toContain('9 人中至少 6 人');
      expect(await detail(open.id)).toMatchObject({ status: 'committee_review' });

      const ok = await record({
        meetingDate: '2026-11-21',
        present: 6,
        results: [{ applicationId: quorate.id, for: 4, against: 2 }],
      });
      expect(ok.json().results[0]).toMatchObject({ ok: true, status: 'publicity' });
    } finally {
      await patch(null);
    }
  });

  it('refuses the whole table with 400 when a row does not add up or repeats an application', async () => {
    const a = await inCommitteeReview(t);
    const b = await inCommitteeReview(t);
    const wrongSum = await record({
      meetingDate: '2026-11-20',
      present: 9,
      results: [
        { applicationId: a.id, for: 7, against: 2 },
        { applicationId: b.id, for: 7, against: 1 },
      ],
    });
    expect(wrongSum.statusCode).toBe(400);
    expect(wrongSum.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'results.1.for', message: '赞成、反对、弃权票数之和须等于出席专家人数' }],
    });
    const twice = await record({
      meetingDate: '2026-11-20',
      present: 9,
      results: [
        { applicationId: a.id, for: 7, against: 2 },
        { applicationId: a.id, for: 2, against: 7 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([
      { path: 'results.1.applicationId', message: '同一份申报只能录入一次' },
    ]);
    const noDate = await record({ present: 9, results: [{ applicationId: a.id, for: 9, against: 0 }] });
    expect(noDate.statusCode).toBe(400);
    expect((await eventsOf(a.id)).map((e) => e.action)).not.toContain('committee_pass');
    expect((await eventsOf(b.id)).map((e) => e.action)).not.toContain('committee_pass');
  });

  it('records a meeting once for a repeated Idempotency-Key', async () => {
    const a = await inCommitteeReview(t);
    const body = {
      meetingDate: '2026-11-20',
      present: 9,
      results: [{ applicationId: a.id, for: 8, against: 1 }],
    };
    const first = await record(body, secretary, 'meeting-once');
    const again = await record(body, secretary, 'meeting-once');
    expect(first.json().results[0]).toMatchObject({ ok: true, status: 'publicity' });
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await eventsOf(a.id)).filter((e) => e.action === 'committee_pass')).toHaveLength(1);
  });

  it('is for the committee secretary only', async () => {
    const a = await inCommitteeReview(t);
    const body = {
      meetingDate: '2026-11-20',
      present: 9,
      results: [{ applicationId: a.id, for: 9, against: 0 }],
    };
    for (const username of ['swjreviewer', 'unitadmin', 'bureauadmin']) {
      const token = (await loginOk(t.app, username)).accessToken;
      expect((await record(body, token)).statusCode).toBe(403);
    }
    expect(await detail(a.id)).toMatchObject({ status: 'committee_review' });
  });
});
