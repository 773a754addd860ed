import type { SqlExecutor, SqlRows } from '@zhicheng/db';
import PgBoss from 'pg-boss';
import type { Job, JobOptions, JobQueue, WorkOptions } from './job-queue.js';
import { retryDeadlock, SEND_IT_QUEUE, singletonIdOf } from './pg-boss-support.js';

/** pg-boss keeps its tables in this schema, beside the app's (ADR 0008). */
export const JOBS_SCHEMA = 'pgboss';
/** Cron expressions are read in China time. */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

export const deadLetterQueueOf = (name: string) => `${name}.dead-letter`;

// Any fixed number (beside the migration's and seeding's in packages/db).
const QUEUE_CREATION_LOCK_KEY = 727_003;

const DEFAULTS = { retryLimit: 3, retryDelaySeconds: 10, expireInSeconds: 15 * 60 } as const;

export interface PgBossQueueOptions {
  executeSql: SqlExecutor;
  /** A transaction on the same database: queue creation runs in one, under an advisory lock. */
  sqlTransaction?: <T>(work: (executeSql: SqlExecutor) => Promise<T>) => Promise<T>;
  /** How often an idle worker asks for work (seconds, at least 0.5); a send in this process wakes it at once. */
  pollSeconds: number;
  /** Expiry of jobs whose worker died, archiving (seconds; default 60). */
  maintenanceSeconds?: number;
  /** How often one replica checks the schedules (seconds, 1–45; default 30). */
  cronCheckSeconds?: number;
  /** How long `stop` waits for running handlers before failing them (they are retried). Default 10 s. */
  stopTimeoutMs?: number;
  onError(error: unknown, context: { queue?: string; jobId?: string }): void;
}

/** A job to insert with others, e.g. inside the caller's transaction. */
export interface JobToInsert {
  name: string;
  data: object;
  singletonKey?: string;
}

export type PgBossQueue = ReturnType<typeof createPgBossQueue>;

/**
 * The `JobQueue` on pg-boss 10 (10.x runs on Node 20; 11+ needs Node 22). It shares the app's database
 * (PostgreSQL or PGlite) through `executeSql`. Queues and workers may be declared before `start`, which
 * installs pg-boss's schema, creates the queues (each with its dead-letter queue) and starts the workers.
 */
