import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { applicationSnapshots } from './lifecycle.js';

/**
 * The final 评审表 of an application, generated once from its frozen snapshot after the department
 * approved: the stored PDF (every download serves these bytes) and the code its verification page
 * resolves. One per application; the snapshot's and the form's SHA-256 let anyone check a printout.
 */
export const finalReviewForms = pgTable('final_review_forms', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  snapshotId: uuid('snapshot_id')
    .notNull()
    .references(() => applicationSnapshots.id),
  snapshotSha256: text('snapshot_sha256').notNull(),
  verificationCode: text('verification_code').notNull().unique(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  size: integer('size').notNull(),
  generatedAt: timestamp('generated_at', { withTimezone: true, mode: 'date' }).notNull(),
});
