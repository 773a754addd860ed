import type { ApplicationFilters, ApplicationStatus, PublicityStage, QueueSort } from '@zhicheng/contracts';
import {
  applications,
  committees,
  type DbOrTx,
  departments,
  publicityWindowApplications,
  publicityWindows,
  qualifications,
  reviewCycles,
  series,
  specialties,
  units,
  users,
} from '@zhicheng/db';
import { and, count, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Scope } from '../../lib/actor.js';
import { personSearch } from '../../lib/person-search.js';
import { scopeWhere, withNames } from './applications-repository.js';
import { maintainedCountByStatus, maintainedCountsCover } from './maintained-counts.js';
import type { QueueKeyset } from './queue-cursor.js';

/** The list filters as the repository applies them (the service turns China dates into instants). */
export type QueueFilters = Omit<ApplicationFilters, 'status' | 'submittedFrom' | 'submittedTo'> & {
  statuses?: readonly ApplicationStatus[] | undefined;
  /** Submitted at or after. */
  submittedFrom?: Date | undefined;
  /** Submitted strictly before. */
  submittedBefore?: Date | undefined;
};

/**
 * The scope plus the filters. A search reads the applicant's account (users), which `page` always
 * joins and the counts join only then (`withApplicant`).
 */
function queueWhere(scope: Scope, f: QueueFilters): SQL | undefined {
  return and(
    scopeWhere(scope),
    f.statuses?.length ? inArray(applications.status, [...f.statuses]) : undefined,
    f.cycleId ? eq(applications.cycleId, f.cycleId) : undefined,
    f.seriesId ? eq(applications.seriesId, f.seriesId) : undefined,
    f.committeeId ? eq(applications.committeeId, f.committeeId) : undefined,
    f.track ? eq(applications.track, f.track) : undefined,
    f.applyType ? eq(applications.applyType, f.applyType) : undefined,
    f.submittedFrom ? gte(applications.submittedAt, f.submittedFrom) : undefined,
    f.submittedBefore ? lt(applications.submittedAt, f.submittedBefore) : undefined,
    f.q ? personSearch(f.q) : undefined,
  );
}

/** An instant as the cursor carries it: UTC with microseconds, exactly what PostgreSQL stores. */
const instantText = (column: SQL | typeof applications.updatedAt) =>
  sql<string | null>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Each sort as SQL: the ordering expression (never null: an unsubmitted application sorts last under
 * a submitted-time sort), its value as the cursor carries it, and the same expression for a cursor's
 * value. Names compare by code point (`collate "C"`) so PostgreSQL and PGlite agree.
 */
function sortKey(sort: QueueSort) {
  const descending = sort.startsWith('-');
  if (sort === 'name' || sort === '-name') {
    return {
      descending,
      expr: sql`${users.name} collate "C"`,
      value: sql<string | null>`${users.name}`,
      fromCursor: (v: string | null) => sql`${v}::text collate "C"`,
    };
  }
  if (sort === '-updatedAt') {
    return {
      descending,
      expr: sql`${applications.updatedAt}`,
      value: instantText(applications.updatedAt),
      fromCursor: (v: string | null) => sql`${v}::timestamptz`,
    };
  }
  const last = descending ? sql.raw(`'-infinity'::timestamptz`) : sql.raw(`'infinity'::timestamptz`);
  return {
    descending,
    expr: sql`coalesce(${applications.submittedAt}, ${last})`,
    value: instantText(sql`${applications.submittedAt}`),
    fromCursor: (v: string | null) => sql`coalesce(${v}::timestamptz, ${last})`,
  };
}

/**
 * A count's applications joined to their applicants only when a search reads the account: every
 * application has one, so the join changes no count, but without a search it made PostgreSQL read
 * every account for every count (issue #17).
 */
function withApplicantIfSearched<T extends PgSelect>(query: T, filters: QueueFilters): T {
  // A dynamic query's methods change the query in place; the join adds no selected column.
  if (filters.q) query.innerJoin(users, eq(users.id, applications.applicantId));
  return query;
}

export type QueueRow = Awaited<ReturnType<typeof queueRepository.page>>[number];

