import {
  chinaDate,
  maskPersonName,
  type ObjectionCreate,
  type ObjectionList,
  type PublicPublicity,
} from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import type { ApplicationsService } from '../applications/applications-service.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { consumeCaptchaAnswer } from '../auth/captcha-check.js';
import { publicPublicityRepository as repo } from './public-publicity-repository.js';

const _uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PublicPublicityService = ReturnType<typeof createPublicPublicityService>;

/** 评审结果公示 for everyone (no login), objections (异议) from the public, read by the department. */
export function createPublicPublicityService(deps: {
  db: Db;
  clock: Clock;
  applications: ApplicationsService;
}) {
  const { db, clock } = deps;

  return {
    /** The result windows open today (China time), newest first, people named only by masked names. */
    async openWindows(): Promise<PublicPublicity> {
      const rows = await repo.openResultRows(db, chinaDate(clock.now()));
      const byWindow = new Map<string, PublicPublicity['items'][number]>();
      for (const row of rows) {
        let window = byWindow.get(row.windowId);
        if (!window) {
          window = {
            windowId: row.windowId,
            startsOn: row.startsOn,
            endsOn: row.endsOn,
            note: row.note,
            department: row.department,
            applications: [],
          };
          byWindow.set(row.windowId, window);
        }
        window.applications.push({
          id: row.applicationId,
          maskedName: maskPersonName(row.applicantName),
          unit: row.unit,
          series: row.series,
          qualification: row.qualification,
          committee: row.committee,
        });
      }
      return { items: [...byWindow.values()] };
    },

    /** Records an objection to an application of a window open today; captcha first, then the window. */
    async createObjection(input: ObjectionCreate, ctx: RequestContext): Promise<{ id: string }> {
      const now = clock.now();
      await consumeCaptchaAnswer(db, { id: input.captchaId, answer: input.captchaAnswer }, now);
      const window = await repo.findResultWindowOf(db, input.windowId, input.applicationId);
      if (!window) throw AppError.notFound('没有找到该公示或公示中没有该申报');
      const today = chinaDate(now);
      if (today < window.startsOn) throw new AppError('conflict', '该公示尚未开始，暂不能提出异议');
      if (today > window.endsOn) throw new AppError('conflict', '该公示已结束，不能再提出异议');

      const row = await db.transaction(async (tx) => {
        const inserted = await repo.insertObjection(tx, {
          windowId: input.windowId,
          applicationId: input.applicationId,
          name: input.name,
          contact: input.contact,
          content: input.content,
          ip: ctx.ip,
          createdAt: now,
        });
        await recordAudit(tx, ctx, {
          action: 'objection.received',
          targetType: 'application',
          targetId: input.applicationId,
          details: { objectionId: inserted.id, windowId: input.windowId },
        });
        return inserted;
      });
      return { id: row.id };
    },

    /** The objections to an application in the caller's scope (404 outside it), newest first. */
    async objectionsOf(actor: Actor, id: string): Promise<ObjectionList> {
      await deps.applications.load(actor, id);
      const rows = await repo.objectionsOf(db, id);
      return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
    },
  };
}
