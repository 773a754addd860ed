import { publicityStages } from '@zhicheng/contracts';
import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { createdAt, id } from './common.js';
import { users } from './users.js';

/** The bureau's work calendar: holidays and make-up working days (调休上班); other days follow the weekday. */
export const calendarDays = pgTable('calendar_days', {
  day: date('day').primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
});

/** A publicity window (单位公示 or 评审结果公示) for one or more applications. */
export const publicityWindows = pgTable('publicity_windows', {
  id: id(),
  stage: text('stage', { enum: publicityStages }).notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  /** Working days by the calendar when the window was recorded. */
  workingDays: integer('working_days').notNull(),
  note: text('note'),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

export const publicityWindowApplications = pgTable(
  'publicity_window_applications',
  {
    windowId: uuid('window_id')
      .notNull()
      .references(() => publicityWindows.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.windowId, t.applicationId] }),
    index('publicity_window_applications_application_idx').on(t.applicationId),
  ],
);

/** An objection (异议) sent from the public 公示 page: a note on the application for its department. */
export const objections = pgTable(
  'objections',
  {
    id: id(),
    windowId: uuid('window_id')
      .notNull()
      .references(() => publicityWindows.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    content: text('content').notNull(),
    /** The sender's IP, for abuse handling (never shown in lists). */
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [index('objections_application_idx').on(t.applicationId, t.createdAt)],
);
