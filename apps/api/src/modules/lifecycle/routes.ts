import {
  applicationSchema,
  completenessSchema,
  idParamSchema,
  problemSchema,
  timelineSchema,
  transitionRequestSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Idempotency, idempotencyHeadersSchema } from '../../lib/idempotency.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { toApplication } from '../applications/applications-service.js';
import type { LifecycleService } from './lifecycle-service.js';
import type { ReapplyService } from './reapply-service.js';

const tags = ['lifecycle'];

/** Step 4 and after: completeness, status transitions (submit … publicity), re-apply and the timeline. */
export const lifecycleRoutes: FastifyPluginAsyncZod<{
  lifecycleService: LifecycleService;
  reapplyService: ReapplyService;
  idempotency: Idempotency;
}> = async (app, { lifecycleService: service, reapplyService, idempotency }) => {
  // Reads, for every role and for API keys with applications:read.
  const anyRole = app.requireAuth({ scope: 'applications:read' });

  app.get(
    '/applications/:id/completeness',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary: 'What is still missing before the application can be submitted',
        description:
          'Required sections not complete, any incomplete section, required material categories without a file.',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: completenessSchema, ...problemResponses },
      },
    },
    async (request) => service.completeness(actorOf(request), request.params.id),
  );

  app.post(
    '/applications/:id/transitions',
    {
      onRequest: app.requireAuth({ scope: 'reviews:write' }),
      preHandler: idempotency.preHandler,
      onSend: idempotency.onSend,
      schema: {
        tags,
        summary: 'Take an action of the status machine (submit, withdraw, cancel, review decisions)',
        description:
          'Allowed per role and status as `allowedActions` says; otherwise 409 invalid_transition. ' +
          'submit answers 422 incomplete_application listing each missing item (`errors[].path` like ' +
          '`sections.basicInfo`, `materials.highest_degree`). return/reject need an `opinion`. A concurrent ' +
          'transition that came first → 409 conflict. Accepts Idempotency-Key.',
        security: bearerSecurity,
        params: idParamSchema,
        headers: idempotencyHeadersSchema,
        body: transitionRequestSchema,
        response: { 200: applicationSchema, ...problemResponses, 422: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const moved = await service.transition(actor, request.params.id, request.body, requestContext(request));
      return toApplication(moved, actor);
    },
  );

  app.post(
    '/applications/:id/reapply',
    {
      onRequest: app.requireAuth({ roles: ['applicant'] }),
      preHandler: idempotency.preHandler,
      onSend: idempotency.onSend,
      schema: {
        tags,
        summary: 'Re-apply (重新申报): a new draft in the open cycle copying the choice, sections and files',
        description:
          'From approved, rejected or cancelled. Files are shared by reference. Sections with evidence dated ' +
          'after the new cycle closes come back with `needsReview: true` in the section list. ' +
          '409 cycle_closed without an open cycle, 409 application_exists when one is in progress. ' +
          'Accepts Idempotency-Key.',
        security: bearerSecurity,
        params: idParamSchema,
        headers: idempotencyHeadersSchema,
        response: { 201: applicationSchema, ...problemResponses, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await reapplyService.reapply(actor, request.params.id, requestContext(request));
      return reply.status(201).send(toApplication(created, actor));
    },
  );

  app.get(
    '/applications/:id/timeline',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary: 'Every status change, oldest first, with actor role and name, opinion and time (查看进度)',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: timelineSchema, ...problemResponses },
      },
    },
    async (request) => service.timeline(actorOf(request), request.params.id),
  );
};
