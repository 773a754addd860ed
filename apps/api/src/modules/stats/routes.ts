import { statsQuerySchema, statsSchema } from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf } from '../../plugins/authenticate.js';
import type { StatsService } from './stats-service.js';

/** `GET /stats`: counts for the bureau's 概览 and 统计, and the department's and committee's dashboards. */
export const statsRoutes: FastifyPluginAsyncZod<{ statsService: StatsService }> = async (
  app,
  { statsService },
) => {
  app.get(
    '/stats',
    {
      onRequest: app.requireAuth({
        roles: ['bureau_admin', 'dept_reviewer', 'committee_secretary'],
        scope: 'stats:read',
      }),
      schema: {
        tags: ['stats'],
        summary: 'Counts by status, series and committee, pass rates and the funnel (统计)',
        description:
          'The bureau counts every application, a department or committee those of its scope; `cycleId` ' +
          'keeps one review cycle. passRate = approved / (approved + rejected), null when none is decided. ' +
          'The funnel: submitted (reached the unit), unit_approved (reached the department), ' +
          'dept_approved (reached the committee), committee_passed, approved.',
        security: bearerSecurity,
        querystring: statsQuerySchema,
        response: { 200: statsSchema, ...problemResponses },
      },
    },
    async (request) => statsService.stats(actorOf(request), request.query.cycleId),
  );
};
