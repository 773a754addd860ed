import { chinaDate } from '@zhicheng/contracts';
import {
  applicationEvents,
  auditEvents,
  domainEvents,
  publicityWindowApplications,
  publicityWindows,
  reviewCycles,
  users,
} from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createCompleteApplication,
  createForeignUnitAdmin,
  recordUnitPublicity,
} from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;
/** A fresh token: some tests move the clock past the access tokens' lifetime. */
const as = async (username: string) => (await loginOk(t.app, username)).accessToken;
const send = (token: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, key?: string) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
    ...(payload ? { payload } : {}),
  });
const act = (token: string, id: string, body: Record<string, unknown>) =>
  send(token, 'POST', `/applications/${id}/transitions`, body);
const statusOf = async (id: string) =>
  (await send(await as('bureauadmin'), 'GET', `/applications/${id}`)).json();
const dayOffset = (days: number) => chinaDate(new Date(t.clock.now().getTime() + days * DAY));
const windowsOf = (id: string) =>
  t.database.db
    .select()
    .from(publicityWindowApplications)
    .where(eq(publicityWindowApplications.applicationId, id));

/** An application of the demo unit, submitted and (by default) taken into the unit's review. */
async function application(until: 'submitted' | 'unit_review' = 'unit_review') {
  const { token, userId } = await createAccount(t);
  const draft = await createCompleteApplication(t, token, userId);
  expect((await act(token, draft.id, { action: 'submit' })).statusCode).toBe(200);
  if (until === 'unit_review') {
    expect((await act(await as('unitadmin'), draft.id, { action: 'start_review' })).statusCode).toBe(200);
  }
  return { id: draft.id, applicant: token, cycleId: draft.cycleId };
}

describe('the unit approves only after its 单位公示', () => {
  it('refuses approve without a window (409 publicity_required) and writes nothing', async () => {
    const unit = await as('unitadmin');
    const { id } = await application();
    const refused = await act(unit, id, { action: 'approve' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'publicity_required' });
    expect(refused.json().detail).toContain('须先完成不少于5个工作日的单位公示');
    expect((await statusOf(id)).status).toBe('unit_review');
    const events = await t.database.db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.action, 'approve')));
    expect(events).toEqual([]);
  });

  it('does not count a window too short or of the result stage (recorded by other means)', async () => {
    const unit = await as('unitadmin');
    const { id } = await application();
    const [admin] = await t.database.db.select().from(users).where(eq(users.username, 'unitadmin'));
    for (const values of [
      { stage: 'unit' as const, workingDays: 3 },
      { stage: 'result' as const, workingDays: 10 },
    ]) {
      const [w] = await t.database.db
        .insert(publicityWindows)
        .values({ ...values, startsOn: dayOffset(-30), endsOn: dayOffset(-20), createdBy: admin?.id ?? '' })
        .returning();
      await t.database.db
        .insert(publicityWindowApplications)
        .values({ windowId: w?.id ?? '', applicationId: id });
    }
    expect((await act(unit, id, { action: 'approve' })).json().code).toBe('publicity_required');
  });

  it('refuses approve while the window runs (publicity_not_ended, naming its end) and allows it after', async () => {
    const { id } = await application();
    const endsOn = dayOffset(0);
    const created = await send(await as('unitoperator'), 'POST', '/publicity', {
      stage: 'unit',
      applicationIds: [id],
      startsOn: dayOffset(-10),
      endsOn,
      note: '单位公告栏',
    });
    expect(created.statusCode, created.body).toBe(201);
    const window = created.json();
    const running = await act(await as('unitadmin'), id, { action: 'approve' });
    expect(running.statusCode).toBe(409);
    expect(running.json()).toMatchObject({ code: 'publicity_not_ended', endsOn });
    expect(running.json().detail).toContain(endsOn);
    expect((await statusOf(id)).status).toBe('unit_review');

    // Past midnight in China time the last day is over.
    const now = t.clock.now().getTime();
    const chinaMidnight = (Math.floor((now + 8 * 3600_000) / DAY) + 1) * DAY - 8 * 3600_000;
    t.clock.advance(chinaMidnight - now + 60_000);
    const approved = await act(await as('unitadmin'), id, { action: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('dept_review');
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'application.approve')));
    expect(audit?.details).toMatchObject({
      from: 'unit_review',
      to: 'dept_review',
      unitPublicity: window.id,
    });
  });

  it('lets the department approve without any gate once the unit did', async () => {
    const unit = await as('unitadmin');
    const { id } = await application();
    await recordUnitPublicity(t, unit, [id]);
    expect((await act(unit, id, { action: 'approve' })).statusCode).toBe(200);
    const dept = await act(await as('swjreviewer'), id, { action: 'approve' });
    expect(dept.statusCode, dept.body).toBe(200);
    expect(dept.json().status).toBe('committee_review');
  });

  it('allows approve without a window when the cycle does not require unit publicity', async () => {
    const { id, cycleId } = await application();
    const bureau = await as('bureauadmin');
    const off = await send(bureau, 'PATCH', `/admin/cycles/${cycleId}`, { unitPublicityRequired: false });
    expect(off.statusCode, off.body).toBe(200);
    try {
      const approved = await act(await as('unitadmin'), id, { action: 'approve' });
      expect(approved.statusCode, approved.body).toBe(200);
      const [audit] = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'application.approve')));
      expect(audit?.details).toMatchObject({ unitPublicity: 'not_required' });
    } finally {
      await t.database.db
        .update(reviewCycles)
        .set({ unitPublicityRequired: true })
        .where(eq(reviewCycles.id, cycleId));
    }
    const { id: next } = await application();
    expect((await act(await as('unitadmin'), next, { action: 'approve' })).json().code).toBe(
      'publicity_required',
    );
  });
});

