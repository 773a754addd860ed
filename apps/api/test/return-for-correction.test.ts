import { applicationEvents } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachFile,
  createAccount,
  createCompleteApplication,
  recordUnitPublicity,
  sampleSection,
  saveSection,
} from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// 退回修改 (domain.md, issue #11): a return names everything to correct in one notice; the applicant sees
// it marked until resubmitting; afterwards reviewers see what changed against what they returned.
let t: TestApp;
let unit: string;
let dept: string;

beforeAll(async () => {
  t = await createTestApp();
  unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
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
const get = (url: string, token: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/applications/${url}`, headers: bearer(token) });

type Summary = { key: string; toCorrect: boolean; changedSinceReturn: boolean | null };
const sectionMarks = async (id: string, token: string) =>
  ((await get(`${id}/sections`, token)).json().items as Summary[]).map(
    ({ key, toCorrect, changedSinceReturn }) => ({ key, toCorrect, changedSinceReturn }),
  );
const materialMarks = async (id: string, token: string) =>
  ((await get(`${id}/materials`, token)).json().categories as Summary[]).map(
    ({ key, toCorrect, changedSinceReturn }) => ({ key, toCorrect, changedSinceReturn }),
  );
/** The keys whose mark is `value`, and whether every other one has `otherwise`. */
function only(
  marks: Summary[],
  field: 'toCorrect' | 'changedSinceReturn',
  keys: string[],
  otherwise: unknown,
) {
  expect(marks.filter((m) => m[field] === true).map((m) => m.key)).toEqual(keys);
  expect(marks.filter((m) => !keys.includes(m.key)).every((m) => m[field] === otherwise)).toBe(true);
}

/** Submitted, reviewed and publicised by the unit, forwarded: waiting for the department. */
async function inDeptReview() {
  const { token, userId } = await createAccount(t);
  const draft = await createCompleteApplication(t, token, userId);
  expect((await act(draft.id, token, { action: 'submit' })).statusCode).toBe(200);
  await forwardByUnit(draft.id);
  return { id: draft.id, applicant: token, userId };
}

async function forwardByUnit(id: string) {
  expect((await act(id, unit, { action: 'start_review' })).statusCode).toBe(200);
  await recordUnitPublicity(t, unit, [id]);
  const approved = await act(id, unit, { action: 'approve' });
  expect(approved.json().status, approved.body).toBe('dept_review');
}

const notice = {
  action: 'return',
  opinion: '工作经历与社保记录不一致，学历证书不清晰',
  sections: ['workHistory'],
  materials: ['highest_degree'],
  correctBy: '2026-12-20',
};

describe('return for correction (一次性告知)', () => {
  it('marks what to correct until resubmission, then shows the reviewer what changed', async () => {
    const { id, applicant, userId } = await inDeptReview();
    const before = await get(`${id}/sections`, dept);
    expect(
      (before.json().items as Summary[]).every((s) => !s.toCorrect && s.changedSinceReturn === null),
    ).toBe(true);

    const returned = await act(id, dept, notice);
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', correction: { sections: ['workHistory'] } });

    // The review record keeps the notice.
    const [event] = await t.database.db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.action, 'return')));
    expect(event?.correction).toEqual({
      sections: ['workHistory'],
      materials: ['highest_degree'],
      correctBy: '2026-12-20',
    });

    // The applicant sees the notice on the application and the marks on exactly those.
    const detail = (await get(id, applicant)).json();
    expect(detail.status).toBe('returned');
    expect(detail.correction).toEqual({
      opinion: notice.opinion,
      sections: ['workHistory'],
      materials: ['highest_degree'],
      correctBy: '2026-12-20',
      returnedAt: event?.createdAt.toISOString(),
      returnedByRole: 'dept_reviewer',
    });
    only(await sectionMarks(id, applicant), 'toCorrect', ['workHistory'], false);
    only(await materialMarks(id, applicant), 'toCorrect', ['highest_degree'], false);
    // The applicant never gets the comparison; nothing was resubmitted yet for the reviewer either.
    expect((await sectionMarks(id, applicant)).every((m) => m.changedSinceReturn === null)).toBe(true);
    expect((await sectionMarks(id, dept)).every((m) => m.changedSinceReturn === null)).toBe(true);
    // Reviewers who can see it see the marks too.
    only(await sectionMarks(id, dept), 'toCorrect', ['workHistory'], false);
    expect((await get(id, unit)).json().correction.opinion).toBe(notice.opinion);

    // The applicant corrects the work history and replaces the degree certificate, then resubmits.
    const [row] = sampleSection('workHistory') as Record<string, unknown>[];
    const saved = await saveSection(t, applicant, id, 'workHistory', [
      { ...row, employer: '深圳市更正后的单位' },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    const materials = (await get(`${id}/materials`, applicant)).json();
    const degree = materials.categories.find((c: { key: string }) => c.key === 'highest_degree');
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/applications/${id}/materials/highest_degree/${degree.files[0].id}`,
      headers: bearer(applicant),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    await attachFile(t, id, userId, 'highest_degree');

    const resubmitted = await act(id, applicant, { action: 'submit' });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', correction: null });
    expect((await get(id, applicant)).json().correction).toBeNull();
    expect(
      (await sectionMarks(id, applicant)).every((m) => !m.toCorrect && m.changedSinceReturn === null),
    ).toBe(true);
    expect((await materialMarks(id, applicant)).every((m) => !m.toCorrect)).toBe(true);

    // Forwarded again, the department sees what changed since it returned the application.
    await forwardByUnit(id);
    only(await sectionMarks(id, dept), 'changedSinceReturn', ['workHistory'], false);
    only(await materialMarks(id, dept), 'changedSinceReturn', ['highest_degree'], false);
    expect((await sectionMarks(id, dept)).every((m) => !m.toCorrect)).toBe(true);
    // The unit sees the same comparison; the applicant still none.
    only(await sectionMarks(id, unit), 'changedSinceReturn', ['workHistory'], false);
    expect((await materialMarks(id, applicant)).every((m) => m.changedSinceReturn === null)).toBe(true);

    // The department approves the corrected application: on to the committee, with no notice left.
    const committee = (await loginOk(t.app, 'slsecretary')).accessToken;
    expect((await get(id, committee)).statusCode).toBe(404);
    const approved = await act(id, dept, { action: 'approve', opinion: '更正后材料齐全，同意推荐' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'committee_review', correction: null });
    for (const token of [applicant, dept, committee]) {
      const seen = await get(id, token);
      expect(seen.statusCode, seen.body).toBe(200);
      expect(seen.json()).toMatchObject({ status: 'committee_review', correction: null });
      expect((await sectionMarks(id, token)).every((m) => !m.toCorrect)).toBe(true);
      expect((await materialMarks(id, token)).every((m) => !m.toCorrect)).toBe(true);
    }
    // The committee sees it only from now on; the review records keep both department decisions.
    const decisions = await t.database.db
      .select({ action: applicationEvents.action, toStatus: applicationEvents.toStatus })
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.actorRole, 'dept_reviewer')));
    expect(decisions).toEqual(
      expect.arrayContaining([
        { action: 'return', toStatus: 'returned' },
        { action: 'approve', toStatus: 'committee_review' },
      ]),
    );
    expect(decisions).toHaveLength(2);
  });

  it('refuses a return without an opinion or naming an unknown section (400, nothing changes)', async () => {
    const { id } = await inDeptReview();
    const noOpinion = await act(id, dept, { action: 'return', sections: ['workHistory'] });
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json().errors.map((e: { path: string }) => e.path)).toContain('opinion');
    const blank = await act(id, dept, { action: 'return', opinion: '   ' });
    expect(blank.statusCode).toBe(400);
    const unknown = await act(id, dept, { ...notice, sections: ['workHistory', 'noSuchSection'] });
    expect(unknown.statusCode).toBe(400);
    expect(
      unknown
        .json()
        .errors.map((e: { path: string }) => e.path)
        .join(' '),
    ).toContain('sections');
    const badCategory = await act(id, dept, { ...notice, materials: ['no_such_category'] });
    expect(badCategory.statusCode).toBe(400);
    expect((await get(id, dept)).json()).toMatchObject({ status: 'dept_review', correction: null });
  });

  it('keeps only the opinion when a return by the unit names nothing', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    await act(draft.id, token, { action: 'submit' });
    await act(draft.id, unit, { action: 'start_review' });
    const returned = await act(draft.id, unit, { action: 'return', opinion: '请补充说明' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect((await get(draft.id, token)).json().correction).toMatchObject({
      opinion: '请补充说明',
      sections: [],
      materials: [],
      correctBy: null,
      returnedByRole: 'unit_admin',
    });
    expect((await sectionMarks(draft.id, token)).every((m) => !m.toCorrect)).toBe(true);
  });
});
