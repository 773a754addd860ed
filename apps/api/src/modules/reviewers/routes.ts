import {
  idParamSchema,
  reviewerCreateSchema,
  reviewerListSchema,
  reviewerSummarySchema,
  reviewersQuerySchema,
  reviewerUpdateSchema,
  temporaryPasswordSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ifMatchVersion, nextCursor, offsetFromCursor } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { toPersonSummary } from '../people/people-repository.js';
import type { Reviewer, ReviewerRole, ReviewersService } from './reviewers-service.js';

function toReviewer({ user, department, committee }: Reviewer) {
  return {
    ...toPersonSummary(user),
    version: user.version,
    role: user.role as ReviewerRole,
    department,
    committee,
  };
}

/** 审核人员账号 (the department and committee lists they are picked from are in the catalogue module). */
export const reviewerRoutes: FastifyPluginAsyncZod<{ reviewersService: ReviewersService }> = async (
  app,
  { reviewersService },
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
      const { rows, total } = await reviewersService.list(actorOf(request), {
        limit,
        offset,
        q,
        status,
        role,
      });
      return {
        items: rows.map(toReviewer),
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
      const reviewer = await reviewersService.create(actorOf(request), request.body, requestContext(request));
      return reply.status(201).send(toReviewer(reviewer));
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
    async (request) =>
      toReviewer(
        await reviewersService.update(
          actorOf(request),
          request.params.id,
          request.body,
          ifMatchVersion(request),
          requestContext(request),
        ),
      ),
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
      return reviewersService.resetPassword(actorOf(request), request.params.id, requestContext(request));
    },
  );
};
