import { domainEvents, finalReviewForms } from '@zhicheng/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inCommitteeReview } from './committee-fixtures.js';
import { createTestApp, type TestApp } from './helpers.js';
import { getReviewForm, sha256 } from './review-form-fixtures.js';

// The final 评审表 as an outbox consumer (ADR 0008): reaching the committee queues its generation, so the
// first download is served from storage.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the final form consumer', () => {
  it('stores the final form when the application reaches the committee, before any download', async () => {
    const { id, applicant } = await inCommitteeReview(t);
    await t.app.backgroundIdle();
    const [reached] = await t.database.db
      .select()
      .from(domainEvents)
      .where(
        and(eq(domainEvents.applicationId, id), sql`${domainEvents.data}->>'toStatus' = 'committee_review'`),
      );
    expect(reached?.dispatchedAt).not.toBeNull();

    const rows = await t.database.db
      .select()
      .from(finalReviewForms)
      .where(eq(finalReviewForms.applicationId, id));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    const download = await getReviewForm(t, applicant, id);
    expect(download.headers['x-review-form']).toBe('final');
    expect(sha256(download.rawPayload)).toBe(row?.sha256);
    expect(
      await t.database.db.select().from(finalReviewForms).where(eq(finalReviewForms.applicationId, id)),
    ).toHaveLength(1);
  });
});
