import type { DomainEvent, WebhookEnvelope } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { WebhookConfig } from '../../config.js';
import type { EventConsumer, JobQueue } from '../../jobs/job-queue.js';
import type { Clock } from '../../lib/clock.js';
import { type AttemptRecord, deliveriesRepository as deliveries } from './deliveries-repository.js';
import { type DeliverJobData, queueAttempt, SWEEP_INTERVAL_MS } from './delivery-jobs.js';
import { dataForSubscriber, unitIdsOf } from './event-scope.js';
import { isSuccess, sendAttempt } from './send-attempt.js';
import type { HostResolver } from './target-guard.js';
import { webhooksRepository } from './webhooks-repository.js';

export interface DeliveryDeps {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  config: WebhookConfig;
  resolve: HostResolver;
}

/** The delay before retry n (1 = the first retry): base, 2×base, 4×base, … */
export function retryDelaySeconds(baseSeconds: number, retry: number): number {
  return baseSeconds * 2 ** (retry - 1);
}

export function envelopeBody(envelope: WebhookEnvelope): string {
  return JSON.stringify(envelope);
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;

/** Fan-out of domain events to webhooks and the attempts that deliver them. */
export function createDeliveryService(deps: DeliveryDeps) {
  const { db, clock, queue, config } = deps;

  /**
   * The outbox consumer: one delivery per subscribed webhook in the event's scope, then a job each.
   * Idempotent by event id: a re-run inserts nothing new and re-queues only what was never attempted
   * (the singleton key drops jobs still queued).
   */
  const consumer: EventConsumer = {
    name: 'webhooks',
    async handle(event: DomainEvent) {
      const subscribers = await webhooksRepository.subscribers(db, event.type, unitIdsOf(event));
      await deliveries.insertNew(
        db,
        subscribers.map((webhook) => ({
          webhookId: webhook.id,
          eventId: event.id,
          eventType: event.type,
          body: envelopeBody({
            id: event.id,
            type: event.type,
            occurredAt: event.occurredAt,
            data: dataForSubscriber(event, webhook),
          }),
        })),
      );
      for (const { id } of await deliveries.unattemptedOfEvent(db, event.id)) {
        await queueAttempt(queue, { deliveryId: id, attempt: 0 });
      }
    },
  };

  /** One attempt of a delivery: send, record, and queue the next after the back-off when it failed. */
  async function attempt(job: DeliverJobData): Promise<void> {
    const found = await deliveries.findForAttempt(db, job.deliveryId);
    // Deleted webhook, finished delivery or a duplicate job of an attempt already recorded: nothing to do.
    if (!found) return;
    const { delivery } = found;
    if (delivery.status !== 'pending' || delivery.attemptCount !== job.attempt) return;
    const at = clock.now();
    const outcome = await sendAttempt({
      url: found.url,
      secret: found.secret,
      body: delivery.body,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      at,
      timeoutMs: config.timeoutMs,
      resolve: deps.resolve,
      allowPrivateNetworks: config.allowPrivateNetworks,
    });
    const made = job.attempt + 1;
    const succeeded = isSuccess(outcome);
    const retry = !succeeded && made < config.maxAttempts;
    const delay = retry ? retryDelaySeconds(config.retryBaseSeconds, made) : 0;
    const finishedAt = clock.now();
    const record: AttemptRecord = {
      attempt: { at: at.toISOString(), ...outcome },
      status: succeeded ? 'succeeded' : retry ? 'pending' : 'failed',
      nextAttemptAt: retry ? new Date(finishedAt.getTime() + delay * 1000) : null,
      completedAt: retry ? null : finishedAt,
    };
    const recorded = await deliveries.recordAttempt(db, delivery.id, job.attempt, record);
    if (recorded && retry) {
      await queueAttempt(queue, { deliveryId: delivery.id, attempt: made }, { startAfterSeconds: delay });
    }
  }

  /** Queues again the pending deliveries whose job is overdue by more than a sweep interval. */
  async function sweep(): Promise<void> {
    const now = clock.now().getTime();
    const sweepTick = Math.floor(now / SWEEP_INTERVAL_MS);
    for (const row of await deliveries.stalled(db, new Date(now - SWEEP_INTERVAL_MS))) {
      await queueAttempt(queue, { deliveryId: row.id, attempt: row.attemptCount }, { sweepTick });
    }
  }

  return { consumer, attempt, sweep };
}
