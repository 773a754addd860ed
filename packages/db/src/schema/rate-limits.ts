import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters of the API's rate limits, shared by every API process on this database: one row per
 * limit and client (the key is a hash, never the IP or mobile itself) for the current fixed window.
 * UNLOGGED (see the migration): counters are worth nothing after a crash, and writes skip the WAL.
 * Rows past `window_ends_at` are dead; a scheduled job deletes them.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').primaryKey(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [index('rate_limit_counters_window_ends_at_idx').on(t.windowEndsAt)],
);
