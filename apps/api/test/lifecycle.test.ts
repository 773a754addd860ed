import { createHash } from 'node:crypto';
import { applicationEvents, applicationSnapshots, auditEvents, users } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/lib/canonical-json.js';
import {
  createAccount,
  createCompleteApplication,
  createDraft,
  createForeignUnitAdmin,
  recordUnitPublicity,
  sampleSection,
  saveSection,
} from './application-factory.js';
import { passingVotes, recordResultPublicity } from './committee-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let unitAdmin: string;

beforeAll(async () => {
  t = await createTestApp();
  unitAdmin = (await loginOk(t.app, 'unitadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const transition = (appId: string, token: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${appId}/transitions`,
    headers: bearer(token),
    payload: body,
  });
const get = (path: string, token: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${path}`, headers: bearer(token) });

describe('completeness and submit', () => {
  it('refuses to submit an incomplete application with 422 naming every missing section and material', async () => {
    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    await saveSection(t, token, draft.id, 'basicInfo', sampleSection('basicInfo'));
    await saveSection(t, token, draft.id, 'awards', [{ projectName: '水资源调度' }]);

    const completeness = (await get(`/applications/${draft.id}/completeness`, token)).json();
    expect(completeness.complete).toBe(false);
    expect(completeness.sections.map((s: { key: string }) => s.key)).toEqual([
      'education',
      'workHistory',
      'awards',
      'selfEvaluation',
      'negativeRecords',
    ]);
    expect(completeness.sections.find((s: { key: string }) => s.key === 'awards')).toMatchObject({
      status: 'incomplete',
      title: '获现资格以来获奖情况',
    });
    // The demo committee is a pilot one: the summary and the awards' proof are required besides the degree.
    expect(completeness.materials.map((m: { key: string }) => m.key)).toEqual(
      expect.arrayContaining(['highest_degree', 'personal_summary', 'award_proof']),
    );

    const refused = await transition(draft.id, token, { action: 'submit' });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json();
    expect(problem.code).toBe('incomplete_application');
    const paths = problem.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['sections.education', 'sections.awards', 'materials.highest_degree']),
    );
    expect(problem.errors.find((e: { path: string }) => e.path === 'sections.education').message).toMatch(
      /学历.*尚未填报/,
    );
    expect((await get(`/applications/${draft.id}`, token)).json().status).toBe('draft');
  });

  it('submits a complete application: submitted, locked, snapshot frozen, first submission recorded', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    expect((await get(`/applications/${draft.id}/completeness`, token)).json()).toEqual({
      complete: true,
      sections: [],
      materials: [],
    });

    const submitted = await transition(draft.id, token, { action: 'submit' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', allowedActions: ['withdraw', 'cancel'] });
    expect(submitted.json().submittedAt).not.toBeNull();

    const save = await saveSection(t, token, draft.id, 'selfEvaluation', sampleSection('selfEvaluation'));
    expect(save.statusCode).toBe(409);
    expect(save.json().code).toBe('invalid_transition');
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/materials/indexed_papers`,
      headers: { ...bearer(token), 'content-type': 'multipart/form-data; boundary=x' },
      payload:
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--x--\r\n',
    });
    expect(upload.statusCode).toBe(409);

    const [snapshot] = await t.database.db
      .select()
      .from(applicationSnapshots)
      .where(eq(applicationSnapshots.applicationId, draft.id));
    const content = snapshot?.content as { sections: Record<string, unknown>; files: { category: string }[] };
    expect(Object.keys(content.sections).sort()).toEqual(
      ['basicInfo', 'education', 'negativeRecords', 'selfEvaluation', 'workHistory'].sort(),
    );
    expect(content.files.map((f) => f.category)).toContain('highest_degree');
    expect(snapshot?.sha256).toBe(
      createHash('sha256').update(canonicalJson(snapshot?.content)).digest('hex'),
    );
    // The timeline's submit entry names that snapshot (the applicant's receipt); other entries name none.
    await transition(draft.id, unitAdmin, { action: 'start_review' });
    const timeline = (await get(`/applications/${draft.id}/timeline`, token)).json().items;
    expect(timeline.map((e: { snapshotSha256: string | null }) => e.snapshotSha256)).toEqual([
      snapshot?.sha256,
      null,
    ]);
    const [user] = await t.database.db.select().from(users).where(eq(users.id, userId));
    expect(user?.firstSubmittedAt).not.toBeNull();
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, draft.id), eq(auditEvents.action, 'application.submit')));
    expect(audit).toHaveLength(1);
  });
});

