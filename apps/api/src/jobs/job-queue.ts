import type { DomainEvent } from '@zhicheng/contracts';
import type { DbOrTx } from '@zhicheng/db';

/**
 * The durable job queue every background task goes through (ADR 0008): PostgreSQL-backed, so a job
 * sent survives a crash and runs once across replicas. Handlers must be idempotent: a job whose worker
 * died is run again after its expiry.
 */
export interface JobOptions {
  /** Run no earlier than this many seconds from now. */
  startAfterSeconds?: number;
  /**
   * At most one job per key and name (e.g. a file id) while the queue keeps it (queued, running, done or
   * failed, until archived): a second send is dropped and resolves to null.
   */
  singletonKey?: string;
  /** Retries after a failure (default 3), with exponential back-off from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A job not finished in this time counts as failed (its worker died) and is retried. */
  expireInSeconds?: number;
}

/** How a job kind is worked: its queue's defaults (a send may override retries and expiry). */
export interface WorkOptions {
  /** Retries after a failure (default 3), then the job goes to its dead-letter queue. */
  retryLimit?: number;
  /** First retry after about this long (default 10 s), doubling with each further retry (with jitter). */
  retryDelaySeconds?: number;
  /** Default 15 minutes. */
  expireInSeconds?: number;
  /** At most one job of the kind queued and one running, across replicas (e.g. the outbox relay). */
  oneAtATime?: boolean;
}

export interface Job<T> {
  id: string;
  data: T;
}

export interface JobQueue {
  /** Queues a job; resolves to its id (null when a singleton of the same key is already queued). */
  send<T extends object>(name: string, data: T, options?: JobOptions): Promise<string | null>;
  /** Registers the handler of a job kind; a thrown error fails the job (retried, then dead-lettered). */
  work<T extends object>(
    name: string,
    handler: (job: Job<T>) => Promise<void>,
    options?: WorkOptions,
  ): Promise<void>;
  /** Recurring work (cron, China time), run by exactly one replica per tick. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  /** Tests and shutdown: resolves once no job is queued or running (delayed ones excepted). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A consumer of the outbox's domain events (webhooks, notifications, final form generation). `handle`
 * must be idempotent by `event.id`: the relay may hand an event over again after a crash.
 */
export interface EventConsumer {
  /** Names its queue, `events.<name>`: keep it stable (jobs already queued are found by it). */
  name: string;
  handle(event: DomainEvent): Promise<void>;
  /** Retries and expiry of its deliveries (the queue's defaults otherwise). */
  options?: WorkOptions;
}

/** Writes a domain event inside the caller's transaction (the outbox); the relay delivers it after commit. */
export type WriteDomainEvent = (tx: DbOrTx, event: NewDomainEvent, occurredAt: Date) => Promise<string>;

/** An event to write: its type and data, still paired (Omit on the union itself would unpair them). */
export type NewDomainEvent = DomainEvent extends infer E
  ? E extends DomainEvent
    ? Omit<E, 'id' | 'occurredAt'>
    : never
  : never;
