import { committees, DEMO_PASSWORD, departments, hashPassword, users } from '@zhicheng/db';
import { eq, ne } from 'drizzle-orm';
import sharp from 'sharp';
import {
  attachFile,
  createAccount,
  createCompleteApplication,
  createDraft,
  createForeignUnitAdmin,
  recordUnitPublicity,
} from './application-factory.js';
import { bearer, loginOk, type TestApp } from './helpers.js';

/** A multipart/form-data body with one PNG in the field `file`, as a browser sends it. */
export async function pngUpload() {
  const png = await sharp({ create: { width: 30, height: 40, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
  const boundary = `----zc${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\n` +
        'Content-Type: image/png\r\n\r\n',
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A reviewer of another department or committee than the demo ones: a foreign reviewing tenant. */
async function createForeignReviewer(t: TestApp, role: 'dept_reviewer' | 'committee_secretary') {
  const db = t.database.db;
  const [department] = await db.select().from(departments).where(ne(departments.name, '深圳市水务局'));
  const [committee] = await db.select().from(committees).where(ne(committees.code, 'SZ-GC-SL-G'));
  if (!department || !committee) throw new Error('no second department or committee in the catalogue');
  const username = `foreign${role === 'dept_reviewer' ? 'dept' : 'sec'}${process.pid % 1000}`;
  await db.insert(users).values({
    username,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role,
    name: '外部审核人',
    ...(role === 'dept_reviewer' ? { departmentId: department.id } : { committeeId: committee.id }),
  });
  return (await loginOk(t.app, username)).accessToken;
}

async function uploadPhoto(t: TestApp, token: string, appId: string): Promise<string> {
  const body = await pngUpload();
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${appId}/photo`,
    headers: { ...bearer(token), 'content-type': body.contentType },
    payload: body.payload,
  });
  if (response.statusCode !== 201) throw new Error(`photo upload failed: ${response.body}`);
  return response.json().id;
}

async function act(t: TestApp, token: string, appId: string, action: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${appId}/transitions`,
    headers: bearer(token),
    payload: { action },
  });
  if (response.statusCode !== 200) throw new Error(`${action} failed: ${response.body}`);
}

/**
 * The objects and the people of the tenant matrix:
 * - `draft`: applicant A's draft with a downloadable photo and a material file (only A and the bureau see it);
 * - `inReview`: applicant C's application moved up to committee review (its unit, the demo department
 *   and committee see it too);
 * - callers of every scope kind, inside and outside those tenants.
 */
export async function createTenantFixtures(t: TestApp) {
  const token = async (username: string) => (await loginOk(t.app, username)).accessToken;
  const a = await createAccount(t);
  const c = await createAccount(t);
  const neighbour = { token: await token('applicant01') };
  const foreignAdmin = await createForeignUnitAdmin(t);
  const foreignApplicant = await createAccount(t, 'applicant', foreignAdmin.unitId);
  const unitAdmin = await token('unitadmin');
  const dept = await token('swjreviewer');
  const committee = await token('slsecretary');

  const draft = await createDraft(t, a.token);
  const draftPhoto = await uploadPhoto(t, a.token, draft.id);
  const draftMaterial = await attachFile(t, draft.id, a.userId, 'highest_degree');

  const inReview = await createCompleteApplication(t, c.token, c.userId);
  const inReviewPhoto = await uploadPhoto(t, c.token, inReview.id);
  await act(t, c.token, inReview.id, 'submit');
  await act(t, unitAdmin, inReview.id, 'start_review');
  await recordUnitPublicity(t, unitAdmin, [inReview.id]);
  await act(t, unitAdmin, inReview.id, 'approve');
  await act(t, dept, inReview.id, 'approve');

  const [operator] = await t.database.db.select().from(users).where(eq(users.username, 'unitoperator'));
  return {
    a,
    c,
    neighbour,
    neighbourDraft: await createDraft(t, neighbour.token),
    foreignAdmin,
    foreignApplicant,
    unitAdmin,
    unitOperator: await token('unitoperator'),
    operatorId: operator?.id ?? '',
    dept,
    committee,
    foreignDept: await createForeignReviewer(t, 'dept_reviewer'),
    foreignCommittee: await createForeignReviewer(t, 'committee_secretary'),
    bureau: await token('bureauadmin'),
    draft: { id: draft.id, photo: draftPhoto, material: draftMaterial },
    inReview: { id: inReview.id, photo: inReviewPhoto },
  };
}

export type TenantFixtures = Awaited<ReturnType<typeof createTenantFixtures>>;
