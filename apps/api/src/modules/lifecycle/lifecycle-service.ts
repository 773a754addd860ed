import {
  type ApplicationStatus,
  actionLabels,
  actorKindOf,
  findTransition,
  type Role,
  statusLabels,
  type TimelineEntry,
  type TransitionRequest,
} from '@zhicheng/contracts';
import type { Db, DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import type { ApplicationsService } from '../applications/applications-service.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { listMaterialCounts } from '../materials/materials-repository.js';
import { checkCompleteness, missingItems } from './completeness.js';
import { lifecycleRepository as repo } from './lifecycle-repository.js';
import { buildSnapshot } from './snapshot.js';

type Found = Awaited<ReturnType<ApplicationsService['load']>>;
type ApplicationRow = Found['application'];

export type LifecycleService = ReturnType<typeof createLifecycleService>;

/** Step 4 and everything after it: completeness, the status machine's transitions, the timeline. */
export function createLifecycleService(deps: { db: Db; clock: Clock; applications: ApplicationsService }) {
  const { db, clock } = deps;

  async function completenessOf(tx: DbOrTx, a: ApplicationRow, committeePilot: boolean) {
    // One after another: inside a transaction they share one connection, which runs one query at a time.
    const sections = await repo.sections(tx, a.id);
    const materialCounts = await listMaterialCounts(tx, a.id);
    const result = checkCompleteness({
      track: a.track as 'normal' | 'innovative',
      committeePilot,
      sections,
      materialCounts,
      today: clock.now(),
    });
    return { result, sections };
  }

  /** Submit refuses an incomplete application; runs inside the transition's transaction. */
  async function assertComplete(tx: DbOrTx, a: ApplicationRow, committeePilot: boolean) {
    const { result, sections } = await completenessOf(tx, a, committeePilot);
    if (!result.complete) {
      throw new AppError('incomplete_application', '申报信息或材料还不完整，补齐后才能提交', {
        errors: missingItems(result),
      });
    }
    return sections;
  }

  /** Freezes what was checked: the sections and the file list, with the SHA-256 of the whole. */
  async function freezeSubmission(
    tx: DbOrTx,
    a: ApplicationRow,
    sections: readonly { key: string; data: unknown }[],
    eventId: string,
    now: Date,
  ) {
    const files = await repo.files(tx, a.id);
    const snapshot = buildSnapshot({ application: a, sections, files, submittedAt: now });
    await repo.insertSnapshot(tx, { applicationId: a.id, eventId, ...snapshot });
    await repo.markFirstSubmission(tx, a.applicantId, now);
    return snapshot.sha256;
  }

  return {
    async completeness(actor: Actor, id: string) {
      const found = await deps.applications.load(actor, id);
      return (await completenessOf(db, found.application, found.committeePilot)).result;
    },

    /**
     * One action of the status machine, as one transaction: compare-and-set on the status, a review
     * record (application_events), the snapshot on submit, and an audit event.
     */
    async transition(actor: Actor, id: string, input: TransitionRequest, ctx: RequestContext) {
      const found = await deps.applications.load(actor, id);
      const a = found.application;
      const from = a.status as ApplicationStatus;
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
      const opinion = input.opinion?.trim() || null;
      if (transition.reasonRequired && !opinion) {
        throw AppError.validation(
          [{ path: 'opinion', message: `${actionLabels[input.action]}须填写意见（理由）` }],
          `${actionLabels[input.action]}须说明理由`,
        );
      }
      const to = transition.to;
      const now = clock.now();
      if (input.action === 'submit' && from === 'draft') await assertCycleOpen(a.cycleId, now);

      await db.transaction(async (tx) => {
        const moved = await repo.moveStatus(
          tx,
          id,
          { status: from, version: a.version },
          {
            status: to,
            now,
            ...(transition.outcome ? { outcome: transition.outcome } : {}),
            ...(input.action === 'submit' ? { submittedAt: now } : {}),
            // Withdrawn: it is a draft again, no longer waiting for the unit.
            ...(input.action === 'withdraw' ? { submittedAt: null } : {}),
          },
        );
        if (!moved) {
          throw new AppError('conflict', '申报状态刚刚已被其他操作改变，请刷新后查看');
        }
        // Checked after the status moved, in the same transaction, so the snapshot is what was checked.
        const sections =
          input.action === 'submit' ? await assertComplete(tx, a, found.committeePilot) : undefined;
        const event = await repo.insertEvent(tx, {
          applicationId: id,
          action: input.action,
          fromStatus: from,
          toStatus: to,
          actorId: actor.userId,
          actorRole: actor.role,
          opinion,
          reasons: input.reasons ?? [],
          votes: input.votes ?? null,
        });
        const sha256 = sections ? await freezeSubmission(tx, a, sections, event.id, now) : undefined;
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: `application.${input.action}`,
          targetType: 'application',
          targetId: id,
          details: { from, to, ...(transition.outcome ? { outcome: transition.outcome } : {}), sha256 },
        });
      });
      return deps.applications.load(actor, id);
    },

    async timeline(actor: Actor, id: string): Promise<{ items: TimelineEntry[] }> {
      await deps.applications.load(actor, id);
      const rows = await repo.timeline(db, id);
      return {
        items: rows.map(({ event, actorName }) => ({
          id: event.id,
          action: event.action as TimelineEntry['action'],
          fromStatus: (event.fromStatus as ApplicationStatus | null) ?? null,
          toStatus: event.toStatus as ApplicationStatus,
          actorRole: event.actorRole as Role,
          actorName,
          opinion: event.opinion,
          reasons: event.reasons,
          at: event.createdAt.toISOString(),
        })),
      };
    },
  };

  /** A first submission only while the cycle is open (domain.md); a returned one may always be resubmitted. */
  async function assertCycleOpen(cycleId: string, now: Date) {
    const cycle = await repo.cycle(db, cycleId);
    if (!cycle || !(cycle.opensAt <= now && now < cycle.closesAt)) {
      throw new AppError('cycle_closed', `“${cycle?.name ?? '该批次'}”不在申报时间内，不能提交`);
    }
  }
}
