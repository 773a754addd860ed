import {
  actionLabels,
  actorKindOf,
  findTransition,
  isCycleOpen,
  type RecordedVotes,
  statusLabels,
  type TimelineEntry,
  type TransitionRequest,
} from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Outbox } from '../../jobs/outbox.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import type { ApplicationsService } from '../applications/applications-service.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { cyclesRepository } from '../cycles/cycles-repository.js';
import { lifecycleRepository as repo } from './lifecycle-repository.js';
import { completenessOf, createTransitionEffects } from './transition-effects.js';

export type LifecycleService = ReturnType<typeof createLifecycleService>;

/** Step 4 and everything after it: completeness, the status machine's transitions, the timeline. */
export function createLifecycleService(deps: {
  db: Db;
  clock: Clock;
  applications: ApplicationsService;
  outbox: Outbox;
}) {
  const { db, clock } = deps;
  const effects = createTransitionEffects({ assertCycleOpen });

  return {
    async completeness(actor: Actor, id: string) {
      const found = await deps.applications.load(actor, id);
      return (await completenessOf(db, found, clock.now())).result;
    },

    /**
     * One action of the status machine, as one transaction: compare-and-set on the status, a review
     * record (application_events), the action's own side effects (its entry in transition-effects.ts),
     * an audit event and the domain events (outbox: they exist exactly when the transition committed).
     * The request schema already checked the action's payload (e.g. the opinion).
     */
    async transition(actor: Actor, id: string, input: TransitionRequest, ctx: RequestContext) {
      const found = await deps.applications.load(actor, id);
      const a = found.application;
      const from = a.status;
      const kind = actorKindOf(actor.role);
      if (!kind) throw new AppError('forbidden', '该角色不能办理申报');
      const transition = findTransition(kind, from, input.action);
      if (!transition?.to) {
        throw new AppError(
          'invalid_transition',
          `申报当前状态为“${statusLabels[from]}”，不能${actionLabels[input.action]}`,
          { extensions: { currentStatus: from } },
        );
      }
      const to = transition.to;
      const effect = effects[input.action] ?? {};
      const context = {
        application: a,
        committeePilot: found.committeePilot,
        now: clock.now(),
        input,
        actor,
        actorKind: kind,
      };
      await effect.precheck?.(context);

      await db.transaction(async (tx) => {
        const moved = await repo.moveStatus(
          tx,
          id,
          { status: from, version: a.version },
          {
            status: to,
            now: context.now,
            ...(transition.outcome ? { outcome: transition.outcome } : {}),
            ...effect.columns?.(context),
          },
        );
        if (!moved) {
          throw new AppError('conflict', '申报状态刚刚已被其他操作改变，请刷新后查看');
        }
        const event = await repo.insertEvent(tx, {
          applicationId: id,
          action: input.action,
          fromStatus: from,
          toStatus: to,
          actorId: actor.userId,
          actorRole: actor.role,
          opinion: input.opinion?.trim() || null,
          reasons: input.reasons ?? [],
          votes: input.votes ?? null,
          ...effect.record?.(context),
        });
        const details = (await effect.inTransaction?.(tx, { ...context, eventId: event.id })) ?? {};
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: `application.${input.action}`,
          targetType: 'application',
          targetId: id,
          details: { from, to, ...(transition.outcome ? { outcome: transition.outcome } : {}), ...details },
        });
        const data = {
          applicationId: id,
          cycleId: a.cycleId,
          unitId: a.unitId,
          departmentId: a.departmentId,
          committeeId: a.committeeId,
          applicant: { id: a.applicantId, name: found.applicantName },
          action: input.action,
          fromStatus: from,
          toStatus: to,
          outcome: transition.outcome ?? a.outcome ?? null,
          actorRole: actor.role,
          opinion: event.opinion,
          // A return's 一次性告知, as its review record keeps it.
          correction: event.correction ?? null,
        };
        await deps.outbox.write(tx, { type: 'application.status_changed', data }, context.now);
        if (input.action === 'submit') {
          await deps.outbox.write(tx, { type: 'application.submitted', data }, context.now);
        }
      });
      await deps.outbox.committed();
      return deps.applications.load(actor, id);
    },

    async timeline(actor: Actor, id: string): Promise<{ items: TimelineEntry[] }> {
      await deps.applications.load(actor, id);
      const rows = await repo.timeline(db, id);
      return {
        items: rows.map(({ event, actorName, snapshotSha256 }) => ({
          id: event.id,
          action: event.action,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          actorRole: event.actorRole,
          actorName,
          opinion: event.opinion,
          reasons: event.reasons,
          votes: recordedVotes(event.votes),
          snapshotSha256,
          at: event.createdAt.toISOString(),
        })),
      };
    },
  };

  async function assertCycleOpen(cycleId: string, now: Date) {
    const cycle = await cyclesRepository.findById(db, cycleId);
    if (!cycle || !isCycleOpen(cycle, now)) {
      throw new AppError('cycle_closed', `“${cycle?.name ?? '该批次'}”不在申报时间内，不能提交`);
    }
  }
}

/** The votes stored on a review record (jsonb), as the timeline shows them; null when there are none. */
function recordedVotes(stored: unknown): RecordedVotes | null {
  if (!stored || typeof stored !== 'object') return null;
  const v = stored as Partial<Record<'present' | 'for' | 'against' | 'abstain', unknown>>;
  const count = (n: unknown) => (typeof n === 'number' ? n : 0);
  return {
    present: typeof v.present === 'number' ? v.present : null,
    for: count(v.for),
    against: count(v.against),
    abstain: count(v.abstain),
  };
}
