import { type ApplicationStatus, statusesHiddenFrom } from '@zhicheng/contracts';
import { applicationCountDeltas, applicationCounts, type DbOrTx, type RawSql } from '@zhicheng/db';
import { and, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Scope } from '../../lib/actor.js';
import { scopeIdOf } from './applications-repository.js';
import type { QueueFilters } from './queue-repository.js';

/**
 * The counts the triggers keep (packages/db schema/application-counts.ts) answer a reviewer's or the
 * bureau's counts when the filters are the cycle and the statuses only — the status tabs and the
 * dashboards — without reading the applications; other filters count the filtered applications
 * (their own indexes bound that). An applicant's few applications are always counted directly.
 */
export function maintainedCountsCover(scope: Scope, f: QueueFilters): boolean {
  return (
    scope.kind !== 'applicant' &&
    !f.q &&
    !f.seriesId &&
    !f.committeeId &&
    !f.track &&
    !f.applyType &&
    !f.submittedFrom &&
    !f.submittedBefore
  );
}

/** Per status, the folded counts plus the deltas not folded yet: exact, and consistent in a transaction. */
export async function maintainedCountByStatus(
  db: DbOrTx,
  scope: Scope,
  f: QueueFilters,
): Promise<{ status: ApplicationStatus; n: number }[]> {
  if (scope.kind === 'applicant') throw new Error('an applicant scope is counted directly');
  const hidden = scope.kind === 'bureau' ? [] : statusesHiddenFrom[scope.kind];
  const where = (table: typeof applicationCounts | typeof applicationCountDeltas): SQL | undefined =>
    and(
      eq(table.scopeKind, scope.kind),
      eq(table.scopeId, scopeIdOf(scope)),
      f.cycleId ? eq(table.cycleId, f.cycleId) : undefined,
      f.statuses?.length ? inArray(table.status, [...f.statuses]) : undefined,
      hidden.length > 0 ? notInArray(table.status, [...hidden]) : undefined,
    );
  const counted = db
    .select({ status: applicationCounts.status, n: sql<number>`${applicationCounts.n}`.as('n') })
    .from(applicationCounts)
    .where(where(applicationCounts))
    .unionAll(
      db
        .select({
          status: applicationCountDeltas.status,
          n: sql<number>`${applicationCountDeltas.delta}::bigint`.as('n'),
        })
        .from(applicationCountDeltas)
        .where(where(applicationCountDeltas)),
    )
    .as('counted');
  const rows = await db
    .select({ status: counted.status, n: sql<number>`sum(${counted.n})::int` })
    .from(counted)
    .groupBy(counted.status);
  return rows
    .filter((r) => r.n !== 0)
    .map((r) => ({ status: r.status as ApplicationStatus, n: Number(r.n) }));
}

export const COUNTS_FOLD_JOB = 'applications.fold-counts';
/** Every minute: the deltas a minute of transitions appends stay a few rows per scope. */
const COUNTS_FOLD_CRON = '* * * * *';

/** Folds the deltas into the counts once a minute, on one replica (the fold is safe to run twice). */
export async function scheduleCountsFold(deps: { sql: RawSql; queue: JobQueue }) {
  await deps.queue.work(
    COUNTS_FOLD_JOB,
    async () => void (await deps.sql.executeSql('select fold_application_count_deltas()')),
    { oneAtATime: true, retryLimit: 1 },
  );
  await deps.queue.schedule(COUNTS_FOLD_JOB, COUNTS_FOLD_CRON);
}
