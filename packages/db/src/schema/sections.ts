import { sectionStatuses } from '@zhicheng/contracts';
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';

/** One saved section (申报栏目) of an application: the data as the shape check accepted it. */
export const applicationSections = pgTable(
  'application_sections',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    data: jsonb('data').notNull(),
    status: text('status', { enum: sectionStatuses }).notNull(),
    version: integer('version').notNull().default(1),
    /** Set on re-apply when the copied evidence dates fall outside the new cycle's window. */
    needsReview: boolean('needs_review').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.key] })],
);
