import {
  idParamSchema,
  problemSchema,
  publicityCreateSchema,
  publicityWindowSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Idempotency, idempotencyHeadersSchema } from '../../lib/idempotency.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { PublicityService } from './publicity-service.js';

const tags = ['publicity'];

/** 单位公示 (the unit, before it approves) and 评审结果公示 (the department, after the committee). */
export const publicityRoutes: FastifyPluginAsyncZod<{
  publicityService: PublicityService;
  idempotency: Idempotency;
}> = async (app, { publicityService: service, idempotency }) => {
  app.post(
    '/publicity',
    {
      onRequest: app.requireAuth({
        roles: ['unit_admin', 'unit_operator', 'dept_reviewer'],
        scope: 'reviews:write',
      }),
      preHandler: idempotency.preHandler,
      onSend: idempotency.onSend,
      schema: {
        tags,
        summary: 'Record a publicity window (公示) for several applications',
        description:
          '`stage: "unit"` (单位公示) by the unit for its applications in unit_review; `stage: "result"` ' +
          '(评审结果公示) by the department for applications of its committees in publicity. Dates may lie ' +
          'in the past. At least 5 working days by the work calendar, else 422 publicity_too_short ' +
          '(`errors` on endsOn). An application outside the scope → 404 not_found; one in another status → ' +
          '409 invalid_transition naming it. All or nothing. Accepts Idempotency-Key.',
        security: bearerSecurity,
        headers: idempotencyHeadersSchema,
        body: publicityCreateSchema,
        response: { 201: publicityWindowSchema, ...problemResponses, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const window = await service.create(actorOf(request), request.body, requestContext(request));
      return reply.status(201).send(window);
    },
  );

  app.get(
    '/applications/:id/publicity',
    {
      onRequest: app.requireAuth({ scope: 'applications:read' }),
      schema: {
        tags,
        summary: 'The publicity windows of an application, earliest first',
        description:
          'For whoever sees the application. `applicationIds` names only this application (a window may ' +
          'cover other applicants too).',
        security: bearerSecurity,
        params: idParamSchema,
        response: {
          200: z.object({ items: z.array(publicityWindowSchema) }),
          ...problemResponses,
        },
      },
    },
    async (request) => service.ofApplication(actorOf(request), request.params.id),
  );
};
