import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail. A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE,
 * so not even a bug in the application can rewrite history; the app's role may only INSERT and SELECT
 * (migrate.ts grants). Each row is chained to the one before by hash (a BEFORE INSERT trigger, migration
 * `audit_hash_chain`, fills the three chain columns), so `pnpm audit:verify` finds a changed or deleted row
 * even when someone with the owner's rights turned the triggers off.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    /** Position in the chain (1, 2, …), the previous row's hash ('' for the first) and this row's. */
    chainSeq: bigint('chain_seq', { mode: 'number' }).notNull().default(0),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('audit_events_occurred_idx').on(t.occurredAt),
    index('audit_events_target_idx').on(t.targetType, t.targetId),
  ],
);
