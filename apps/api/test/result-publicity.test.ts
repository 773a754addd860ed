import { applicationEvents, applications, auditEvents } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication, recordUnitPublicity } from './application-factory.js';
import { inCommitteeReview, passingVotes, recordResultPublicity } from './committee-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;
/** A fresh token: the clock moves past the access tokens' lifetime here. */
const as = async (username: string) => (await loginOk(t.app, username)).accessToken;
const act = async (token: string, id: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/transitions`,
    headers: bearer(token),
    payload: body,
  });
const statusOf = async (id: string) => {
  const [row] = await t.database.db
    .select({ status: applications.status, outcome: applications.outcome, version: applications.version })
    .from(applications)
    .where(eq(applications.id, id));
  return row;
};

/** An application the committee passed, now in publicity (评审结果公示 not yet run). */
async function inPublicity() {
  const { id, applicant } = await inCommitteeReview(t);
  const passed = await act(await as('slsecretary'), id, { action: 'committee_pass', votes: passingVotes });
  expect(passed.json().status).toBe('publicity');
  return { id, applicant };
}

describe('publicity_pass / publicity_fail wait for the result publicity (评审结果公示)', () => {
  it('refuses publicity_pass without a result window (the unit one does not count), 409 publicity_required', async () => {
    const { id } = await inPublicity();
    const before = await statusOf(id);
    const refused = await act(await as('swjreviewer'), id, { action: 'publicity_pass' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'publicity_required',
      detail: '须先完成不少于5个工作日的评审结果公示，公示期满后才能办理公示结果',
    });
    expect(await statusOf(id)).toEqual(before);
  });

  it('refuses while the window runs (409 publicity_not_ended with its end) and allows after it ended', async () => {
    const { id } = await inPublicity();
    const dept = await as('swjreviewer');
    const window = await recordResultPublicity(t, dept, [id], { fromDays: -2, toDays: 12 });
    const before = await statusOf(id);
    for (const body of [
      { action: 'publicity_pass' },
      { action: 'publicity_fail', opinion: '公示期间收到异议' },
    ]) {
      const running = await act(dept, id, body);
      expect(running.statusCode).toBe(409);
      expect(running.json()).toMatchObject({
        code: 'publicity_not_ended',
        endsOn: window.endsOn,
        detail: `评审结果公示于${window.endsOn}结束，公示期满后才能办理公示结果`,
      });
    }
    expect(await statusOf(id)).toEqual(before);
    // The department's list row carries the window (公示管理 reads no window per row).
    const rowOf = async () => {
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/v1/applications?status=publicity&limit=100',
        headers: bearer(await as('swjreviewer')),
      });
      return list.json().items.find((row: { id: string }) => row.id === id);
    };
    expect((await rowOf()).resultPublicity).toEqual({
      startsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      endsOn: window.endsOn,
      workingDays: window.workingDays,
      ended: false,
    });

    // The last day still counts (China time); the day after, the department may decide.
    t.clock.advance(12 * DAY);
    expect((await act(await as('swjreviewer'), id, { action: 'publicity_pass' })).statusCode).toBe(409);
    t.clock.advance(DAY);
    expect((await rowOf()).resultPublicity).toMatchObject({ endsOn: window.endsOn, ended: true });
    const passed = await act(await as('swjreviewer'), id, { action: 'publicity_pass' });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json()).toMatchObject({ status: 'approved', outcome: null });
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'application.publicity_pass')));
    expect(audit?.details).toMatchObject({ from: 'publicity', to: 'approved', resultPublicity: window.id });
  });

  it('needs an opinion on publicity_fail (400) and ends it rejected as publicity_failed', async () => {
    const { id } = await inPublicity();
    const dept = await as('swjreviewer');
    await recordResultPublicity(t, dept, [id]);
    for (const body of [{ action: 'publicity_fail' }, { action: 'publicity_fail', opinion: '   ' }]) {
      const refused = await act(dept, id, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'opinion' })]);
    }
    const failed = await act(dept, id, {
      action: 'publicity_fail',
      opinion: '公示期间收到实名举报，经核实属实',
    });
    expect(failed.json()).toMatchObject({ status: 'rejected', outcome: 'publicity_failed' });
    const [event] = await t.database.db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.action, 'publicity_fail')));
    expect(event?.opinion).toBe('公示期间收到实名举报，经核实属实');
  });

  it('is the department’s: the committee and the unit cannot close the publicity', async () => {
    const { id } = await inPublicity();
    await recordResultPublicity(t, await as('swjreviewer'), [id]);
    for (const username of ['slsecretary', 'unitadmin']) {
      const refused = await act(await as(username), id, { action: 'publicity_pass' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('invalid_transition');
    }
    expect((await statusOf(id))?.status).toBe('publicity');
  });
});

describe('the whole path to 评审通过', () => {
  it('goes from a draft through the unit, the department, the meeting and the result publicity to approved', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    const unit = await as('unitadmin');
    const dept = await as('swjreviewer');
    const secretary = await as('slsecretary');
    expect((await act(token, draft.id, { action: 'submit' })).json().status).toBe('submitted');
    expect((await act(unit, draft.id, { action: 'start_review' })).json().status).toBe('unit_review');
    await recordUnitPublicity(t, unit, [draft.id]);
    expect((await act(unit, draft.id, { action: 'approve' })).json().status).toBe('dept_review');
    expect((await act(dept, draft.id, { action: 'approve' })).json().status).toBe('committee_review');

    const meeting = await t.app.inject({
      method: 'POST',
      url: '/api/v1/committee-results',
      headers: bearer(secretary),
      payload: {
        meetingDate: '2026-11-20',
        present: 9,
        results: [{ applicationId: draft.id, for: 8, against: 1, abstain: 0 }],
      },
    });
    expect(meeting.json().results).toEqual([
      { id: draft.id, ok: true, status: 'publicity', code: null, message: null },
    ]);
    expect((await act(dept, draft.id, { action: 'publicity_pass' })).statusCode).toBe(409);
    await recordResultPublicity(t, dept, [draft.id]);
    expect((await act(dept, draft.id, { action: 'publicity_pass' })).json()).toMatchObject({
      status: 'approved',
      outcome: null,
    });

    const mine = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${draft.id}`,
      headers: bearer(token),
    });
    expect(mine.json()).toMatchObject({ status: 'approved' });
    const timeline = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${draft.id}/timeline`,
      headers: bearer(token),
    });
    const items = timeline.json().items;
    expect(items.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'start_review',
      'approve',
      'approve',
      'committee_pass',
      'publicity_pass',
    ]);
    expect(items[4]).toMatchObject({
      votes: { present: 9, for: 8, against: 1, abstain: 0 },
      opinion: '评审会议（2026-11-20）表决：赞成 8 票，反对 1 票，弃权 0 票',
    });
    expect(items.filter((e: { votes: unknown }) => e.votes !== null)).toHaveLength(1);
  });
});
