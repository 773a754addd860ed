import { type ApplicationStatus, committeePassAction, passedCommitteeStatuses } from '@zhicheng/contracts';
import { applicationEvents, applications, committees, type DbOrTx, series } from '@zhicheng/db';
import { and, asc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../lib/actor.js';
import { scopeWhere } from '../applications/applications-repository.js';

const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
const statusIs = (status: ApplicationStatus) => sql`${applications.status} = ${status}`;

/** Counts over the applications of a scope (and a cycle): a few GROUP BY queries, no per-row work. */
export const statsRepository = {
  byStatus(db: DbOrTx, scope: Scope, cycleId: string | undefined) {
    return db
      .select({ status: applications.status, count: sql<number>`count(*)`.mapWith(Number) })
      .from(applications)
      .where(where(scope, cycleId))
      .groupBy(applications.status);
  },

  bySeries(db: DbOrTx, scope: Scope, cycleId: string | undefined) {
    return db
      .select({ id: series.id, name: series.name, ...decided() })
      .from(applications)
      .innerJoin(series, eq(series.id, applications.seriesId))
      .where(where(scope, cycleId))
      .groupBy(series.id, series.name, series.sortOrder)
      .orderBy(asc(series.sortOrder), asc(series.name));
  },

  byCommittee(db: DbOrTx, scope: Scope, cycleId: string | undefined) {
    return db
      .select({ id: committees.id, name: committees.name, ...decided() })
      .from(applications)
      .innerJoin(committees, eq(committees.id, applications.committeeId))
      .where(where(scope, cycleId))
      .groupBy(committees.id, committees.name)
      .orderBy(asc(committees.name));
  },

  /** The funnel from the reached columns and the review records, in one pass. */
  async funnel(db: DbOrTx, scope: Scope, cycleId: string | undefined) {
    // Passed the committee: its pass is on record (a later publicity failure leaves it `rejected`), or the
    // status is one only that pass leads to (the status machine's list, for rows without the record).
    const passRecorded = exists(
      db
        .select({ one: sql`1` })
        .from(applicationEvents)
        .where(
          and(
            eq(applicationEvents.applicationId, applications.id),
            eq(applicationEvents.action, committeePassAction),
          ),
        ),
    );
    const passedCommittee = sql`(${passRecorded} or ${inArray(applications.status, [...passedCommitteeStatuses])})`;
    const [row] = await db
      .select({
        submitted: countWhere(sql`${applications.reachedUnitAt} is not null`),
        unitApproved: countWhere(sql`${applications.reachedDepartmentAt} is not null`),
        deptApproved: countWhere(sql`${applications.reachedCommitteeAt} is not null`),
        committeePassed: countWhere(passedCommittee),
        approved: countWhere(statusIs('approved')),
      })
      .from(applications)
      .where(where(scope, cycleId));
    return row ?? { submitted: 0, unitApproved: 0, deptApproved: 0, committeePassed: 0, approved: 0 };
  },
};

function where(scope: Scope, cycleId: string | undefined) {
  return and(scopeWhere(scope), cycleId ? eq(applications.cycleId, cycleId) : undefined);
}

function decided() {
  return {
    total: sql<number>`count(*)`.mapWith(Number),
    approved: countWhere(statusIs('approved')),
    rejected: countWhere(statusIs('rejected')),
  };
}
