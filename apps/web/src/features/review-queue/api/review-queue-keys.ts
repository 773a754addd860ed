/**
 * Query keys of what only the review queues load (the queue pages and counts themselves are keyed in
 * `shared/applications/queue-query.ts`, under the application lists, so every decision refreshes them).
 */
export const reviewQueueKeys = {
  all: ['review-queue'] as const,
  cycles: () => [...reviewQueueKeys.all, 'cycles'] as const,
  /** The bureau's work calendar of a year, as everyone signed in reads it (`GET /calendar`). */
  calendar: (year: number) => [...reviewQueueKeys.all, 'calendar', year] as const,
};
