import {
  idParamSchema,
  reviewerCreateSchema,
  reviewerListSchema,
  reviewerSummarySchema,
  reviewersQuerySchema,
  reviewerUpdateSchema,
  temporaryPasswordSchema,
} from '@zhicheng/contracts';
import { committees, type Db, departments } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors/app-error.js';
import { ifMatchVersion, nextCursor, offsetFromCursor } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { toPersonSummary, type UserRow } from '../people/people-repository.js';
import type { PeopleService } from '../people/people-service.js';

type Named = { id: string | null; name: string | null } | null;

function toReviewer(user: UserRow, department: Named, committee: Named) {
  return {
    ...toPersonSummary(user),
    version: user.version,
    role: user.role as 'dept_reviewer' | 'committee_secretary',
    department: department?.id ? { id: department.id, name: department.name ?? '' } : null,
    committee: committee?.id ? { id: committee.id, name: committee.name ?? '' } : null,
  };
}

/** 审核人员账号 (the department and committee lists they are picked from are in the catalogue module). */
export const reviewerRoutes: FastifyPluginAsyncZod<{ db: Db; peopleService: PeopleService }> = async (
  app,
  { db, peopleService },
) => {
  const guard = app.requireAuth({ roles: ['bureau_admin'] });

  app.get(
    '/admin/reviewers',
    {
      onRequest: guard,
      schema: {
        tags: ['admin'],
        summary: 'Department reviewers and committee secretaries',
        security: bearerSecurity,
        querystring: reviewersQuerySchema,
        response: { 200: reviewerListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { limit, cursor, q, status, role } = request.query;
      const offset = offsetFromCursor(cursor);
      const { rows, total } = await peopleService.list(actorOf(request), 'reviewer', {
        limit,
        offset,
        q,
        status,
        role,
      });
      return {
        items: rows.map((r) => toReviewer(r.user, r.department, r.committee)),
        nextCursor: nextCursor(offset, rows.length, total),
        total,
      };
    },
  );

  app.post(
    '/admin/reviewers',
    {
      onRequest: guard,
      schema: {
        tags: ['admin'],
        summary: 'Create a reviewer account (must change the password at first login)',
        security: bearerSecurity,
        body: reviewerCreateSchema,
        response: { 201: reviewerSummarySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const isDept = body.role === 'dept_reviewer';
      const [department] = isDept
        ? await db
            .select()
            .from(departments)
            .where(eq(departments.id, body.departmentId ?? ''))
        : [];
      const [committee] = isDept
        ? []
        : await db
            .select()
            .from(committees)
            .where(eq(committees.id, body.committeeId ?? ''));
      if (isDept && !department?.active) {
        throw AppError.validation([{ path: 'departmentId', message: '该日常工作部门不存在或已停用' }]);
      }
      if (!isDept && !committee?.active) {
        throw AppError.validation([{ path: 'committeeId', message: '该评委会不存在或已停用' }]);
      }
      const user = await peopleService.create(
        actorOf(request),
        {
          username: body.username,
          password: body.password,
          name: body.name,
          mobile: body.mobile ?? null,
          role: body.role,
          departmentId: department?.id ?? null,
          committeeId: committee?.id ?? null,
        },
        requestContext(request),
      );
      return reply.status(201).send(toReviewer(user, department ?? null, committee ?? null));
    },
  );

  app.patch(
    '/admin/reviewers/:id',
    {
      onRequest: guard,
      schema: {
        tags: ['admin'],
        summary: 'Edit, disable or enable a reviewer account (If-Match: version)',
        security: bearerSecurity,
        params: idParamSchema,
        body: reviewerUpdateSchema,
        response: { 200: reviewerSummarySchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await peopleService.update(
        actor,
        'reviewer',
        request.params.id,
        request.body,
        ifMatchVersion(request),
        requestContext(request),
      );
      const { user, department, committee } = await peopleService.load(actor, 'reviewer', request.params.id);
      return toReviewer(user, department, committee);
    },
  );

  app.post(
    '/admin/reviewers/:id/reset-password',
    {
      onRequest: guard,
      schema: {
        tags: ['admin'],
        summary: "Reset a reviewer's password to a one-time temporary password",
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: temporaryPasswordSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return peopleService.resetPassword(
        actorOf(request),
        'reviewer',
        request.params.id,
        requestContext(request),
      );
    },
  );
};
