import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './common.js';
import { units } from './organisations.js';
import { users } from './users.js';

/**
 * An integrator's API key, bound to one unit (`owner_kind = 'unit'`) or to the bureau. Only the SHA-256
 * of the secret is stored (a key is 256 random bits, so a fast hash is enough); `prefix` is the public
 * part shown in lists to tell keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    ownerKind: text('owner_kind').$type<'unit' | 'bureau'>().notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_unit_idx').on(t.unitId)],
);

/**
 * A webhook subscription of a unit or of the bureau. The signing secret must be readable to sign each
 * delivery (HMAC), so it is stored as issued; it is shown once in the 201 response and never listed.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    id: id(),
    ownerKind: text('owner_kind').$type<'unit' | 'bureau'>().notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    description: text('description'),
    secret: text('secret').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('webhooks_unit_idx').on(t.unitId)],
);

/**
 * One event sent to one webhook: the exact body (retries send the same bytes), its state and every
 * attempt with its response status. One row per (webhook, event), so a re-run relay sends nothing twice.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<'pending' | 'succeeded' | 'failed'>().notNull().default('pending'),
    attemptCount: integer('attempt_count').notNull().default(0),
    /** `[{ at, responseStatus, error, durationMs }]`, oldest first. */
    attempts: jsonb('attempts').notNull().default(sql`'[]'::jsonb`),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(t.webhookId, t.eventId),
    index('webhook_deliveries_list_idx').on(t.webhookId, t.createdAt),
  ],
);

/**
 * A message to a person, shown in the app (the bell) and, by the person's choice, sent by SMS or
 * e-mail. `dedupe_key` (e.g. the event id, or `reminder:<application>:<deadline>:<days>`) makes every
 * producer idempotent: a re-run relay or reminder sweep adds nothing twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    applicationId: uuid('application_id'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);

/** Which channels besides the in-app list a person wants (in-app is always on). Absent row: defaults. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  sms: boolean('sms').notNull().default(false),
  email: boolean('email').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
