import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The transactional outbox: a domain event (typed in `@zhicheng/contracts`, `DomainEvent`) written in
 * the same transaction as the change it describes, so it exists exactly when the change committed. The
 * relay job hands each event to its consumers (webhooks, notifications, …) and then sets
 * `dispatched_at`; consumers are idempotent by event id, so a relay that dies half-way is simply re-run.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Commit order for the relay (ids are random). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
    type: text('type').notNull(),
    /** The event's `data`, as webhooks deliver it. */
    data: jsonb('data').notNull(),
    // Tenant columns, so each consumer finds the subscribers in scope without reading `data`.
    applicationId: uuid('application_id'),
    unitId: uuid('unit_id'),
    departmentId: uuid('department_id'),
    committeeId: uuid('committee_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  },
  (t) => [index('domain_events_pending_idx').on(t.seq).where(sql`${t.dispatchedAt} is null`)],
);
