import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createCompleteApplication,
  createForeignUnitAdmin,
  recordUnitPublicity,
  sampleSection,
  saveSection,
} from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { image, multipart } from './upload-fixtures.js';

// Reviewers read the frozen submission snapshot through the applicant's own endpoints (issue #11,
// 0005): while the applicant corrects a returned application, none of the live edits reach them.
let t: TestApp;
let unit: string;
let dept: string;
let bureau: string;

beforeAll(async () => {
  t = await createTestApp();
  unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  dept = (await loginOk(t.app, 'swjreviewer')).accessToken;
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
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
  t.app.inject({ method: 'GET', url: `/api/v1/${url}`, headers: bearer(token) });

type Category = { key: string; files: { id: string }[] };
const degreeFiles = async (id: string, token: string) =>
  ((await get(`applications/${id}/materials`, token)).json().categories as Category[])
    .find((c) => c.key === 'highest_degree')
    ?.files.map((f) => f.id);

describe('reviewers read the submission snapshot', () => {
  let id: string;
  let applicant: string;
  let uploadedId: string;
  let bytes: Buffer;
  let submittedHistory: unknown;
  let submittedVersion: number;

  beforeAll(async () => {
    const account = await createAccount(t);
    applicant = account.token;
    const draft = await createCompleteApplication(t, applicant, account.userId);
    id = draft.id;
    bytes = await image('png', 200, 100);
    const body = multipart([{ name: '学位证书.png', data: bytes }]);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/materials/highest_degree`,
      headers: { ...bearer(applicant), 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    uploadedId = uploaded.json().items[0].id;
    const history = (await get(`applications/${id}/sections/workHistory`, applicant)).json();
    submittedHistory = history.data;
    submittedVersion = history.version;

    expect((await act(id, applicant, { action: 'submit' })).statusCode).toBe(200);
    await act(id, unit, { action: 'start_review' });
    await recordUnitPublicity(t, unit, [id]);
    expect((await act(id, unit, { action: 'approve' })).json().status).toBe('dept_review');
    const returned = await act(id, dept, { action: 'return', opinion: '请更正工作经历' });
    expect(returned.json().status).toBe('returned');
  });

  it('serves sections as submitted, read-only, while the applicant edits the returned application', async () => {
    const [row] = sampleSection('workHistory') as Record<string, unknown>[];
    const edited = [{ ...row, employer: '退回后改写的单位' }];
    expect((await saveSection(t, applicant, id, 'workHistory', edited)).statusCode).toBe(200);

    // The applicant reads the live data and may edit it.
    const own = (await get(`applications/${id}/sections/workHistory`, applicant)).json();
    expect(own).toMatchObject({ editable: true, data: edited, version: submittedVersion + 1 });

    // Every reviewer reads what was submitted, not editable.
    for (const token of [dept, unit, bureau]) {
      const seen = (await get(`applications/${id}/sections/workHistory`, token)).json();
      expect(seen).toMatchObject({ editable: false, data: submittedHistory, version: submittedVersion });
      expect(seen.status).toBe('complete');
      const list = (await get(`applications/${id}/sections`, token)).json().items;
      const summary = list.find((s: { key: string }) => s.key === 'workHistory');
      expect(summary).toMatchObject({
        version: submittedVersion,
        status: 'complete',
        changedSinceReturn: null,
      });
      const basic = (await get(`applications/${id}/sections/basicInfo`, token)).json();
      expect(basic).toMatchObject({ editable: false, status: 'complete' });
    }
    // A section never saved is empty for the reviewer too.
    const empty = (await get(`applications/${id}/sections/awards`, dept)).json();
    expect(empty).toMatchObject({ editable: false, status: 'empty', version: 0, data: [] });
  });

  it('lists the submitted files and keeps them downloadable after the applicant removes them', async () => {
    const submitted = await degreeFiles(id, dept);
    expect(submitted).toContain(uploadedId);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/applications/${id}/materials/highest_degree/${uploadedId}`,
      headers: bearer(applicant),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await degreeFiles(id, applicant)).not.toContain(uploadedId);

    for (const token of [dept, unit, bureau]) {
      expect(await degreeFiles(id, token)).toEqual(submitted);
      const list = (await get(`applications/${id}/materials`, token)).json();
      expect(list.editable).toBe(false);
      const download = await get(`files/${uploadedId}`, token);
      expect(download.statusCode, download.body).toBe(200);
      expect(download.rawPayload.equals(bytes)).toBe(true);
    }
    // Outside the scope it stays not found.
    const foreign = await createForeignUnitAdmin(t);
    expect((await get(`files/${uploadedId}`, foreign.token)).statusCode).toBe(404);
    const stranger = await createAccount(t);
    expect((await get(`files/${uploadedId}`, stranger.token)).statusCode).toBe(404);
  });

  it('moves reviewers to the new snapshot once the applicant resubmits', async () => {
    expect((await act(id, applicant, { action: 'submit' })).json().status).toBe('submitted');
    const seen = (await get(`applications/${id}/sections/workHistory`, unit)).json();
    expect(seen.data[0].employer).toBe('退回后改写的单位');
    expect(seen.version).toBe(submittedVersion + 1);
    expect(await degreeFiles(id, unit)).not.toContain(uploadedId);
  });
});
