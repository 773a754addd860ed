import type { EventConsumer, JobQueue } from '../../jobs/job-queue.js';
import {
  type DeliverJobData,
  WEBHOOK_DELIVER_JOB,
  WEBHOOK_SWEEP_CRON,
  WEBHOOK_SWEEP_JOB,
} from './delivery-jobs.js';
import type { DeliveryService } from './delivery-service.js';

/** What the app's jobs offer a module: the queue and the outbox's consumer registration. */
export interface JobsRegistry {
  queue: JobQueue;
  consumeEvents(consumer: EventConsumer): void;
}

/**
 * The webhooks' background work: the `webhooks` outbox consumer (fan-out), the one-attempt delivery job
 * (its own back-off, so the queue's retries only cover a crashed or failing handler) and a sweep every
 * five minutes for deliveries whose next job was lost.
 */
export async function registerWebhookJobs(jobs: JobsRegistry, delivery: DeliveryService): Promise<void> {
  jobs.consumeEvents(delivery.consumer);
  await jobs.queue.work<DeliverJobData>(WEBHOOK_DELIVER_JOB, (job) => delivery.attempt(job.data), {
    // An attempt waits at most the 10 s timeout; a job running much longer had its worker die.
    expireInSeconds: 120,
  });
  await jobs.queue.work(WEBHOOK_SWEEP_JOB, () => delivery.sweep(), { oneAtATime: true });
  await jobs.queue.schedule(WEBHOOK_SWEEP_JOB, WEBHOOK_SWEEP_CRON);
}
