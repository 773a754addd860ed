import type { ReviewFormService } from '../modules/review-form/review-form-service.js';
import type { EventConsumer } from './job-queue.js';

/**
 * Renders and stores the final 评审表 when an application reaches the committee, so the first download
 * is served from storage. The download still generates on demand when this has not run yet; both go
 * through the same generate-once, which records one form however they interleave.
 */
export function createFinalFormConsumer(reviewForms: Pick<ReviewFormService, 'ensureFinal'>): EventConsumer {
  return {
    name: 'final-review-form',
    // Rendering may wait for a busy pool: retry after a while rather than fail.
    options: { retryLimit: 5, retryDelaySeconds: 30, expireInSeconds: 300 },
    async handle(event) {
      if (event.type !== 'application.status_changed' || event.data.toStatus !== 'committee_review') return;
      await reviewForms.ensureFinal(event.data.applicationId);
    },
  };
}