export function createPgBossQueue(options: PgBossQueueOptions) {
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  // Tracked so that `stop` can wait for statements pg-boss fires without awaiting them (its worker
  // completes a job with an un-awaited `complete`, Worker.onFetch in pg-boss 10): none may outlive the
  // database connection. A `complete` can still come after `stop` returned; it runs if the database
  // is there, and if its pool is gone its failure is swallowed here — pg-boss does not await it, so
  // it would be an unhandled rejection — and the job, still active, is retried once it expires.
  const executeSql: SqlExecutor = (text, values) => {
    if (closed) return run(text, values).catch(() => undefined as unknown as SqlRows);
    const call = run(text, values);
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call)).catch(() => {});
    return call;
  };
  // pg-boss 10 creates a queue (its row, a partition of the job table, foreign keys) without a lock:
  // replicas starting together on a new database deadlock on each other's DDL again and again (see
  // retryDeadlock) and overrun the app's start-up time (seen with two processes: "onReady hook timed
  // out"). Under one transaction-scoped advisory lock they take turns; each creation is short.
  const run: SqlExecutor = (text, values) => {
    const { sqlTransaction } = options;
    if (!sqlTransaction || !text.includes(`${JOBS_SCHEMA}.create_queue(`))
      return options.executeSql(text, values);
    return sqlTransaction(async (tx) => {
      await tx('select pg_advisory_xact_lock($1)', [QUEUE_CREATION_LOCK_KEY]);
      return tx(text, values);
    });
  };
  const boss = new PgBoss({
    db: { executeSql: (text, values) => executeSql(text, values) },
    schema: JOBS_SCHEMA,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
    cronMonitorIntervalSeconds: options.cronCheckSeconds ?? 30,
    pollingIntervalSeconds: options.pollSeconds,
  });
  boss.on('error', (error) => options.onError(error, { queue: (error as { queue?: string }).queue }));

  type Handler = (job: Job<object>) => Promise<void>;
  const workers = new Map<string, { handler: Handler; options: WorkOptions; ids: string[] }>();
  const queues = new Map<string, WorkOptions>();
  const schedules = new Map<string, { cron: string; data: object }>();
  const created = new Set<string>();
  let state: 'new' | 'starting' | 'started' | 'stopped' = 'new';
  let starting: Promise<void> | undefined;

  async function createQueue(name: string, work: WorkOptions = queues.get(name) ?? {}) {
    if (created.has(name)) return;
    const dead = deadLetterQueueOf(name);
    await retryDeadlock(() => boss.createQueue(dead));
    const settings: PgBoss.Queue = {
      name,
      policy: work.oneAtATime ? 'stately' : 'standard',
      retryLimit: work.retryLimit ?? DEFAULTS.retryLimit,
      retryDelay: work.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: work.expireInSeconds ?? DEFAULTS.expireInSeconds,
      deadLetter: dead,
    };
    // createQueue keeps an existing queue as it was; updateQueue brings its settings up to this code's.
    await retryDeadlock(() => boss.createQueue(name, settings));
    await retryDeadlock(() => boss.updateQueue(name, settings));
    created.add(name);
  }

  async function startWorker(name: string) {
    const worker = workers.get(name);
    if (!worker) return;
    await createQueue(name, worker.options);
    const id = await boss.work<object>(name, { batchSize: 1 }, async ([job]) => {
      if (!job) return;
      try {
        await worker.handler({ id: job.id, data: job.data });
      } catch (error) {
        options.onError(error, { queue: name, jobId: job.id });
        throw error;
      }
    });
    worker.ids.push(id);
  }

  function assertRunning() {
    if (state === 'stopped') throw new Error('the job queue is stopped');
  }

  /** Wakes this process's workers of a queue instead of leaving the job to their next poll. */
  function wake(name: string) {
    for (const id of workers.get(name)?.ids ?? []) boss.notifyWorker(id);
  }

  const queue = {
    async send<T extends object>(name: string, data: T, sendOptions: JobOptions = {}) {
      assertRunning();
      await start();
      await createQueue(name);
      const id = await boss.send(name, data, {
        ...(sendOptions.singletonKey
          ? { id: singletonIdOf(name, sendOptions.singletonKey), singletonKey: sendOptions.singletonKey }
          : {}),
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
        ...(sendOptions.retryLimit !== undefined ? { retryLimit: sendOptions.retryLimit } : {}),
        ...(sendOptions.retryDelaySeconds !== undefined ? { retryDelay: sendOptions.retryDelaySeconds } : {}),
        ...(sendOptions.expireInSeconds ? { expireInSeconds: sendOptions.expireInSeconds } : {}),
      });
      if (id) wake(name);
      return id;
    },

    /**
     * Inserts jobs through `executeSql`, e.g. the executor of the caller's transaction, so they exist
     * exactly when it commits. Call `wake` after the commit. Queues must have been declared (`work`).
     */
    async insert(jobs: readonly JobToInsert[], executor: SqlExecutor) {
      if (jobs.length === 0) return;
      for (const name of new Set(jobs.map((j) => j.name))) {
        if (!created.has(name)) throw new Error(`job queue ${name} is not declared`);
      }
      await boss.insert(
        jobs.map((j) => ({
          name: j.name,
          data: j.data,
          ...(j.singletonKey
            ? { id: singletonIdOf(j.name, j.singletonKey), singletonKey: j.singletonKey }
            : {}),
        })),
        { db: { executeSql: (text, values) => executor(text, values) } },
      );
    },

    wake,

    async work<T extends object>(
      name: string,
      handler: (job: Job<T>) => Promise<void>,
      workOptions: WorkOptions = {},
    ) {
      assertRunning();
      if (workers.has(name)) throw new Error(`job queue ${name} already has a worker`);
      workers.set(name, { handler: handler as Handler, options: workOptions, ids: [] });
      queues.set(name, workOptions);
      // A send may have created the queue with defaults already: bring it to these settings.
      created.delete(name);
      if (state === 'started') await startWorker(name);
    },

    async schedule(name: string, cron: string, data: object = {}) {
      assertRunning();
      schedules.set(name, { cron, data });
      if (state === 'started') await applySchedule(name);
    },

    /** Resolves once none of this process's job kinds has a job queued and due, or running. */
    async idle(pollMs = 50) {
      const names = [...workers.keys()];
      if (state !== 'started' || names.length === 0) return;
      for (;;) {
        const { rows } = await executeSql(
          `select count(*)::int as n from ${JOBS_SCHEMA}.job
            where name = any($1::text[])
              and (state = 'active' or (state < 'active' and start_after <= now()))`,
          [names],
        );
        if (Number(rows[0]?.n ?? 0) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },

    /** The jobs that failed past their retries (newest first): what an operator looks at and re-sends. */
    async deadLetters(name: string, limit = 100) {
      const { rows } = await executeSql(
        `select id, data, output, created_on as "createdOn" from ${JOBS_SCHEMA}.job
          where name = $1 order by created_on desc limit $2`,
        [deadLetterQueueOf(name), limit],
      );
      return rows as { id: string; data: object; output: unknown; createdOn: Date }[];
    },

    start,

    async stop() {
      if (state === 'stopped') return;
      const wasStarted = state !== 'new';
      await starting?.catch(() => {});
      state = 'stopped';
      if (wasStarted) {
        await boss.stop({
          graceful: true,
          wait: true,
          close: false,
          timeout: options.stopTimeoutMs ?? 10_000,
        });
      }
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      closed = true;
    },
  } satisfies JobQueue & Record<string, unknown>;

  async function applySchedule(name: string) {
    const entry = schedules.get(name);
    if (!entry) return;
    await createQueue(name);
    await boss.schedule(name, entry.cron, entry.data, { tz: SCHEDULE_TIME_ZONE });
  }

  function start(): Promise<void> {
    if (state === 'stopped') return Promise.reject(new Error('the job queue is stopped'));
    starting ??= (async () => {
      state = 'starting';
      await boss.start();
      // pg-boss creates the queue its schedules go through during start, swallowing any failure: a
      // deadlock there (see retryDeadlock) would silently stop this database's schedules.
      await retryDeadlock(() => boss.createQueue(SEND_IT_QUEUE));
      for (const name of queues.keys()) await createQueue(name);
      for (const name of workers.keys()) await startWorker(name);
      for (const name of schedules.keys()) await applySchedule(name);
      state = 'started';
    })();
    return starting;
  }

  return queue;
}
