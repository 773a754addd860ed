import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { createdAt, id } from './common.js';
import { users } from './users.js';

/**
 * One object in storage (a material page, a PDF or the 1-inch photo). Written only after the object is
 * stored; objects without a row are removed by the cleanup job. Re-applications reference the same rows,
 * so an object is never duplicated.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: id(),
    storageKey: text('storage_key').notNull().unique(),
    /** Display only: the name the browser sent. */
    originalName: text('original_name').notNull(),
    /** Decided from the bytes: image/jpeg, image/png or application/pdf. */
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    pages: integer('pages'),
    thumbnailKey: text('thumbnail_key'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('stored_files_created_idx').on(t.createdAt)],
);

/**
 * A file's place in an application: a material category (ordered) or `photo`. Access to a file is
 * granted through the applications that hold it.
 */
export const applicationFiles = pgTable(
  'application_files',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    category: text('category').notNull(),
    position: integer('position').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.fileId] }),
    index('application_files_category_idx').on(t.applicationId, t.category, t.position),
    index('application_files_file_idx').on(t.fileId),
  ],
);
