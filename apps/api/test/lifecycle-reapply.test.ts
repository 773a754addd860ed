import { applicationFiles, applications, reviewCycles, storedFiles } from '@zhicheng/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createCompleteApplication,
  createDraft,
  sampleSection,
  saveSection,
} from './application-factory.js';
import { bearer, createTestApp, type TestApp } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const post = (path: string, token: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/v1/applications/${path}`, headers: bearer(token), payload });
const get = (path: string, token: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/applications/${path}`, headers: bearer(token) });
const storedFileCount = async () => (await t.database.db.select({ n: count() }).from(storedFiles))[0]?.n;

describe('reapply', () => {
  it('copies the choice, sections and files (by reference) into a new draft, flagging late evidence', async () => {
    const { token, userId } = await createAccount(t);
    const old = await createCompleteApplication(t, token, userId);
    // An award dated after the cycle closes: saved (incomplete), and flagged when copied.
    const award = (sampleSection('awards') as Record<string, unknown>[])[0];
    await saveSection(t, token, old.id, 'awards', [{ ...award, awardMonth: '2099-01' }]);
    expect((await post(`${old.id}/transitions`, token, { action: 'cancel' })).json().status).toBe(
      'cancelled',
    );
    const filesBefore = await storedFileCount();

    const response = await post(`${old.id}/reapply`, token);
    expect(response.statusCode).toBe(201);
    const fresh = response.json();
    const previous = (await get(old.id, token)).json();
    expect(fresh).toMatchObject({
      status: 'draft',
      cycleId: previous.cycleId,
      qualificationId: previous.qualificationId,
      committeeId: previous.committeeId,
      version: 1,
    });
    expect(fresh.id).not.toBe(old.id);
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, fresh.id));
    expect(row?.previousApplicationId).toBe(old.id);

    const sections = (await get(`${fresh.id}/sections`, token)).json().items;
    const saved = sections.filter((s: { version: number }) => s.version > 0);
    expect(saved.map((s: { key: string }) => s.key).sort()).toEqual(
      ['awards', 'basicInfo', 'education', 'negativeRecords', 'selfEvaluation', 'workHistory'].sort(),
    );
    expect(saved.every((s: { version: number }) => s.version === 1)).toBe(true);
    expect(
      sections.filter((s: { needsReview: boolean }) => s.needsReview).map((s: { key: string }) => s.key),
    ).toEqual(['awards']);

    const oldFiles = await t.database.db
      .select()
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, old.id));
    const newFiles = await t.database.db
      .select()
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, fresh.id));
    expect(newFiles.map((f) => f.fileId).sort()).toEqual(oldFiles.map((f) => f.fileId).sort());
    expect(newFiles.length).toBeGreaterThan(0);
    expect(await storedFileCount()).toBe(filesBefore);

    // Saving the flagged section again is the applicant's review: the flag goes.
    await saveSection(t, token, fresh.id, 'awards', sampleSection('awards'));
    const after = (await get(`${fresh.id}/sections`, token)).json().items;
    expect(after.find((s: { key: string }) => s.key === 'awards').needsReview).toBe(false);
  });

  it('refuses while the application is in progress, and while another one is in progress', async () => {
    const { token, userId } = await createAccount(t);
    const first = await createCompleteApplication(t, token, userId);
    const early = await post(`${first.id}/reapply`, token);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');

    await post(`${first.id}/transitions`, token, { action: 'cancel' });
    expect((await post(`${first.id}/reapply`, token)).statusCode).toBe(201);
    const twice = await post(`${first.id}/reapply`, token);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('application_exists');
  });

  it('replays a reapply sent twice with one Idempotency-Key', async () => {
    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    await post(`${draft.id}/transitions`, token, { action: 'cancel' });
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${draft.id}/reapply`,
        headers: { ...bearer(token), 'idempotency-key': 'reapply-1' },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.body).toBe(a.body);
  });

  it('answers 409 cycle_closed to re-apply and to a first submission once the cycle closed', async () => {
    // Last: closes the cycle the other tests apply in.
    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    await post(`${draft.id}/transitions`, token, { action: 'cancel' });
    const other = await createAccount(t);
    const complete = await createCompleteApplication(t, other.token, other.userId);
    const [app] = await t.database.db.select().from(applications).where(eq(applications.id, draft.id));
    const past = new Date(t.clock.now().getTime() - 1000);
    await t.database.db
      .update(reviewCycles)
      .set({ closesAt: past })
      .where(eq(reviewCycles.id, app?.cycleId ?? ''));
    const refused = await post(`${draft.id}/reapply`, token);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('cycle_closed');
    const late = await post(`${complete.id}/transitions`, other.token, { action: 'submit' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'cycle_closed' });
  });
});
