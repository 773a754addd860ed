import { bigint, bigserial, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/**
 * How many applications each scope holds per cycle and status (issue #17: the queues' counts must not
 * read every application on every request). Kept by triggers on `applications` (migration 0014), which
 * append one row per change to `application_count_deltas`; a job folds the deltas in every minute
 * (`fold_application_count_deltas()`), and readers add the unfolded deltas to the counts, so a count
 * is exact at once. Only appends on the write path: concurrent transitions never wait on a counter row.
 *
 * A scope is the bureau (`scope_id` ''), or a unit, department or committee the application has reached
 * (its `reached_*_at` is set) — the same rule as the queues' `scopeWhere`; statuses hidden from a scope
 * are left out when reading. `rebuild_application_counts()` recomputes everything (after a bulk load).
 */
export const applicationCounts = pgTable(
  'application_counts',
  {
    scopeKind: text('scope_kind').notNull(),
    scopeId: text('scope_id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    status: text('status').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scopeKind, t.scopeId, t.cycleId, t.status] })],
);

export const applicationCountDeltas = pgTable(
  'application_count_deltas',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    scopeKind: text('scope_kind').notNull(),
    scopeId: text('scope_id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    status: text('status').notNull(),
    delta: integer('delta').notNull(),
  },
  (t) => [index('application_count_deltas_scope_idx').on(t.scopeKind, t.scopeId)],
);