/** The latest publicity window of one stage for the application of the outer row (a lateral subquery). */
function latestWindow(db: DbOrTx, stage: PublicityStage) {
  return db
    .select({
      startsOn: publicityWindows.startsOn,
      endsOn: publicityWindows.endsOn,
      workingDays: publicityWindows.workingDays,
    })
    .from(publicityWindowApplications)
    .innerJoin(publicityWindows, eq(publicityWindows.id, publicityWindowApplications.windowId))
    .where(
      and(eq(publicityWindowApplications.applicationId, applications.id), eq(publicityWindows.stage, stage)),
    )
    .orderBy(desc(publicityWindows.createdAt), desc(publicityWindows.id))
    .limit(1)
    .as(`${stage}_publicity`);
}

export const queueRepository = {
  /**
   * One page in `sort` order after `after` (keyset), with the applicant's account, the unit's name and
   * the latest 单位公示 window, in one query. Asks for `limit` rows; the caller asks one more to know
   * whether another page follows.
   */
  async page(
    db: DbOrTx,
    scope: Scope,
    filters: QueueFilters,
    sort: QueueSort,
    after: QueueKeyset | undefined,
    limit: number,
  ) {
    const key = sortKey(sort);
    const unitWindow = latestWindow(db, 'unit');
    const resultWindow = latestWindow(db, 'result');
    const direction = key.descending ? sql.raw('desc') : sql.raw('asc');
    const comparison = key.descending ? sql.raw('<') : sql.raw('>');
    const keyset = after
      ? sql`(${key.expr}, ${applications.id}) ${comparison} (${key.fromCursor(after.value)}, ${after.id}::uuid)`
      : undefined;
    // The joins of the application lookup (`selectWithNames`), plus the unit and the two windows.
    return db
      .select({
        ...withNames,
        applicantUsername: users.username,
        applicantIdNumber: users.idNumber,
        unitName: units.name,
        unitWindow: {
          startsOn: unitWindow.startsOn,
          endsOn: unitWindow.endsOn,
          workingDays: unitWindow.workingDays,
        },
        resultWindow: {
          startsOn: resultWindow.startsOn,
          endsOn: resultWindow.endsOn,
          workingDays: resultWindow.workingDays,
        },
        sortValue: key.value,
      })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.applicantId))
      .innerJoin(reviewCycles, eq(reviewCycles.id, applications.cycleId))
      .innerJoin(series, eq(series.id, applications.seriesId))
      .innerJoin(specialties, eq(specialties.id, applications.specialtyId))
      .innerJoin(qualifications, eq(qualifications.id, applications.qualificationId))
      .innerJoin(committees, eq(committees.id, applications.committeeId))
      .innerJoin(departments, eq(departments.id, applications.departmentId))
      .innerJoin(units, eq(units.id, applications.unitId))
      .leftJoinLateral(unitWindow, sql`true`)
      .leftJoinLateral(resultWindow, sql`true`)
      .where(and(queueWhere(scope, filters), keyset))
      .orderBy(sql`${key.expr} ${direction}`, sql`${applications.id} ${direction}`)
      .limit(limit);
  },

  /** How many applications the filters select in the scope (pagination ignored); see maintained-counts.ts. */
  async total(db: DbOrTx, scope: Scope, filters: QueueFilters): Promise<number> {
    if (maintainedCountsCover(scope, filters)) {
      const rows = await maintainedCountByStatus(db, scope, filters);
      return rows.reduce((sum, r) => sum + r.n, 0);
    }
    const query = db.select({ n: count() }).from(applications).$dynamic();
    const [row] = await withApplicantIfSearched(query, filters).where(queueWhere(scope, filters));
    return row?.n ?? 0;
  },

  /** The same selection grouped by status (statuses without applications are absent). */
  async countByStatus(db: DbOrTx, scope: Scope, filters: QueueFilters) {
    if (maintainedCountsCover(scope, filters)) return maintainedCountByStatus(db, scope, filters);
    const query = db.select({ status: applications.status, n: count() }).from(applications).$dynamic();
    return withApplicantIfSearched(query, filters)
      .where(queueWhere(scope, filters))
      .groupBy(applications.status);
  },
};