describe('withdraw, cancel, review decisions', () => {
  it('withdraws a submitted application back to an editable draft', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    await transition(draft.id, token, { action: 'submit' });
    const withdrawn = await transition(draft.id, token, { action: 'withdraw' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'draft', submittedAt: null });
    const save = await saveSection(t, token, draft.id, 'selfEvaluation', sampleSection('selfEvaluation'));
    expect(save.statusCode).toBe(200);
  });

  it('refuses withdraw once the unit started its review (409 naming the status)', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    await transition(draft.id, token, { action: 'submit' });
    const started = await transition(draft.id, unitAdmin, { action: 'start_review' });
    expect(started.json()).toMatchObject({
      status: 'unit_review',
      allowedActions: ['approve', 'return', 'reject'],
    });
    const refused = await transition(draft.id, token, { action: 'withdraw' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'invalid_transition', currentStatus: 'unit_review' });
    expect(refused.json().detail).toContain('单位审核中');
  });

  it('cancels a draft for good', async () => {
    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    const cancelled = await transition(draft.id, token, { action: 'cancel' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', allowedActions: ['reapply'] });
    expect((await transition(draft.id, token, { action: 'submit' })).statusCode).toBe(409);
  });

  it('lets the unit return with an opinion (required), and the applicant edit and resubmit', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    await transition(draft.id, token, { action: 'submit' });
    await transition(draft.id, unitAdmin, { action: 'start_review' });
    const noOpinion = await transition(draft.id, unitAdmin, { action: 'return', opinion: '  ' });
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json().errors[0].path).toBe('opinion');

    const returned = await transition(draft.id, unitAdmin, {
      action: 'return',
      opinion: '工作经历缺少2015年以后的记录',
      reasons: ['workHistory'],
    });
    expect(returned.json()).toMatchObject({ status: 'returned', allowedActions: [] });
    const save = await saveSection(t, token, draft.id, 'workHistory', sampleSection('workHistory'));
    expect(save.statusCode).toBe(200);
    expect((await transition(draft.id, token, { action: 'submit' })).json().status).toBe('submitted');

    const timeline = (await get(`/applications/${draft.id}/timeline`, token)).json().items;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'start_review',
      'return',
      'submit',
    ]);
    expect(timeline[2]).toMatchObject({
      fromStatus: 'unit_review',
      toStatus: 'returned',
      actorRole: 'unit_admin',
      actorName: '王管理',
      opinion: '工作经历缺少2015年以后的记录',
      reasons: ['workHistory'],
    });
    expect(timeline[0]).toMatchObject({ actorRole: 'applicant', fromStatus: 'draft', opinion: null });
    const events = await t.database.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, draft.id));
    expect(events).toHaveLength(4);
  });

  it('records the outcome of a rejection and the whole review chain up to approval', async () => {
    const { token, userId } = await createAccount(t);
    const dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
    const committee = (await loginOk(t.app, 'slsecretary')).accessToken;
    const draft = await createCompleteApplication(t, token, userId);
    await transition(draft.id, token, { action: 'submit' });
    await transition(draft.id, unitAdmin, { action: 'start_review' });
    await recordUnitPublicity(t, unitAdmin, [draft.id]);
    expect((await transition(draft.id, unitAdmin, { action: 'approve' })).json().status).toBe('dept_review');
    const withVotes = await transition(draft.id, dept, {
      action: 'approve',
      votes: { for: 1, against: 0, abstain: 0 },
    });
    expect(withVotes.statusCode).toBe(400);
    expect(withVotes.json().errors).toEqual([expect.objectContaining({ path: 'votes' })]);
    expect((await transition(draft.id, dept, { action: 'approve' })).json().status).toBe('committee_review');
    const passed = await transition(draft.id, committee, {
      action: 'committee_pass',
      votes: passingVotes,
    });
    expect(passed.json().status).toBe('publicity');
    await recordResultPublicity(t, dept, [draft.id]);
    const failed = await transition(draft.id, dept, {
      action: 'publicity_fail',
      opinion: '公示期间收到实名举报',
    });
    expect(failed.json()).toMatchObject({ status: 'rejected', outcome: 'publicity_failed' });
    const [vote] = await t.database.db
      .select()
      .from(applicationEvents)
      .where(
        and(eq(applicationEvents.applicationId, draft.id), eq(applicationEvents.action, 'committee_pass')),
      );
    expect(vote?.votes).toEqual(passingVotes);
  });

  it('answers another tenant 404 for every lifecycle route', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    await transition(draft.id, token, { action: 'submit' });
    const foreign = await createForeignUnitAdmin(t);
    const neighbour = await createAccount(t);
    for (const who of [foreign.token, neighbour.token]) {
      expect((await get(`/applications/${draft.id}/completeness`, who)).statusCode).toBe(404);
      expect((await get(`/applications/${draft.id}/timeline`, who)).statusCode).toBe(404);
      expect((await transition(draft.id, who, { action: 'start_review' })).statusCode).toBe(404);
    }
    const reapply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/reapply`,
      headers: bearer(neighbour.token),
    });
    expect(reapply.statusCode).toBe(404);
    // The department sees it only once the unit approved.
    const dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
    expect((await get(`/applications/${draft.id}/timeline`, dept)).statusCode).toBe(404);
  });
});
