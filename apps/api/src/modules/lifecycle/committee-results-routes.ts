import {
  batchTransitionResultSchema,
  committeeResultsRequestSchema,
  problemSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Idempotency, idempotencyHeadersSchema } from '../../lib/idempotency.js';
import { bearerSecurity } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { CommitteeResultsService } from './committee-results-service.js';

/** 评审结果录入: the committee's secretary records one meeting's votes for several applications. */
export const committeeResultsRoutes: FastifyPluginAsyncZod<{
  committeeResultsService: CommitteeResultsService;
  idempotency: Idempotency;
}> = async (app, { committeeResultsService: service, idempotency }) => {
  app.post(
    '/committee-results',
    {
      onRequest: app.requireAuth({ roles: ['committee_secretary'], scope: 'reviews:write' }),
      preHandler: idempotency.preHandler,
      onSend: idempotency.onSend,
      schema: {
        tags: ['lifecycle'],
        summary: "Record a committee meeting's votes for several applications (评审结果录入)",
        description:
          'One meeting (`meetingDate`, experts `present`) and per application its for/against/abstain ' +
          '(summing to `present`) and an optional opinion (default: the meeting date and the count). Each ' +
          'row becomes committee_pass when at least ⌈2/3 × present⌉ voted for, else committee_fail, as its ' +
          'own transition in its own transaction, one after another. 200 with a result per row: `ok` ' +
          'with the new status, or the problem `code` (quorum_not_met, present_exceeds_experts, ' +
          'not_found, invalid_transition …) and its Chinese `message`. A sum that is not `present` or an ' +
          'application listed twice → 400 validation_failed (`errors` on results.{i}.…), nothing ' +
          'recorded. Accepts Idempotency-Key.',
        security: bearerSecurity,
        headers: idempotencyHeadersSchema,
        body: committeeResultsRequestSchema,
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
    async (request) => service.record(actorOf(request), request.body, requestContext(request)),
  );
};
