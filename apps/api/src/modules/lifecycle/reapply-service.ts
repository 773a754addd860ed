import { findTransition, statusLabels } from '@zhicheng/contracts';
import { type Db, pgErrorCode } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import { type Actor, scopeOf } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { applicationsRepository } from '../applications/applications-repository.js';
import type { ApplicationsService } from '../applications/applications-service.js';
import { resolveChoice } from '../applications/choice.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import type { CatalogCache } from '../catalog/catalog-cache.js';
import { cyclesRepository } from '../cycles/cycles-repository.js';
import { sectionsNeedingReview } from './evidence-window.js';
import { lifecycleRepository } from './lifecycle-repository.js';
import { reapplyRepository } from './reapply-repository.js';

export type ReapplyService = ReturnType<typeof createReapplyService>;

/**
 * 重新申报: from a finished application (approved, rejected, cancelled), a new draft in the open cycle
 * with the same choice, the sections (version 1) and the files by reference (no object is copied).
 */
export function createReapplyService(deps: {
  db: Db;
  clock: Clock;
  catalog: CatalogCache;
  applications: ApplicationsService;
}) {
  const { db, clock } = deps;

  async function revalidatedChoice(old: {
    seriesId: string;
    specialtyId: string;
    qualificationId: string;
    committeeId: string;
  }) {
    try {
      return resolveChoice((await deps.catalog.get()).body, old);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Keep it simple: no half-valid copy; the applicant starts a new application with a new choice.
      throw new AppError(
        'conflict',
        '原申报的资格选择在当前目录中已不再有效，不能重新申报，请新建申报并重新选择',
        {
          ...(error.options.errors ? { errors: error.options.errors } : {}),
        },
      );
    }
  }

  return {
    async reapply(actor: Actor, id: string, ctx: RequestContext) {
      const scope = scopeOf(actor);
      const old = (await deps.applications.load(actor, id)).application;
      const status = old.status;
      if (scope.kind !== 'applicant' || !findTransition('applicant', status, 'reapply')) {
        throw new AppError('invalid_transition', `申报当前状态为“${statusLabels[status]}”，不能重新申报`, {
          extensions: { currentStatus: status },
        });
      }
      const now = clock.now();
      const cycle = await cyclesRepository.findOpenAt(db, now);
      if (!cycle) throw new AppError('cycle_closed', '当前没有开放的申报批次，不能重新申报');
      const existing = await applicationsRepository.findInProgress(db, actor.userId, cycle.id);
      if (existing) throw applicationExists(existing.id);
      const resolved = await revalidatedChoice(old);

      let newId: string;
      try {
        newId = await db.transaction(async (tx) => {
          const sections = await lifecycleRepository.sections(tx, old.id);
          const flagged = sectionsNeedingReview(sections, cycle.closesAt);
          const created = await applicationsRepository.insert(tx, {
            cycleId: cycle.id,
            applicantId: actor.userId,
            unitId: scope.unitId,
            status: 'draft',
            track: old.track,
            applyType: old.applyType,
            innovativeCondition: old.innovativeCondition,
            seriesId: old.seriesId,
            specialtyId: old.specialtyId,
            qualificationId: old.qualificationId,
            committeeId: old.committeeId,
            level: resolved.level,
            departmentId: resolved.departmentId,
            previousApplicationId: old.id,
          });
          await reapplyRepository.copySections(tx, sections, created.id, flagged, now);
          const files = await reapplyRepository.copyFiles(tx, old.id, created.id);
          await recordAudit(tx, ctx, {
            actorId: actor.userId,
            actorRole: actor.role,
            action: 'application.reapplied',
            targetType: 'application',
            targetId: created.id,
            details: { previousApplicationId: old.id, cycleId: cycle.id, files, needsReview: [...flagged] },
          });
          return created.id;
        });
      } catch (error) {
        // Two tabs re-applying at once: the unique index lets one through.
        if (pgErrorCode(error) === '23505') {
          const winner = await applicationsRepository.findInProgress(db, actor.userId, cycle.id);
          throw applicationExists(winner?.id ?? '');
        }
        throw error;
      }
      return deps.applications.load(actor, newId);
    },
  };
}

function applicationExists(id: string) {
  return new AppError('application_exists', '本批次您已有一个进行中的申报，请继续填写该申报', {
    extensions: { applicationId: id, href: `/api/v1/applications/${id}` },
  });
}
