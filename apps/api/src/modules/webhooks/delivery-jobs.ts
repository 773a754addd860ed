import type { JobQueue } from '../../jobs/job-queue.js';

/** One attempt of one delivery; `attempt` is the number of attempts recorded before this one. */
export const WEBHOOK_DELIVER_JOB = 'webhook.deliver';
export interface DeliverJobData {
  deliveryId: string;
  attempt: number;
}

/** Re-queues deliveries whose next job was lost (the process died between recording and queueing). */
export const WEBHOOK_SWEEP_JOB = 'webhook.sweep';
export const WEBHOOK_SWEEP_CRON = '*/5 * * * *';
export const SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Queues an attempt. A job's singleton key stays taken while the queue keeps the job (even done), so
 * the first attempt's key is the delivery id (a re-run fan-out queues nothing twice), a retry's adds
 * the attempt number, and a sweep's adds its tick (`sweepTick`): a lost or dead-lettered job is replaced
 * at most once per sweep.
 */
export function queueAttempt(
  queue: JobQueue,
  data: DeliverJobData,
  options: { startAfterSeconds?: number; sweepTick?: number } = {},
) {
  const key = data.attempt === 0 ? data.deliveryId : `${data.deliveryId}:${data.attempt}`;
  return queue.send<DeliverJobData>(WEBHOOK_DELIVER_JOB, data, {
    singletonKey: options.sweepTick === undefined ? key : `${key}:sweep:${options.sweepTick}`,
    ...(options.startAfterSeconds ? { startAfterSeconds: options.startAfterSeconds } : {}),
  });
}
