import { auditEvents, finalReviewForms } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication, createDraft } from './application-factory.js';
import { inCommitteeReview } from './committee-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { createForeignDepartmentReviewer } from './result-publicity-fixtures.js';
import { getReviewForm, hasWatermark, pdfText, sha256 } from './review-form-fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const detailOf = async (token: string, id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: bearer(token) })).json();
const finalRows = (id: string) =>
  t.database.db.select().from(finalReviewForms).where(eq(finalReviewForms.applicationId, id));

describe('预览评审表 (preview)', () => {
  it('renders the current data watermarked for the applicant while filling, never stored', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    const response = await getReviewForm(t, token, draft.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-review-form']).toBe('preview');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('评审表预览'));
    const text = pdfText(response.rawPayload);
    const detail = await detailOf(token, draft.id);
    expect(hasWatermark(text)).toBe(true);
    for (const expected of [detail.applicant.name, detail.names.qualification, '第1页共']) {
      expect(text).toContain(expected);
    }
    expect(detail.finalForm).toBeNull();
    expect(await finalRows(draft.id)).toEqual([]);
  });

  it('is 404 for someone who may not read the application', async () => {
    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    const other = await createAccount(t);
    expect((await getReviewForm(t, other.token, draft.id)).statusCode).toBe(404);
  });
});

describe('打印评审表 (final form)', () => {
  it('is generated once after the department approved: the same bytes every time, audited, with a code that verifies', async () => {
    const { id, applicant } = await inCommitteeReview(t);
    const first = await getReviewForm(t, applicant, id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['x-review-form']).toBe('final');
    const [row] = await finalRows(id);
    if (!row) throw new Error('no final form recorded');
    expect(first.headers.etag).toBe(`"${row.sha256}"`);
    expect(sha256(first.rawPayload)).toBe(row.sha256);

    const text = pdfText(first.rawPayload);
    expect(text).toContain(row.verificationCode);
    expect(text).not.toContain('览');
    expect(text).toContain('部门审核意见');

    // Later downloads, by the applicant and by the unit, serve the stored bytes.
    const again = await getReviewForm(t, applicant, id);
    const unit = await getReviewForm(t, (await loginOk(t.app, 'unitadmin')).accessToken, id);
    expect(sha256(again.rawPayload)).toBe(row.sha256);
    expect(sha256(unit.rawPayload)).toBe(row.sha256);
    expect(await finalRows(id)).toHaveLength(1);

    const downloads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'review_form.final_downloaded')));
    expect(downloads).toHaveLength(3);

    expect((await detailOf(applicant, id)).finalForm).toEqual({
      verificationCode: row.verificationCode,
      sha256: row.sha256,
      generatedAt: row.generatedAt.toISOString(),
    });

    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/verify/${row.verificationCode}` });
    expect(verified.statusCode).toBe(200);
    const detail = await detailOf(applicant, id);
    expect(verified.json()).toMatchObject({
      verificationCode: row.verificationCode,
      qualification: detail.names.qualification,
      committee: detail.names.committee,
      status: 'committee_review',
      statusLabel: '评委会评审中',
      snapshotSha256: row.snapshotSha256,
      formSha256: row.sha256,
    });
    expect(verified.json().maskedName).not.toBe(detail.applicant.name);
    expect(verified.json().maskedName[0]).toBe(detail.applicant.name[0]);
  });

  it('two first downloads at once record one form and serve the same bytes', async () => {
    const { id, applicant } = await inCommitteeReview(t);
    const [a, b] = await Promise.all([getReviewForm(t, applicant, id), getReviewForm(t, applicant, id)]);
    expect(a.statusCode).toBe(200);
    expect(sha256(a.rawPayload)).toBe(sha256(b.rawPayload));
    expect(await finalRows(id)).toHaveLength(1);
  });

  it('is refused to other tenants (404) and for ended applications (409 review_form_unavailable)', async () => {
    const { id } = await inCommitteeReview(t);
    const foreignDept = await createForeignDepartmentReviewer(t);
    expect((await getReviewForm(t, foreignDept, id)).statusCode).toBe(404);
    expect((await getReviewForm(t, (await createAccount(t)).token, id)).statusCode).toBe(404);

    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/transitions`,
      headers: bearer(token),
      payload: { action: 'cancel' },
    });
    expect(cancelled.statusCode).toBe(200);
    const refused = await getReviewForm(t, token, draft.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'review_form_unavailable' });
  });
});

describe('GET /verify/{code}', () => {
  it('answers 404 for an unknown code and 400 for one that cannot be a code', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/verify/ABCD-EFGH-JKLM-NPQR' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toContain('验证码');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/verify/not-a-code' })).statusCode).toBe(400);
  });
});
