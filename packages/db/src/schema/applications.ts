import {
  type ApplicationStatus,
  applicationApplyTypes,
  applicationStatuses,
  applicationTracks,
  finishedStatuses,
  levels,
  outcomes,
} from '@zhicheng/contracts';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { committees, qualifications, series, specialties } from './catalog.js';
import { createdAt, id, updatedAt } from './common.js';
import { reviewCycles } from './cycles.js';
import { departments, units } from './organisations.js';
import { users } from './users.js';

const quoted = (status: ApplicationStatus) => `'${status}'`;

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
    status: text('status', { enum: applicationStatuses }).notNull().default('draft'),
    outcome: text('outcome', { enum: outcomes }),
    track: text('track', { enum: applicationTracks }).notNull(),
    applyType: text('apply_type', { enum: applicationApplyTypes }).notNull(),
    innovativeCondition: integer('innovative_condition'),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => series.id),
    specialtyId: uuid('specialty_id')
      .notNull()
      .references(() => specialties.id),
    level: text('level', { enum: levels }).notNull(),
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
    /**
     * When the application first reached each reviewer's stage (contracts' scopeEntryStatus): from then
     * on that reviewer sees it, whatever its status since. Null: never reached.
     */
    reachedUnitAt: timestamp('reached_unit_at', { withTimezone: true }),
    reachedDepartmentAt: timestamp('reached_department_at', { withTimezone: true }),
    reachedCommitteeAt: timestamp('reached_committee_at', { withTimezone: true }),
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
      .where(sql.raw(`status not in (${finishedStatuses.map(quoted).join(', ')})`)),
    index('applications_unit_idx').on(t.unitId, t.status),
    index('applications_department_idx').on(t.departmentId, t.status),
    index('applications_committee_idx').on(t.committeeId, t.status),
    // A search finds accounts first (users' search indexes), then their applications.
    index('applications_applicant_idx').on(t.applicantId),
    ...queueOrderIndexes(t),
  ],
);

type QueueColumn =
  | 'id'
  | 'unitId'
  | 'departmentId'
  | 'committeeId'
  | 'submittedAt'
  | 'updatedAt'
  | 'reachedUnitAt'
  | 'reachedDepartmentAt'
  | 'reachedCommitteeAt';

/**
 * The reviewer queues' orders (issue #17: a page of a queue is read in index order, never by sorting
 * the whole scope): for each scope — bureau (everything), unit, department, committee, each only over
 * what has reached it — the three time orders of `queue-repository.ts`'s `sortKey`: last change, and
 * submission time newest and oldest first (unsubmitted last, hence the two `coalesce` expressions).
 * PostgreSQL reads an index backwards for the descending sorts.
 */
function queueOrderIndexes(t: Record<QueueColumn, AnyPgColumn>) {
  const orders = {
    updated: t.updatedAt,
    submitted_desc: sql`coalesce(${t.submittedAt}, '-infinity'::timestamptz)`,
    submitted_asc: sql`coalesce(${t.submittedAt}, 'infinity'::timestamptz)`,
  };
  const scopes: Record<string, { owner?: AnyPgColumn; reached?: AnyPgColumn }> = {
    bureau: {},
    unit: { owner: t.unitId, reached: t.reachedUnitAt },
    department: { owner: t.departmentId, reached: t.reachedDepartmentAt },
    committee: { owner: t.committeeId, reached: t.reachedCommitteeAt },
  };
  return Object.entries(scopes).flatMap(([scope, { owner, reached }]) =>
    Object.entries(orders).map(([order, key]) => {
      const name = `applications_${scope}_queue_${order}_idx`;
      const built = owner ? index(name).on(owner, key, t.id) : index(name).on(key, t.id);
      return reached ? built.where(sql`${reached} is not null`) : built;
    }),
  );
}
