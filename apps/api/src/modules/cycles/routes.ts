import {
  type Cycle,
  cycleCreateSchema,
  cycleSchema,
  cyclesQuerySchema,
  cycleUpdateSchema,
  idParamSchema,
  problemSchema,
} from '@zhicheng/contracts';
import { type Db, type DbOrTx, reviewCycles } from '@zhicheng/db';
import { and, desc, eq, gt, lt, ne } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { recordAudit } from '../audit/audit-repository.js';

type CycleRow = typeof reviewCycles.$inferSelect;

export function toCycle(row: CycleRow, now: Date): Cycle {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    open: row.opensAt <= now && now < row.closesAt,
  };
}

/** Two cycles may not be open at the same moment: applicants would not know which one they apply in. */
async function assertNoOverlap(db: DbOrTx, opensAt: Date, closesAt: Date, exceptId?: string) {
  const [clash] = await db
    .select()
    .from(reviewCycles)
    .where(
      and(
        lt(reviewCycles.opensAt, closesAt),
        gt(reviewCycles.closesAt, opensAt),
        exceptId ? ne(reviewCycles.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    throw new AppError('conflict', `与申报批次“${clash.name}”的时间重叠，同一时间只能有一个开放的批次`, {
      errors: [{ path: 'opensAt', message: '与其他批次时间重叠' }],
    });
  }
}

/** 申报批次: open cycles for everyone, maintenance for the bureau. */
export const cycleRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = async (app, { db, clock }) => {
  const bureau = app.requireAuth({ roles: ['bureau_admin'] });

  const list = async (open?: boolean) => {
    const now = clock.now();
    const rows = await db.select().from(reviewCycles).orderBy(desc(reviewCycles.opensAt));
    return rows.map((r) => toCycle(r, now)).filter((c) => open === undefined || c.open === open);
  };

  app.get(
    '/cycles',
    {
      onRequest: app.requireAuth(),
      schema: {
        tags: ['catalogue'],
        summary: 'Review cycles (申报批次); ?open=true for the open one',
        security: bearerSecurity,
        querystring: cyclesQuerySchema,
        response: { 200: z.object({ items: z.array(cycleSchema) }), 401: problemSchema },
      },
    },
    async (request) => ({ items: await list(request.query.open) }),
  );

  app.get(
    '/admin/cycles',
    {
      onRequest: bureau,
      schema: {
        tags: ['admin catalogue'],
        summary: 'All review cycles',
        security: bearerSecurity,
        response: { 200: z.object({ items: z.array(cycleSchema) }), ...problemResponses },
      },
    },
    async () => ({ items: await list() }),
  );

  app.post(
    '/admin/cycles',
    {
      onRequest: bureau,
      schema: {
        tags: ['admin catalogue'],
        summary: 'Create a review cycle (no overlap with another)',
        security: bearerSecurity,
        body: cycleCreateSchema,
        response: { 201: cycleSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await db.transaction(async (tx) => {
        const opensAt = new Date(request.body.opensAt);
        const closesAt = new Date(request.body.closesAt);
        await assertNoOverlap(tx, opensAt, closesAt);
        const [inserted] = await tx
          .insert(reviewCycles)
          .values({ name: request.body.name, year: request.body.year, opensAt, closesAt })
          .returning();
        if (!inserted) throw new Error('cycle not inserted');
        await recordAudit(tx, requestContext(request), {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'cycle.created',
          targetType: 'cycle',
          targetId: inserted.id,
        });
        return inserted;
      });
      return reply.status(201).send(toCycle(row, clock.now()));
    },
  );

  app.patch(
    '/admin/cycles/:id',
    {
      onRequest: bureau,
      schema: {
        tags: ['admin catalogue'],
        summary: 'Rename a cycle or move its dates (close it early by moving closesAt)',
        security: bearerSecurity,
        params: idParamSchema,
        body: cycleUpdateSchema,
        response: { 200: cycleSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await db.transaction(async (tx) => {
        const [current] = await tx.select().from(reviewCycles).where(eq(reviewCycles.id, request.params.id));
        if (!current) throw AppError.notFound('没有找到该申报批次');
        const opensAt = request.body.opensAt ? new Date(request.body.opensAt) : current.opensAt;
        const closesAt = request.body.closesAt ? new Date(request.body.closesAt) : current.closesAt;
        if (closesAt <= opensAt) {
          throw AppError.validation([{ path: 'closesAt', message: '截止时间须晚于开始时间' }]);
        }
        await assertNoOverlap(tx, opensAt, closesAt, current.id);
        const [updated] = await tx
          .update(reviewCycles)
          .set({ name: request.body.name ?? current.name, opensAt, closesAt, updatedAt: new Date() })
          .where(eq(reviewCycles.id, current.id))
          .returning();
        await recordAudit(tx, requestContext(request), {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'cycle.updated',
          targetType: 'cycle',
          targetId: current.id,
          details: { fields: Object.keys(request.body) },
        });
        return updated ?? current;
      });
      return toCycle(row, clock.now());
    },
  );
};
