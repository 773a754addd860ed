import { applicationSections, applicationSnapshots } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication } from './application-factory.js';
import { bearer, createTestApp, type TestApp } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/**
 * Reviewers see the frozen snapshot: a save that races the submission must either be in it or be
 * refused — never change the live data of a submitted application behind the snapshot's back.
 */
describe('section saves racing a submission', () => {
  it('leaves the live sections equal to the frozen snapshot, whichever wins', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { token, userId } = await createAccount(t);
      const draft = await createCompleteApplication(t, token, userId);
      const url = `/api/v1/applications/${draft.id}/sections/selfEvaluation`;
      const { version } = (await t.app.inject({ method: 'GET', url, headers: bearer(token) })).json();

      const saves = Array.from({ length: 4 }, (_, i) =>
        t.app.inject({
          method: 'PUT',
          url,
          headers: { ...bearer(token), 'if-match': String(version) },
          payload: { data: { selfEvaluation: `第${round}轮修改${i}：`.padEnd(60, '述') } },
        }),
      );
      const submit = t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${draft.id}/transitions`,
        headers: bearer(token),
        payload: { action: 'submit' },
      });
      const [submitted, ...saved] = await Promise.all([submit, ...saves]);

      expect(submitted.statusCode).toBe(200);
      // One save may win the version race before the submission; the rest are stale or locked out.
      for (const response of saved) expect([200, 409]).toContain(response.statusCode);

      const [snapshot] = await t.database.db
        .select()
        .from(applicationSnapshots)
        .where(eq(applicationSnapshots.applicationId, draft.id));
      const [live] = await t.database.db
        .select()
        .from(applicationSections)
        .where(eq(applicationSections.applicationId, draft.id))
        .then((rows) => rows.filter((r) => r.key === 'selfEvaluation'));
      if (!snapshot) throw new Error('no snapshot frozen');
      const frozen = (snapshot.content as { sections: Record<string, unknown> }).sections;
      expect(live?.data).toEqual(frozen.selfEvaluation);
    }
  });
});
