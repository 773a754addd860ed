import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { committees, qualifications, series, specialties } from './catalog.js';
import { createdAt, id, updatedAt } from './common.js';
import { reviewCycles } from './cycles.js';
import { departments, units } from './organisations.js';
import { users } from './users.js';

/** One application (申报) by an applicant in a review cycle. */
export const applications = pgTable(
  'applications',
  {
    id: id(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => users.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status').notNull().default('draft'),
    outcome: text('outcome'),
    track: text('track').notNull(),
    applyType: text('apply_type').notNull(),
    innovativeCondition: integer('innovative_condition'),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => series.id),
    specialtyId: uuid('specialty_id')
      .notNull()
      .references(() => specialties.id),
    level: text('level').notNull(),
    qualificationId: uuid('qualification_id')
      .notNull()
      .references(() => qualifications.id),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The application this one re-applies from (重新申报). */
    previousApplicationId: uuid('previous_application_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // At most one in-progress application per applicant and cycle, enforced by the database.
    uniqueIndex('applications_one_in_progress_key')
      .on(t.applicantId, t.cycleId)
      .where(sql`status not in ('approved', 'rejected', 'cancelled')`),
    index('applications_unit_idx').on(t.unitId, t.status),
    index('applications_department_idx').on(t.departmentId, t.status),
    index('applications_committee_idx').on(t.committeeId, t.status),
  ],
);
