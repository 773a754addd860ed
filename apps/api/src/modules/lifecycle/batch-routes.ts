import {
  batchTransitionRequestSchema,
  batchTransitionResultSchema,
  problemSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Idempotency, idempotencyHeadersSchema } from '../../lib/idempotency.js';
import { bearerSecurity } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { BatchTransitionService } from './batch-service.js';

/** Approve, return or start reviewing several applications of a queue at once. */
export const batchTransitionRoutes: FastifyPluginAsyncZod<{
  batchTransitionService: BatchTransitionService;
  idempotency: Idempotency;
}> = async (app, { batchTransitionService: service, idempotency }) => {
  app.post(
    '/applications/batch-transitions',
    {
      onRequest: app.requireAuth({
        roles: ['unit_admin', 'unit_operator', 'dept_reviewer'],
        scope: 'reviews:write',
      }),
      preHandler: idempotency.preHandler,
      onSend: idempotency.onSend,
      schema: {
        tags: ['lifecycle'],
        summary: 'Take one action on several applications (批量办理), each as its own transition',
        description:
          'start_review, approve or return (with the same payload as a single return) for up to 100 ' +
          'applications (a repeated id acts once), one after another, each in its own transaction. 200 ' +
          'with a result per application: `ok` with the new status, or the problem `code` and its Chinese `message` ' +
          '(an application outside the scope is a not_found row; one in another status invalid_transition). ' +
          'Accepts Idempotency-Key.',
        security: bearerSecurity,
        headers: idempotencyHeadersSchema,
        body: batchTransitionRequestSchema,
        // 409 and 422 only from Idempotency-Key (a repeat still running, a key reused with another body).
        response: {
          200: batchTransitionResultSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => service.run(actorOf(request), request.body, requestContext(request)),
  );
};
