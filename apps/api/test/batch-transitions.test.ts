import { applicationEvents, auditEvents } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createCompleteApplication,
  createForeignUnitAdmin,
  recordUnitPublicity,
} from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let unit: string;
let operator: string;
let dept: string;
let bureau: string;

beforeAll(async () => {
  t = await createTestApp();
  unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  operator = (await loginOk(t.app, 'unitoperator')).accessToken;
  dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const act = (token: string, id: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/transitions`,
    headers: bearer(token),
    payload: body,
  });
const batch = (token: string, payload: Record<string, unknown>, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/applications/batch-transitions',
    headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
    payload,
  });
const current = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: bearer(bureau) })).json();
const eventsOf = (id: string) =>
  t.database.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));

/** An application submitted to `unitToken`'s unit, taken into review unless `until` says otherwise. */
async function application(until: 'submitted' | 'unit_review' = 'unit_review', who = { unit, unitId: '' }) {
  const { token, userId } = await createAccount(t, 'applicant', who.unitId || undefined);
  const draft = await createCompleteApplication(t, token, userId);
  expect((await act(token, draft.id, { action: 'submit' })).statusCode).toBe(200);
  if (until === 'unit_review')
    expect((await act(who.unit, draft.id, { action: 'start_review' })).statusCode).toBe(200);
  return draft.id;
}

describe('POST /applications/batch-transitions', () => {
  it('approves what it may and says per row why not; the refused rows are unchanged', async () => {
    const ready = await application();
    await recordUnitPublicity(t, unit, [ready]);
    const notYetReviewed = await application('submitted');
    const withoutPublicity = await application();
    const foreign = await createForeignUnitAdmin(t);
    const foreignId = await application('unit_review', { unit: foreign.token, unitId: foreign.unitId });
    const before = await Promise.all([notYetReviewed, withoutPublicity, foreignId].map(current));
    const eventsBefore = await Promise.all([notYetReviewed, withoutPublicity, foreignId].map(eventsOf));

    const response = await batch(unit, {
      action: 'approve',
      applicationIds: [ready, notYetReviewed, foreignId, withoutPublicity, ready],
      opinion: '同意推荐',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().results).toEqual([
      { id: ready, ok: true, status: 'dept_review', code: null, message: null },
      {
        id: notYetReviewed,
        ok: false,
        status: null,
        code: 'invalid_transition',
        message: expect.any(String),
      },
      { id: foreignId, ok: false, status: null, code: 'not_found', message: '没有找到该申报' },
      {
        id: withoutPublicity,
        ok: false,
        status: null,
        code: 'publicity_required',
        message: expect.stringContaining('单位公示'),
      },
    ]);
    expect(response.json().results[1].message).toContain('待单位审核');

    expect((await current(ready)).status).toBe('dept_review');
    const after = await Promise.all([notYetReviewed, withoutPublicity, foreignId].map(current));
    expect(after).toEqual(before);
    expect(await Promise.all([notYetReviewed, withoutPublicity, foreignId].map(eventsOf))).toEqual(
      eventsBefore,
    );
    // Each approval is its own transition, with its own review record and audit event.
    const [approval] = (await eventsOf(ready)).filter((e) => e.action === 'approve');
    expect(approval).toMatchObject({ opinion: '同意推荐', actorRole: 'unit_admin' });
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, ready));
    expect(audits.filter((a) => a.action === 'application.approve')).toHaveLength(1);
  });

  it('returns several applications with one notice, and the department approves in a batch', async () => {
    const [a, b] = [await application(), await application()];
    const missingOpinion = await batch(operator, { action: 'return', applicationIds: [a, b] });
    expect(missingOpinion.statusCode).toBe(400);
    const returned = await batch(operator, {
      action: 'return',
      applicationIds: [a, b],
      opinion: '请补充继续教育证明',
      sections: ['workHistory'],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().results.map((r: { status: string }) => r.status)).toEqual([
      'returned',
      'returned',
    ]);

    const [c, d] = [await application(), await application()];
    await recordUnitPublicity(t, unit, [c, d]);
    expect((await batch(unit, { action: 'approve', applicationIds: [c, d] })).statusCode).toBe(200);
    const approved = await batch(dept, { action: 'approve', applicationIds: [c, d] });
    expect(approved.json().results.map((r: { ok: boolean; status: string }) => [r.ok, r.status])).toEqual([
      [true, 'committee_review'],
      [true, 'committee_review'],
    ]);
    // The department cannot start a unit review: a row result, not a failure of the batch.
    const e = await application('submitted');
    const wrongStage = await batch(dept, { action: 'start_review', applicationIds: [e] });
    expect(wrongStage.statusCode).toBe(200);
    expect(wrongStage.json().results[0]).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('replays a repeated Idempotency-Key and is refused to other roles', async () => {
    const id = await application('submitted');
    const first = await batch(unit, { action: 'start_review', applicationIds: [id] }, 'batch-once');
    const again = await batch(unit, { action: 'start_review', applicationIds: [id] }, 'batch-once');
    expect(first.json().results[0]).toMatchObject({ ok: true, status: 'unit_review' });
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await eventsOf(id)).toHaveLength(2);

    for (const username of ['applicant01', 'slsecretary', 'bureauadmin']) {
      const token = (await loginOk(t.app, username)).accessToken;
      expect((await batch(token, { action: 'start_review', applicationIds: [id] })).statusCode).toBe(403);
    }
  });
});

describe('concurrent decisions', () => {
  it('lets one of two concurrent approvals of the same application win; the other gets 409', async () => {
    const id = await application();
    await recordUnitPublicity(t, unit, [id]);
    const responses = await Promise.all([
      act(unit, id, { action: 'approve' }),
      act(operator, id, { action: 'approve' }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.statusCode === 409);
    expect(['conflict', 'invalid_transition']).toContain(loser?.json().code);
    expect((await eventsOf(id)).filter((e) => e.action === 'approve')).toHaveLength(1);
    expect((await current(id)).status).toBe('dept_review');
  });

  it('lets a batch and a single approval race without approving twice', async () => {
    const id = await application();
    await recordUnitPublicity(t, unit, [id]);
    const [single, many] = await Promise.all([
      act(operator, id, { action: 'approve' }),
      batch(unit, { action: 'approve', applicationIds: [id] }),
    ]);
    const batchOk = many.json().results[0].ok as boolean;
    expect([single.statusCode === 200, batchOk].filter(Boolean)).toHaveLength(1);
    expect((await eventsOf(id)).filter((e) => e.action === 'approve')).toHaveLength(1);
  });
});
