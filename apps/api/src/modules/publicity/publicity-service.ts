import {
  type ActorKind,
  type ApplicationStatus,
  actorKindOf,
  minPublicityWorkingDays,
  type PublicityCreate,
  type PublicityStage,
  type PublicityWindow,
  statusLabels,
} from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Outbox } from '../../jobs/outbox.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import type { ApplicationsService, Found } from '../applications/applications-service.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import { type PublicityWindowRow, publicityRepository as repo } from './publicity-repository.js';

/**
 * Who runs each stage's publicity and in which status the applications must be. 单位公示 needs
 * `unit_review`, not `submitted`: the unit publicises what it has taken into review, and a submitted
 * application may still be withdrawn by its applicant.
 */
const stages: Record<
  PublicityStage,
  { actor: ActorKind; status: ApplicationStatus; who: string; when: string }
> = {
  unit: {
    actor: 'unit',
    status: 'unit_review',
    who: '单位公示由申报人所在单位（单位管理员或经办人）办理',
    when: '单位公示须在开始审核之后、审核通过之前进行（单位审核中）',
  },
  result: {
    actor: 'department',
    status: 'publicity',
    who: '评审结果公示由日常工作部门办理',
    when: '评审结果公示须在评委会评审通过之后进行（公示中）',
  },
};

export function toPublicityWindow(
  row: PublicityWindowRow,
  applicationIds: readonly string[],
): PublicityWindow {
  return {
    id: row.id,
    stage: row.stage,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    workingDays: row.workingDays,
    note: row.note,
    applicationIds: [...applicationIds],
    createdAt: row.createdAt.toISOString(),
  };
}

export type PublicityService = ReturnType<typeof createPublicityService>;

/**
 * 单位公示 and 评审结果公示: windows of at least 5 working days over applications of the caller's scope.
 * A window is timed by the injected clock, as transitions are, and so is its domain event.
 */
export function createPublicityService(deps: {
  db: Db;
  clock: Clock;
  applications: ApplicationsService;
  calendar: CalendarService;
  outbox: Outbox;
}) {
  const { db } = deps;

  return {
    /** Records one window for every application named, or for none (one transaction). */
    async create(actor: Actor, input: PublicityCreate, ctx: RequestContext): Promise<PublicityWindow> {
      const stage = stages[input.stage];
      if (actorKindOf(actor.role) !== stage.actor) throw new AppError('forbidden', stage.who);

      const workingDays = await deps.calendar.workingDays(input.startsOn, input.endsOn);
      if (workingDays < minPublicityWorkingDays) {
        const message = `公示期为${workingDays}个工作日，不少于${minPublicityWorkingDays}个工作日`;
        throw new AppError('publicity_too_short', `${message}（节假日不计，调休上班日计入）`, {
          errors: [{ path: 'endsOn', message }],
          extensions: { workingDays },
        });
      }

      const ids = [...new Set(input.applicationIds)];
      // Scope first: an application outside it answers exactly like one that does not exist.
      const found: Found[] = [];
      for (const id of ids) {
        const application = await deps.applications.load(actor, id).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'not_found') {
            throw AppError.notFound(`没有找到所选的申报（${id}）`);
          }
          throw error;
        });
        found.push(application);
      }
      const names = new Map(found.map((f) => [f.application.id, f.applicantName]));
      const assertStatuses = (rows: readonly { id: string; status: ApplicationStatus }[]) => {
        const wrong = rows.filter((r) => r.status !== stage.status);
        if (wrong.length === 0) return;
        const listed = wrong.map((r) => `${names.get(r.id) ?? r.id}（${statusLabels[r.status]}）`).join('、');
        throw new AppError('invalid_transition', `${stage.when}，以下申报当前不能公示：${listed}`, {
          extensions: { applicationIds: wrong.map((r) => r.id) },
        });
      };
      assertStatuses(found.map((f) => f.application));

      const row = await db.transaction(async (tx) => {
        assertStatuses(await repo.lockStatuses(tx, ids));
        const inserted = await repo.insert(
          tx,
          {
            stage: input.stage,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            workingDays,
            note: input.note?.trim() || null,
            createdBy: actor.userId,
            createdAt: deps.clock.now(),
          },
          ids,
        );
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'publicity.created',
          targetType: 'publicity_window',
          targetId: inserted.id,
          details: {
            stage: input.stage,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            workingDays,
            applicationIds: ids,
          },
        });
        // The outbox: the event exists exactly when the window committed.
        const applications = found.map(({ application: a, applicantName }) => ({
          applicationId: a.id,
          cycleId: a.cycleId,
          unitId: a.unitId,
          departmentId: a.departmentId,
          committeeId: a.committeeId,
          applicant: { id: a.applicantId, name: applicantName },
        }));
        await deps.outbox.write(
          tx,
          {
            type: 'publicity.window_recorded',
            data: {
              windowId: inserted.id,
              stage: inserted.stage,
              startsOn: inserted.startsOn,
              endsOn: inserted.endsOn,
              applications,
            },
          },
          inserted.createdAt,
        );
        return inserted;
      });
      await deps.outbox.committed();
      return toPublicityWindow(row, ids);
    },

    /**
     * The windows covering one application the caller sees, earliest first. `applicationIds` names only
     * that application: the window's others may belong to other applicants and units.
     */
    async ofApplication(actor: Actor, id: string): Promise<{ items: PublicityWindow[] }> {
      await deps.applications.load(actor, id);
      const rows = await repo.ofApplication(db, id);
      return { items: rows.map((r) => toPublicityWindow(r, [id])) };
    },
  };
}
