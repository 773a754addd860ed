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
  /** At most one queued job per key and name (e.g. a file id); a second send is dropped. */
  singletonKey?: string;
  /** Retries after a failure (default 3), with exponential back-off from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A job not finished in this time counts as failed (its worker died) and is retried. */
  expireInSeconds?: number;
}

export interface Job<T> {
  id: string;
  data: T;
}

export interface JobQueue {
  /** Queues a job; resolves to its id (null when a singleton of the same key is already queued). */
  send<T extends object>(name: string, data: T, options?: JobOptions): Promise<string | null>;
  /** Registers the handler of a job kind; a thrown error fails the job (retried, then dead-lettered). */
  work<T extends object>(name: string, handler: (job: Job<T>) => Promise<void>): Promise<void>;
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
  name: string;
  handle(event: DomainEvent): Promise<void>;
}

/** Writes a domain event inside the caller's transaction (the outbox); the relay delivers it after commit. */
export type WriteDomainEvent = (
  tx: DbOrTx,
  event: Omit<DomainEvent, 'id' | 'occurredAt'>,
  occurredAt: Date,
) => Promise<string>;
