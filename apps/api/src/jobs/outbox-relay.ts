import type { DomainEvent } from '@zhicheng/contracts';
import { type Db, domainEvents, type RawSql } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import type { EventConsumer } from './job-queue.js';
import type { PgBossQueue } from './pg-boss-queue.js';

/** Moves undispatched outbox events into one delivery job per consumer. */
export const OUTBOX_RELAY_JOB = 'outbox.relay';
/** The relay is woken after each commit that wrote events; this catches a wake-up lost in a crash. */
export const OUTBOX_RELAY_CRON = '* * * * *';
const BATCH = 100;

/** One consumer's queue: a failing consumer retries (and dead-letters) alone. */
export const deliveryQueueOf = (consumer: string) => `events.${consumer}`;
interface DeliveryData {
  eventId: string;
}

export function createOutboxRelay(deps: {
  db: Db;
  sql: RawSql;
  queue: PgBossQueue;
  consumers: () => readonly EventConsumer[];
}) {
  /**
   * One batch, in seq order, as one transaction: lock undispatched events (SKIP LOCKED, so a second relay
   * takes the next ones), insert a delivery job per (event, consumer) and mark the events dispatched.
   * The jobs exist exactly when `dispatched_at` is set; their ids come from `${consumer}:${event.id}`, so
   * nothing is queued twice for one consumer.
   */
  async function relayBatch(): Promise<number> {
    const consumers = deps.consumers();
    const count = await deps.sql.sqlTransaction(async (executeSql) => {
      const { rows } = await executeSql(
        `select id from domain_events where dispatched_at is null
          order by seq limit $1 for update skip locked`,
        [BATCH],
      );
      const ids = rows.map((r) => String(r.id));
      if (ids.length === 0) return 0;
      const jobs = ids.flatMap((eventId) =>
        consumers.map((c) => ({
          name: deliveryQueueOf(c.name),
          data: { eventId } satisfies DeliveryData,
          singletonKey: `${c.name}:${eventId}`,
        })),
      );
      await deps.queue.insert(jobs, executeSql);
      await executeSql('update domain_events set dispatched_at = now() where id = any($1::uuid[])', [ids]);
      return ids.length;
    });
    if (count > 0) for (const c of consumers) deps.queue.wake(deliveryQueueOf(c.name));
    return count;
  }

  async function loadEvent(id: string): Promise<DomainEvent | undefined> {
    const [row] = await deps.db.select().from(domainEvents).where(eq(domainEvents.id, id));
    if (!row) return undefined;
    return {
      id: row.id,
      type: row.type,
      occurredAt: row.occurredAt.toISOString(),
      data: row.data,
    } as DomainEvent;
  }

  return {
    async relay() {
      while ((await relayBatch()) === BATCH) {
        // A full batch: there may be more.
      }
    },

    /** The job that hands one event to one consumer; consumers are idempotent by event id. */
    deliveryHandler(consumer: EventConsumer) {
      return async (job: { data: DeliveryData }) => {
        const event = await loadEvent(job.data.eventId);
        if (event) await consumer.handle(event);
      };
    },
  };
}
