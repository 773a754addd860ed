import {
  type Application,
  type ApplicationCreate,
  allowedActions,
  type Correction,
  editableStatuses,
  isCycleOpen,
  isEditable,
  type Level,
} from '@zhicheng/contracts';
import { type Db, pgErrorCode } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import { type Actor, scopeOf } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import type { CatalogCache } from '../catalog/catalog-cache.js';
import { cyclesRepository } from '../cycles/cycles-repository.js';
import { correctionFrom } from '../lifecycle/correction.js';
import { prepareLatestReturn } from '../lifecycle/lifecycle-repository.js';
import { prepareApplicationLookup, applicationsRepository as repo } from './applications-repository.js';
import { type Choice, resolveChoice } from './choice.js';
import { createQueueService } from './queue-service.js';

type Lookup = NonNullable<Awaited<ReturnType<ReturnType<typeof prepareApplicationLookup>>>>;
/** One application as `load` finds it; `correction` is known there (not in list rows). */
export type Found = Lookup & { correction?: Correction | null };

export function toApplication(found: Found, actor: Actor): Application {
  const a = found.application;
  const status = a.status;
  return {
    id: a.id,
    cycleId: a.cycleId,
    status,
    outcome: a.outcome,
    track: a.track,
    applyType: a.applyType,
    innovativeCondition: a.innovativeCondition,
    seriesId: a.seriesId,
    specialtyId: a.specialtyId,
    level: a.level,
    qualificationId: a.qualificationId,
    committeeId: a.committeeId,
    departmentId: a.departmentId,
    names: found.names,
    applicant: { id: a.applicantId, name: found.applicantName },
    unitId: a.unitId,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
    allowedActions: allowedActions(actor.role, status),
    ...(found.correction !== undefined ? { correction: found.correction } : {}),
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;

export function createApplicationsService(deps: { db: Db; clock: Clock; catalog: CatalogCache }) {
  const { db, clock } = deps;
  const findInScope = prepareApplicationLookup(db);
  const latestReturn = prepareLatestReturn(db);

  /** One application in the caller's scope; while it is returned, with the return's one notice. */
  async function load(actor: Actor, id: string): Promise<Found> {
    const found = await findInScope(scopeOf(actor), id);
    if (!found) throw AppError.notFound('没有找到该申报');
    // One more indexed lookup, only while returned: resubmission (status leaves returned) clears the marks.
    const latest = found.application.status === 'returned' ? await latestReturn(id) : undefined;
    return { ...found, correction: latest ? correctionFrom(latest) : null };
  }

  async function resolve(choice: Choice) {
    return resolveChoice((await deps.catalog.get()).body, choice);
  }

  return {
    load,

    /** Any application, outside every caller's scope: for system work (the public verification page). */
    async loadForSystem(id: string): Promise<Found> {
      const found = await findInScope({ kind: 'bureau' }, id);
      if (!found) throw AppError.notFound('没有找到该申报');
      return found;
    },

    /** The queues: `list`, `counts`, `exportCsv`. */
    ...createQueueService({ db, clock }),

    /** Step 1 done: a new draft in an open cycle; one in-progress application per applicant and cycle. */
    async create(actor: Actor, input: ApplicationCreate, ctx: RequestContext) {
      const scope = scopeOf(actor);
      if (scope.kind !== 'applicant') throw new AppError('forbidden');
      const now = clock.now();
      const cycle = await cyclesRepository.findById(db, input.cycleId);
      if (!cycle) throw AppError.validation([{ path: 'cycleId', message: '该申报批次不存在' }]);
      if (!isCycleOpen(cycle, now)) {
        throw new AppError('cycle_closed', `“${cycle.name}”不在申报时间内，不能新建申报`);
      }
      const existing = await repo.findInProgress(db, actor.userId, cycle.id);
      if (existing) throw applicationExists(existing.id);
      const resolved = await resolve(input);

      let id: string;
      try {
        id = await db.transaction(async (tx) => {
          const row = await repo.insert(tx, {
            cycleId: cycle.id,
            applicantId: actor.userId,
            unitId: scope.unitId,
            status: 'draft',
            ...choiceColumns(input, resolved),
          });
          await recordAudit(tx, ctx, {
            actorId: actor.userId,
            actorRole: actor.role,
            action: 'application.created',
            targetType: 'application',
            targetId: row.id,
            details: { cycleId: cycle.id, track: input.track },
          });
          return row.id;
        });
      } catch (error) {
        // Two tabs creating at once: the database's unique index lets one through.
        if (pgErrorCode(error) === '23505') {
          const winner = await repo.findInProgress(db, actor.userId, cycle.id);
          throw applicationExists(winner?.id ?? '');
        }
        throw error;
      }
      return load(actor, id);
    },

    /** Changes the qualification choice while the application is editable (draft or returned). */
    async updateChoice(
      actor: Actor,
      id: string,
      input: ChoiceInput,
      expectedVersion: number | undefined,
      ctx: RequestContext,
    ) {
      const current = await load(actor, id);
      if (actor.role !== 'applicant') throw new AppError('forbidden');
      const status = current.application.status;
      if (!isEditable(status)) {
        throw new AppError('invalid_transition', '申报已提交，不能再修改申报资格；如需修改请先撤回');
      }
      const resolved = await resolve(input);
      await db.transaction(async (tx) => {
        const updated = await repo.updateChoice(
          tx,
          id,
          choiceColumns(input, resolved),
          {
            version: expectedVersion,
            statuses: editableStatuses,
          },
          clock.now(),
        );
        if (!updated) {
          throw new AppError('version_conflict', '申报已在别处被修改，请刷新后重试', {
            extensions: { currentVersion: current.application.version },
          });
        }
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'application.choice_changed',
          targetType: 'application',
          targetId: id,
        });
      });
      return load(actor, id);
    },
  };
}

type ChoiceInput = Choice & Pick<ApplicationCreate, 'track' | 'applyType' | 'innovativeCondition'>;

/** The columns a qualification choice sets, with what the catalogue derived from it. */
function choiceColumns(input: ChoiceInput, resolved: { level: Level; departmentId: string }) {
  return {
    track: input.track,
    applyType: input.applyType,
    innovativeCondition: input.innovativeCondition ?? null,
    seriesId: input.seriesId,
    specialtyId: input.specialtyId,
    qualificationId: input.qualificationId,
    committeeId: input.committeeId,
    level: resolved.level,
    departmentId: resolved.departmentId,
  };
}

function applicationExists(id: string) {
  return new AppError('application_exists', '本批次您已有一个进行中的申报，请继续填写该申报', {
    extensions: { applicationId: id, href: `/api/v1/applications/${id}` },
  });
}
