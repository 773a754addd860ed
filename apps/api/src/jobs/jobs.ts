import type { Db, RawSql } from '@zhicheng/db';
import { sharesCounters } from '../lib/rate-limits.js';
import type { EventConsumer } from './job-queue.js';
import { type Outbox, writeDomainEvent } from './outbox.js';
import { createOutboxRelay, deliveryQueueOf, OUTBOX_RELAY_CRON, OUTBOX_RELAY_JOB } from './outbox-relay.js';
import { createPgBossQueue, type PgBossQueueOptions } from './pg-boss-queue.js';

export interface JobsDeps {
  db: Db;
  sql: RawSql;
  pollSeconds: number;
  onError: PgBossQueueOptions['onError'];
  /** Tests shorten pg-boss's maintenance (expiry of dead workers' jobs) and schedule checks. */
  maintenanceSeconds?: number;
  cronCheckSeconds?: number;
  stopTimeoutMs?: number;
}

export type Jobs = ReturnType<typeof createJobs>;

/**
 * Background work of the app (ADR 0008): the durable queue, the outbox relay and its consumers.
 * Declare job kinds and consumers while building the app; `start` runs them (app ready), `stop` waits
 * for running handlers (app close).
 */
export function createJobs(deps: JobsDeps) {
  const queue = createPgBossQueue({
    executeSql: deps.sql.executeSql,
    // Only a PostgreSQL database is shared by several processes; PGlite (one process) needs no turns.
    ...(sharesCounters(deps.sql) ? { sqlTransaction: deps.sql.sqlTransaction } : {}),
    pollSeconds: deps.pollSeconds,
    onError: deps.onError,
    ...(deps.maintenanceSeconds ? { maintenanceSeconds: deps.maintenanceSeconds } : {}),
    ...(deps.cronCheckSeconds ? { cronCheckSeconds: deps.cronCheckSeconds } : {}),
    ...(deps.stopTimeoutMs ? { stopTimeoutMs: deps.stopTimeoutMs } : {}),
  });
  const consumers: EventConsumer[] = [];
  const relay = createOutboxRelay({ db: deps.db, sql: deps.sql, queue, consumers: () => consumers });
  const report = (error: unknown) => deps.onError(error, {});

  void queue
    .work(OUTBOX_RELAY_JOB, () => relay.relay(), { oneAtATime: true, retryDelaySeconds: 5 })
    .catch(report);
  void queue.schedule(OUTBOX_RELAY_JOB, OUTBOX_RELAY_CRON).catch(report);

  const outbox: Outbox = {
    write: writeDomainEvent,
    async committed() {
      // The event is safe in the outbox; a lost wake-up only delays it to the relay's next minute.
      try {
        await queue.send(OUTBOX_RELAY_JOB, {});
      } catch (error) {
        report(error);
      }
    },
  };

  return {
    /** Sends and works jobs: `jobs.queue.send(name, data, options)`, `jobs.queue.work(name, handler)`. */
    queue,
    /** Writes domain events in a transaction, and wakes the relay after the commit. */
    outbox,
    /**
     * Registers an outbox consumer (webhooks, notifications, …): each event goes to it as its own job in
     * the queue `events.<name>`, retried and dead-lettered apart from the other consumers.
     */
    consumeEvents(consumer: EventConsumer) {
      if (consumers.some((c) => c.name === consumer.name)) {
        throw new Error(`an event consumer named ${consumer.name} is already registered`);
      }
      consumers.push(consumer);
      void queue
        .work(deliveryQueueOf(consumer.name), relay.deliveryHandler(consumer), consumer.options)
        .catch(report);
    },
    async start() {
      await queue.start();
      // Events a stopped or crashed process left undispatched go out now, not at the next minute's tick.
      await outbox.committed();
    },
    stop: () => queue.stop(),
    /** Nothing due or running in this process's job kinds (tests wait on it). */
    idle: () => queue.idle(),
  };
}
