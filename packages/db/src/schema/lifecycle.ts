import { applicationActions, applicationStatuses, roles } from '@zhicheng/contracts';
import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { createdAt, id } from './common.js';
import { users } from './users.js';

/** One status change of an application (review record): the timeline and the reviewers' history. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    action: text('action', { enum: applicationActions }).notNull(),
    fromStatus: text('from_status', { enum: applicationStatuses }),
    toStatus: text('to_status', { enum: applicationStatuses }).notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    actorRole: text('actor_role', { enum: roles }).notNull(),
    opinion: text('opinion'),
    reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
    votes: jsonb('votes'),
    /** A return's one notice (一次性告知): the sections and material categories to correct, and by when. */
    correction: jsonb('correction').$type<{
      sections: string[];
      materials: string[];
      correctBy: string | null;
    }>(),
    createdAt: createdAt(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.createdAt)],
);

/** What was submitted, frozen: the sections and the material list with their SHA-256. */
export const applicationSnapshots = pgTable(
  'application_snapshots',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').references(() => applicationEvents.id),
    content: jsonb('content').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('application_snapshots_application_idx').on(t.applicationId, t.createdAt)],
);

/** Idempotency-Key records (api.md): a repeat within 24 h returns the first response. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** Method + path: the same key on another endpoint is another request. */
    scope: text('scope').notNull(),
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is still running. */
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.scope, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);
