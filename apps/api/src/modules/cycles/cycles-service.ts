import { type Cycle, isCycleOpen } from '@zhicheng/contracts';
import type { Db, DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { type CycleRow, cyclesRepository as repo } from './cycles-repository.js';

export function toCycle(row: CycleRow, now: Date): Cycle {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    open: isCycleOpen(row, now),
    unitPublicityRequired: row.unitPublicityRequired,
  };
}

/** Two cycles may not be open at the same moment: applicants would not know which one they apply in. */
async function assertNoOverlap(db: DbOrTx, opensAt: Date, closesAt: Date, exceptId?: string) {
  const clash = await repo.findOverlapping(db, opensAt, closesAt, exceptId);
  if (clash) {
    throw new AppError('conflict', `与申报批次“${clash.name}”的时间重叠，同一时间只能有一个开放的批次`, {
      errors: [{ path: 'opensAt', message: '与其他批次时间重叠' }],
    });
  }
}

export type CyclesService = ReturnType<typeof createCyclesService>;

/** 申报批次: listing (open ones for everyone) and the bureau's maintenance, audited. */
export function createCyclesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  function audit(
    tx: DbOrTx,
    ctx: RequestContext,
    actor: Actor,
    action: string,
    id: string,
    details?: object,
  ) {
    return recordAudit(tx, ctx, {
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      targetType: 'cycle',
      targetId: id,
      ...(details ? { details: { ...details } } : {}),
    });
  }

  return {
    /** Every cycle, the latest first; `open` keeps only the open (or only the closed) ones. */
    async list(_actor: Actor, query: { open?: boolean | undefined } = {}): Promise<Cycle[]> {
      const now = clock.now();
      const rows = await repo.list(db);
      return rows
        .map((r) => toCycle(r, now))
        .filter((c) => query.open === undefined || c.open === query.open);
    },

    async create(
      actor: Actor,
      input: {
        name: string;
        year: number;
        opensAt: string;
        closesAt: string;
        unitPublicityRequired: boolean;
      },
      ctx: RequestContext,
    ): Promise<Cycle> {
      const row = await db.transaction(async (tx) => {
        const opensAt = new Date(input.opensAt);
        const closesAt = new Date(input.closesAt);
        await assertNoOverlap(tx, opensAt, closesAt);
        const inserted = await repo.insert(tx, {
          name: input.name,
          year: input.year,
          opensAt,
          closesAt,
          unitPublicityRequired: input.unitPublicityRequired,
        });
        await audit(tx, ctx, actor, 'cycle.created', inserted.id);
        return inserted;
      });
      return toCycle(row, clock.now());
    },

    /** Renames a cycle, moves its dates (closing it early is moving `closesAt`) or sets unitPublicityRequired. */
    async update(
      actor: Actor,
      id: string,
      changes: {
        name?: string | undefined;
        opensAt?: string | undefined;
        closesAt?: string | undefined;
        /** Whether the unit must run a 单位公示 before it approves (domain.md). */
        unitPublicityRequired?: boolean | undefined;
      },
      ctx: RequestContext,
    ): Promise<Cycle> {
      const row = await db.transaction(async (tx) => {
        const current = await repo.findById(tx, id);
        if (!current) throw AppError.notFound('没有找到该申报批次');
        const opensAt = changes.opensAt ? new Date(changes.opensAt) : current.opensAt;
        const closesAt = changes.closesAt ? new Date(changes.closesAt) : current.closesAt;
        if (closesAt <= opensAt) {
          throw AppError.validation([{ path: 'closesAt', message: '截止时间须晚于开始时间' }]);
        }
        await assertNoOverlap(tx, opensAt, closesAt, current.id);
        const updated = await repo.update(
          tx,
          current.id,
          {
            name: changes.name ?? current.name,
            opensAt,
            closesAt,
            unitPublicityRequired: changes.unitPublicityRequired ?? current.unitPublicityRequired,
          },
          clock.now(),
        );
        await audit(tx, ctx, actor, 'cycle.updated', current.id, { fields: Object.keys(changes) });
        return updated ?? current;
      });
      return toCycle(row, clock.now());
    },
  };
}
