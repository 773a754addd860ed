import {
  type ApplicationStatus,
  finishedStatuses,
  type ReviewerScopeKind,
  scopesReachedBy,
  statusesHiddenFrom,
} from '@zhicheng/contracts';
import {
  applications,
  committees,
  type Db,
  type DbOrTx,
  departments,
  qualifications,
  reviewCycles,
  series,
  specialties,
  units,
  users,
} from '@zhicheng/db';
import { and, eq, inArray, isNotNull, notInArray, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../lib/actor.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;

/** The column that records when an application reached each reviewer (set by `reachedColumnsFor`). */
const reachedColumn = {
  unit: applications.reachedUnitAt,
  department: applications.reachedDepartmentAt,
  committee: applications.reachedCommitteeAt,
} satisfies Record<ReviewerScopeKind, unknown>;

const ownerColumn = {
  unit: applications.unitId,
  department: applications.departmentId,
  committee: applications.committeeId,
} satisfies Record<ReviewerScopeKind, unknown>;

/**
 * What a reviewer scope sees, as SQL derived from the status machine (`isVisibleToScope`): its own
 * applications that have reached it, minus the statuses hidden from it.
 */
function reviewerWhere(kind: ReviewerScopeKind, scopeId: Placeholder | string): SQL | undefined {
  const hidden = statusesHiddenFrom[kind];
  return and(
    eq(ownerColumn[kind], scopeId),
    isNotNull(reachedColumn[kind]),
    hidden.length > 0 ? notInArray(applications.status, [...hidden]) : undefined,
  );
}

/** The WHERE clause of a scope, with the scope's id as a value or as a placeholder (prepared statements). */
function scopeCondition(kind: Scope['kind'], scopeId: Placeholder | string): SQL | undefined {
  switch (kind) {
    case 'applicant':
      return eq(applications.applicantId, scopeId);
    case 'unit':
    case 'department':
    case 'committee':
      return reviewerWhere(kind, scopeId);
    case 'bureau':
      return undefined;
  }
}

/** The WHERE clause of a scope: every read of applications goes through it. */
export function scopeWhere(scope: Scope): SQL | undefined {
  return scopeCondition(scope.kind, scopeIdOf(scope));
}

/**
 * The columns a move to `to` sets besides the status: the first time an application enters a
 * reviewer's stage, that reviewer is reached (and keeps seeing it from then on).
 */
export function reachedColumnsFor(to: ApplicationStatus, now: Date) {
  const set: Partial<Record<'reachedUnitAt' | 'reachedDepartmentAt' | 'reachedCommitteeAt', SQL>> = {};
  for (const kind of scopesReachedBy(to)) {
    const column = reachedColumn[kind];
    set[reachedKey[kind]] = sql`coalesce(${column}, ${now.toISOString()}::timestamptz)`;
  }
  return set;
}

const reachedKey = {
  unit: 'reachedUnitAt',
  department: 'reachedDepartmentAt',
  committee: 'reachedCommitteeAt',
} as const satisfies Record<ReviewerScopeKind, keyof typeof applications.$inferInsert>;

/** An application with the applicant's name and the names of its choice (see `selectWithNames`). */
export const withNames = {
  application: applications,
  applicantName: users.name,
  /** 试点评委会: decides which materials are required (completeness, the materials list). */
  committeePilot: committees.pilot,
  names: {
    cycle: reviewCycles.name,
    series: series.name,
    specialty: specialties.name,
    qualification: qualifications.name,
    committee: committees.name,
    department: departments.name,
    unit: units.name,
  },
};

function selectWithNames(db: DbOrTx) {
  return db
    .select(withNames)
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .innerJoin(reviewCycles, eq(reviewCycles.id, applications.cycleId))
    .innerJoin(series, eq(series.id, applications.seriesId))
    .innerJoin(specialties, eq(specialties.id, applications.specialtyId))
    .innerJoin(qualifications, eq(qualifications.id, applications.qualificationId))
    .innerJoin(committees, eq(committees.id, applications.committeeId))
    .innerJoin(departments, eq(departments.id, applications.departmentId))
    .innerJoin(units, eq(units.id, applications.unitId));
}

/** The placeholder WHERE of each scope kind, for prepared statements (same rules as `scopeWhere`). */
function scopePlaceholderWhere(kind: Scope['kind']): SQL | undefined {
  return scopeCondition(kind, sql.placeholder('scopeId'));
}

export function scopeIdOf(scope: Scope): string {
  switch (scope.kind) {
    case 'applicant':
      return scope.userId;
    case 'unit':
      return scope.unitId;
    case 'department':
      return scope.departmentId;
    case 'committee':
      return scope.committeeId;
    case 'bureau':
      return '';
  }
}

/**
 * One application with its names, prepared once per scope kind: every request about an application
 * starts with this eight-table join, and PostgreSQL spends longer planning it than running it.
 */
export function prepareApplicationLookup(db: Db) {
  const statements = new Map<Scope['kind'], ReturnType<typeof prepareFor>>();
  function prepareFor(kind: Scope['kind']) {
    return selectWithNames(db)
      .where(and(eq(applications.id, sql.placeholder('id')), scopePlaceholderWhere(kind)))
      .prepare(`application_in_${kind}_scope`);
  }
  return async function findInScope(scope: Scope, id: string) {
    let statement = statements.get(scope.kind);
    if (!statement) {
      statement = prepareFor(scope.kind);
      statements.set(scope.kind, statement);
    }
    const [row] = await statement.execute({ id, scopeId: scopeIdOf(scope) });
    return row;
  };
}

export const applicationsRepository = {
  /**
   * Locks the applicant's own application row for the rest of the transaction and returns its status
   * (undefined: not theirs). Content writes take it `share` (they may run side by side), writes that
   * check limits take it `update`; a transition's compare-and-set holds the row exclusively, so a write
   * either lands before the submission (and is in its snapshot) or sees the new status after it.
   */
  async lockOwn(db: DbOrTx, id: string, applicantId: string, mode: 'share' | 'update') {
    const [row] = await db
      .select({ status: applications.status })
      .from(applications)
      .where(and(eq(applications.id, id), eq(applications.applicantId, applicantId)))
      .for(mode);
    return row?.status;
  },

  /** The applicant's in-progress application in a cycle, if any. */
  async findInProgress(db: DbOrTx, applicantId: string, cycleId: string) {
    const [row] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(
        and(
          eq(applications.applicantId, applicantId),
          eq(applications.cycleId, cycleId),
          notInArray(applications.status, [...finishedStatuses]),
        ),
      );
    return row;
  },

  async insert(db: DbOrTx, values: NewApplication): Promise<ApplicationRow> {
    const [row] = await db.insert(applications).values(values).returning();
    if (!row) throw new Error('application not inserted');
    return row;
  },

  /** Compare-and-set on version and status; undefined when either moved on. */
  async updateChoice(
    db: DbOrTx,
    id: string,
    values: Partial<NewApplication>,
    expected: { version?: number; statuses: readonly ApplicationStatus[] },
    now: Date,
  ) {
    const [row] = await db
      .update(applications)
      .set({ ...values, updatedAt: now, version: sql`${applications.version} + 1` })
      .where(
        and(
          eq(applications.id, id),
          inArray(applications.status, [...expected.statuses]),
          expected.version === undefined ? undefined : eq(applications.version, expected.version),
        ),
      )
      .returning();
    return row;
  },
};
