import { applicationStatuses, type Stats } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import { type Actor, scopeOf } from '../../lib/actor.js';
import { statsRepository as repo } from './stats-repository.js';

/** approved / (approved + rejected): the share passed among the decided ones; null when none is. */
export function passRateOf(approved: number, rejected: number): number | null {
  return approved + rejected === 0 ? null : approved / (approved + rejected);
}

const withRate = <T extends { approved: number; rejected: number }>(g: T) => ({
  ...g,
  passRate: passRateOf(g.approved, g.rejected),
});

export type StatsService = ReturnType<typeof createStatsService>;

/** The dashboards' numbers: the bureau sees every application, a department or committee its scope. */
export function createStatsService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async stats(actor: Actor, cycleId: string | undefined): Promise<Stats> {
      const scope = scopeOf(actor);
      if (scope.kind !== 'bureau' && scope.kind !== 'department' && scope.kind !== 'committee') {
        throw new AppError('forbidden', '统计仅供市人社局、日常工作部门和评委会查看');
      }
      const [statuses, bySeries, byCommittee, funnel] = await Promise.all([
        repo.byStatus(db, scope, cycleId),
        repo.bySeries(db, scope, cycleId),
        repo.byCommittee(db, scope, cycleId),
        repo.funnel(db, scope, cycleId),
      ]);
      const byStatus = Object.fromEntries(applicationStatuses.map((s) => [s, 0])) as Stats['byStatus'];
      for (const row of statuses) byStatus[row.status] = row.count;
      return {
        cycleId: cycleId ?? null,
        total: statuses.reduce((sum, r) => sum + r.count, 0),
        byStatus,
        bySeries: bySeries.map(withRate),
        byCommittee: byCommittee.map(withRate),
        passRate: passRateOf(byStatus.approved ?? 0, byStatus.rejected ?? 0),
        funnel: [
          { stage: 'submitted', count: funnel.submitted },
          { stage: 'unit_approved', count: funnel.unitApproved },
          { stage: 'dept_approved', count: funnel.deptApproved },
          { stage: 'committee_passed', count: funnel.committeePassed },
          { stage: 'approved', count: funnel.approved },
        ],
      };
    },
  };
}
