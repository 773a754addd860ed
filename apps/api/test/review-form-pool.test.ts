import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication } from './application-factory.js';
import { createTestApp, type TestApp } from './helpers.js';
import { getReviewForm } from './review-form-fixtures.js';

let t: TestApp;

beforeAll(async () => {
  // One render thread and no waiting room: a second form while one renders is refused at once.
  t = await createTestApp({
    config: {
      reviewForm: { publicUrl: 'http://localhost:3000', workers: 1, queueMax: 0, timeoutMs: 60_000 },
    },
  });
});
afterAll(async () => {
  await t?.close();
});

describe('the render pool', { timeout: 60_000 }, () => {
  it('answers 503 review_form_busy with Retry-After when every thread is busy and the queue is full', async () => {
    const { token, userId } = await createAccount(t);
    const draft = await createCompleteApplication(t, token, userId);
    const answers = await Promise.all(Array.from({ length: 4 }, () => getReviewForm(t, token, draft.id)));
    const codes = answers.map((a) => a.statusCode);
    expect(codes).toContain(200);
    const refused = answers.find((a) => a.statusCode === 503);
    expect(refused?.json()).toMatchObject({ code: 'review_form_busy' });
    expect(refused?.headers['retry-after']).toBe('5');
    // Once the thread is free, the next request renders.
    expect((await getReviewForm(t, token, draft.id)).statusCode).toBe(200);
  });
});

describe('a render past the timeout', { timeout: 60_000 }, () => {
  it('is stopped and answered 503 review_form_timeout with Retry-After', async () => {
    const slow = await createTestApp({
      config: { reviewForm: { publicUrl: 'http://localhost:3000', workers: 1, queueMax: 4, timeoutMs: 1 } },
    });
    try {
      const { token, userId } = await createAccount(slow);
      const draft = await createCompleteApplication(slow, token, userId);
      const answer = await getReviewForm(slow, token, draft.id);
      expect(answer.statusCode).toBe(503);
      expect(answer.json()).toMatchObject({ code: 'review_form_timeout' });
      expect(answer.headers['retry-after']).toBe('5');
    } finally {
      await slow.close();
    }
  });
});
