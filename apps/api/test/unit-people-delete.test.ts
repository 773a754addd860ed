import {
  applicationEvents,
  applicationFiles,
  applicationSections,
  applications,
  auditEvents,
  storedFiles,
  users,
} from '@zhicheng/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupOrphanObjects, ORPHAN_MIN_AGE_MS } from '../src/modules/materials/cleanup-job.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import {
  createAccount,
  createCompleteApplication,
  createDraft,
  requiredSectionKeys,
  sampleSection,
  saveSection,
} from './application-factory.js';
import { bearer, createTestApp, login, loginOk, type TestApp } from './helpers.js';
import { image, multipart } from './upload-fixtures.js';

// #16 (6): the applicants list said `deletable: true` for an applicant with a draft, and the delete then
// failed on a foreign key with 500. The list, the detail and the delete now share one rule.
let t: TestApp;
let adminToken: string;
// The directory createTestApp gives the app, opened a second time to look at what was stored.
const storage = createLocalStorage(`/tmp/zc-test-objects-${process.pid}`);

beforeAll(async () => {
  t = await createTestApp();
  adminToken = (await loginOk(t.app, 'unitadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const api = (method: 'GET' | 'DELETE', path: string) =>
  t.app.inject({ method, url: `/api/v1${path}`, headers: bearer(adminToken) });
const listed = async (username: string) => {
  const res = await api('GET', `/unit/applicants?q=${username}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.find((i: { username: string }) => i.username === username);
};
const uploadMaterial = async (token: string, appId: string) => {
  const body = multipart([{ name: '证书.jpg', data: await image('jpeg') }]);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${appId}/materials/research_proof`,
    headers: { ...bearer(token), 'content-type': body.contentType },
    payload: body.payload,
  });
  expect(res.statusCode).toBe(201);
};
const rowsOf = async (userId: string, appId: string) => {
  const db = t.database.db;
  const fileIds = (
    await db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, appId))
  ).map((f) => f.fileId);
  return {
    users: (await db.select().from(users).where(eq(users.id, userId))).length,
    applications: (await db.select().from(applications).where(eq(applications.applicantId, userId))).length,
    sections: (
      await db.select().from(applicationSections).where(eq(applicationSections.applicationId, appId))
    ).length,
    events: (await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, appId)))
      .length,
    fileLinks: fileIds.length,
    storedFiles: (await db.select().from(storedFiles).where(eq(storedFiles.uploadedBy, userId))).length,
    storedFileIds: fileIds,
  };
};

describe('deleting an applicant (#16)', () => {
  it('an applicant with an unsubmitted draft (a saved section, an uploaded material) is deletable, and DELETE removes the account with the draft', async () => {
    const applicant = await createAccount(t);
    const draft = await createDraft(t, applicant.token);
    // Basic info comes first: the other sections need it.
    const firstSection = requiredSectionKeys[0] ?? '';
    const saved = await saveSection(t, applicant.token, draft.id, firstSection, sampleSection(firstSection));
    expect(saved.statusCode, saved.body).toBe(200);
    await uploadMaterial(applicant.token, draft.id);
    const before = await rowsOf(applicant.userId, draft.id);
    expect(before).toMatchObject({ users: 1, applications: 1, fileLinks: 1, storedFiles: 1 });
    expect(before.sections).toBeGreaterThan(0);

    expect((await listed(applicant.username)).deletable).toBe(true);
    expect((await api('GET', `/unit/applicants/${applicant.userId}`)).json().deletable).toBe(true);

    const deleted = await api('DELETE', `/unit/applicants/${applicant.userId}`);
    expect(deleted.statusCode).toBe(204);

    expect(await rowsOf(applicant.userId, draft.id)).toMatchObject({
      users: 0,
      applications: 0,
      sections: 0,
      events: 0,
      fileLinks: 0,
      storedFiles: 0,
    });
    expect(
      await t.database.db.select().from(storedFiles).where(inArray(storedFiles.id, before.storedFileIds)),
    ).toHaveLength(0);
    expect((await api('GET', `/unit/applicants/${applicant.userId}`)).statusCode).toBe(404);
    expect(await listed(applicant.username)).toBeUndefined();
    expect((await login(t.app, applicant.username)).statusCode).toBe(401);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.deleted'), eq(auditEvents.targetId, applicant.userId)));
    expect(audit?.details).toMatchObject({ draftsDeleted: 1, filesDeleted: 1 });
    // Their objects are left to the hourly orphan cleanup, which finds no row referencing them any more.
    const objects = await storage.list(`applications/${draft.id}/`);
    expect(objects.length).toBeGreaterThan(0);
    const removed = await cleanupOrphanObjects({
      db: t.database.db,
      storage,
      now: Date.now() + 2 * ORPHAN_MIN_AGE_MS,
    });
    expect(removed).toEqual(expect.arrayContaining(objects));
    expect(await storage.list(`applications/${draft.id}/`)).toEqual([]);
  });

  it('an applicant who submitted is listed not deletable, and DELETE answers 409 leaving everything in place', async () => {
    const applicant = await createAccount(t);
    const draft = await createCompleteApplication(t, applicant.token, applicant.userId);
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/transitions`,
      headers: bearer(applicant.token),
      payload: { action: 'submit' },
    });
    expect(submitted.statusCode).toBe(200);
    const before = await rowsOf(applicant.userId, draft.id);

    expect((await listed(applicant.username)).deletable).toBe(false);
    expect((await api('GET', `/unit/applicants/${applicant.userId}`)).json().deletable).toBe(false);

    const refused = await api('DELETE', `/unit/applicants/${applicant.userId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('conflict');
    expect(refused.json().detail).toContain('可以停用');
    expect(await rowsOf(applicant.userId, draft.id)).toEqual(before);
    expect((await login(t.app, applicant.username)).statusCode).toBe(200);
  });

  it('an applicant with no application at all is deletable and deleted', async () => {
    const applicant = await createAccount(t);
    expect((await listed(applicant.username)).deletable).toBe(true);
    expect((await api('DELETE', `/unit/applicants/${applicant.userId}`)).statusCode).toBe(204);
    expect(await t.database.db.select().from(users).where(eq(users.id, applicant.userId))).toHaveLength(0);
  });
});