describe('POST /publicity', () => {
  const body = (ids: string[], stage: 'unit' | 'result' = 'unit') => ({
    stage,
    applicationIds: ids,
    startsOn: dayOffset(-14),
    endsOn: dayOffset(-1),
  });

  it('records one window over several applications, audited, and lists it on each', async () => {
    const unit = await as('unitadmin');
    const a = await application();
    const b = await application();
    const created = await send(unit, 'POST', '/publicity', body([a.id, b.id, a.id]));
    expect(created.statusCode, created.body).toBe(201);
    const window = created.json();
    expect(window).toMatchObject({ stage: 'unit', applicationIds: [a.id, b.id], note: null });
    expect(window.workingDays).toBeGreaterThanOrEqual(5);

    for (const who of [unit, a.applicant, await as('bureauadmin')]) {
      const listed = await send(who, 'GET', `/applications/${a.id}/publicity`);
      expect(listed.statusCode).toBe(200);
      expect(listed.json().items).toEqual([{ ...window, applicationIds: [a.id] }]);
    }
    const foreign = await createForeignUnitAdmin(t);
    expect((await send(foreign.token, 'GET', `/applications/${a.id}/publicity`)).statusCode).toBe(404);
    // The department has not received it yet.
    expect((await send(await as('swjreviewer'), 'GET', `/applications/${a.id}/publicity`)).statusCode).toBe(
      404,
    );
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, window.id));
    expect(audit).toMatchObject({ action: 'publicity.created', targetType: 'publicity_window' });
    expect(audit?.details).toMatchObject({ stage: 'unit', applicationIds: [a.id, b.id] });
  });

  it('times the window and its publicity.window_recorded event by the app’s clock, as transitions are', async () => {
    // Three days ahead of the database's clock: a time taken from now() would show.
    t.clock.advance(3 * DAY);
    const unit = await as('unitadmin');
    const { id } = await application();
    const created = await send(unit, 'POST', '/publicity', body([id]));
    expect(created.statusCode, created.body).toBe(201);
    const window = created.json();
    expect(window.createdAt).toBe(t.clock.now().toISOString());
    const recorded = (
      await t.database.db
        .select()
        .from(domainEvents)
        .where(eq(domainEvents.type, 'publicity.window_recorded'))
    ).filter((e) => (e.data as { windowId?: string }).windowId === window.id);
    expect(recorded.map((e) => e.occurredAt.toISOString())).toEqual([t.clock.now().toISOString()]);
  });

  it('answers 404 for an application outside the scope and records nothing for the others', async () => {
    const own = await application();
    const foreign = await createForeignUnitAdmin(t);
    const foreignApplicant = await createAccount(t, 'applicant', foreign.unitId);
    const theirs = await createCompleteApplication(t, foreignApplicant.token, foreignApplicant.userId);
    await act(foreignApplicant.token, theirs.id, { action: 'submit' });
    await act(foreign.token, theirs.id, { action: 'start_review' });

    const mixed = await send(await as('unitadmin'), 'POST', '/publicity', body([own.id, theirs.id]));
    expect(mixed.statusCode).toBe(404);
    expect(mixed.json().code).toBe('not_found');
    const fromOutside = await send(foreign.token, 'POST', '/publicity', body([own.id]));
    expect(fromOutside.statusCode).toBe(404);
    const madeUp = await send(
      foreign.token,
      'POST',
      '/publicity',
      body(['00000000-0000-4000-8000-000000000000']),
    );
    const { requestId: _a, detail: _d1, ...a } = fromOutside.json();
    const { requestId: _b, detail: _d2, ...b } = madeUp.json();
    expect(a).toEqual(b);
    expect(await windowsOf(own.id)).toEqual([]);
    expect(await windowsOf(theirs.id)).toEqual([]);
  });

  it('answers 409 naming an application in another status, all or nothing', async () => {
    const ready = await application();
    const waiting = await application('submitted');
    const refused = await send(await as('unitadmin'), 'POST', '/publicity', body([ready.id, waiting.id]));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'invalid_transition', applicationIds: [waiting.id] });
    expect(refused.json().detail).toContain('待单位审核');
    expect(refused.json().detail).toContain('单位审核中');
    expect(await windowsOf(ready.id)).toEqual([]);
  });

  it('lets each stage be run by its own reviewer only (403 otherwise)', async () => {
    const { id } = await application();
    const dept = await send(await as('swjreviewer'), 'POST', '/publicity', body([id], 'unit'));
    expect(dept.statusCode).toBe(403);
    expect(dept.json().detail).toContain('单位公示由申报人所在单位');
    const unit = await send(await as('unitadmin'), 'POST', '/publicity', body([id], 'result'));
    expect(unit.statusCode).toBe(403);
    for (const username of ['applicant01', 'slsecretary', 'bureauadmin']) {
      expect((await send(await as(username), 'POST', '/publicity', body([id]))).statusCode).toBe(403);
    }
    expect(await windowsOf(id)).toEqual([]);
  });

  it('runs the result publicity (评审结果公示) by the department on applications in publicity', async () => {
    const unit = await as('unitadmin');
    const dept = await as('swjreviewer');
    const { id } = await application();
    await recordUnitPublicity(t, unit, [id]);
    await act(unit, id, { action: 'approve' });
    const early = await send(dept, 'POST', '/publicity', body([id], 'result'));
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('部门审核中');
    await act(dept, id, { action: 'approve' });
    const passed = await act(await as('slsecretary'), id, {
      action: 'committee_pass',
      votes: { present: 11, for: 9, against: 1, abstain: 1 },
    });
    expect(passed.json().status).toBe('publicity');
    const created = await send(dept, 'POST', '/publicity', body([id], 'result'));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ stage: 'result', applicationIds: [id] });
    const listed = (await send(dept, 'GET', `/applications/${id}/publicity`)).json().items;
    expect(listed.map((w: { stage: string }) => w.stage)).toEqual(['unit', 'result']);
  });

  it('records a window once for a repeated Idempotency-Key', async () => {
    const unit = await as('unitadmin');
    const { id } = await application();
    const first = await send(unit, 'POST', '/publicity', body([id]), 'publicity-once');
    const again = await send(unit, 'POST', '/publicity', body([id]), 'publicity-once');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await windowsOf(id)).toHaveLength(1);
  });

  it('refuses a window ending before it starts and an empty list (400)', async () => {
    const unit = await as('unitadmin');
    const { id } = await application();
    const backwards = await send(unit, 'POST', '/publicity', {
      stage: 'unit',
      applicationIds: [id],
      startsOn: dayOffset(-1),
      endsOn: dayOffset(-3),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'endsOn' })]);
    expect((await send(unit, 'POST', '/publicity', body([]))).statusCode).toBe(400);
    expect(await windowsOf(id)).toEqual([]);
  });
});
