import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication, recordUnitPublicity } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// Who sees an application along the review chain: a reviewer from the moment it reached them, whatever
// its status since, and never one stopped before it (domain.md, status machine).
let t: TestApp;
let unit: string;
let dept: string;
let committee: string;

beforeAll(async () => {
  t = await createTestApp();
  unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
  committee = (await loginOk(t.app, 'slsecretary')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const act = (id: string, token: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/transitions`,
    headers: bearer(token),
    payload: body,
  });
const status = (id: string, token: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: bearer(token) });
const listed = async (id: string, token: string) => {
  const list = await t.app.inject({
    method: 'GET',
    url: '/api/v1/applications?limit=100',
    headers: bearer(token),
  });
  return list.json().items.some((a: { id: string }) => a.id === id);
};
/** Whether the unit, department and committee each see it, by id and in their lists. */
async function seenBy(id: string) {
  const seen: Record<string, boolean> = {};
  for (const [who, token] of [
    ['unit', unit],
    ['department', dept],
    ['committee', committee],
  ] as const) {
    const byId = (await status(id, token)).statusCode === 200;
    expect(await listed(id, token), `${who}: list agrees with the detail`).toBe(byId);
    seen[who] = byId;
  }
  return seen;
}

async function inUnitReview() {
  const { token, userId } = await createAccount(t);
  const draft = await createCompleteApplication(t, token, userId);
  expect((await act(draft.id, token, { action: 'submit' })).statusCode).toBe(200);
  expect((await act(draft.id, unit, { action: 'start_review' })).statusCode).toBe(200);
  // 单位公示 ended, so the unit may approve; rejecting or returning needs none.
  await recordUnitPublicity(t, unit, [draft.id]);
  return { id: draft.id, applicant: token };
}

describe('visibility along the review chain', () => {
  it('hides a draft from every reviewer, and a withdrawn one from the unit again', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    expect(await seenBy(draft.id)).toEqual({ unit: false, department: false, committee: false });
    await act(draft.id, token, { action: 'submit' });
    expect(await seenBy(draft.id)).toEqual({ unit: true, department: false, committee: false });
    await act(draft.id, token, { action: 'withdraw' });
    expect(await seenBy(draft.id)).toEqual({ unit: false, department: false, committee: false });
  });

  it('never shows the department or committee an application the unit rejected', async () => {
    const { id } = await inUnitReview();
    const rejected = await act(id, unit, { action: 'reject', opinion: '不符合申报条件' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', outcome: 'unit_rejected' });
    expect(await seenBy(id)).toEqual({ unit: true, department: false, committee: false });
  });

  it('lets the department return an application and keep seeing it while the applicant corrects it', async () => {
    const { id, applicant } = await inUnitReview();
    await act(id, unit, { action: 'approve' });
    expect(await seenBy(id)).toEqual({ unit: true, department: true, committee: false });

    const returned = await act(id, dept, { action: 'return', opinion: '继续教育学时证明不清晰' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', allowedActions: [] });
    expect(await seenBy(id)).toEqual({ unit: true, department: true, committee: false });

    // Resubmitted, it waits for the unit again; the department still has it in its history.
    expect((await act(id, applicant, { action: 'submit' })).json().status).toBe('submitted');
    expect(await seenBy(id)).toEqual({ unit: true, department: true, committee: false });
  });

  it('shows the committee an application from committee review on, through to its result', async () => {
    const { id } = await inUnitReview();
    await act(id, unit, { action: 'approve' });
    const rejected = await act(id, dept, { action: 'reject', opinion: '业绩材料不足' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', outcome: 'dept_rejected' });
    expect(await seenBy(id)).toEqual({ unit: true, department: true, committee: false });

    const second = await inUnitReview();
    await act(second.id, unit, { action: 'approve' });
    await act(second.id, dept, { action: 'approve' });
    expect(await seenBy(second.id)).toEqual({ unit: true, department: true, committee: true });
    const failed = await act(second.id, committee, {
      action: 'committee_fail',
      votes: { present: 9, for: 2, against: 7 },
    });
    expect(failed.json()).toMatchObject({ status: 'rejected', outcome: 'committee_failed' });
    expect(await seenBy(second.id)).toEqual({ unit: true, department: true, committee: true });
  });
});
