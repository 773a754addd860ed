import {
  applicationChoiceUpdateSchema,
  applicationCreateSchema,
  applicationListSchema,
  applicationSchema,
  applicationsQuerySchema,
  idParamSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Idempotency, idempotencyHeadersSchema } from '../../lib/idempotency.js';
import { ifMatchVersion, nextCursor, offsetFromCursor } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { type ApplicationsService, toApplication } from './applications-service.js';

const tags = ['applications'];

/** Applications: one list for every role, scoped to what the caller may see. */
export const applicationRoutes: FastifyPluginAsyncZod<{
  applicationsService: ApplicationsService;
  idempotency: Idempotency;
}> = async (app, { applicationsService: service, idempotency }) => {
  const anyRole = app.requireAuth();

  app.post(
    '/applications',
    {
      onRequest: app.requireAuth({ roles: ['applicant'] }),
      preHandler: idempotency.preHandler,
      onSend: idempotency.onSend,
      schema: {
        tags,
        summary: 'Create an application from the qualification choice (step 1) in an open cycle',
        description: 'Accepts Idempotency-Key.',
        security: bearerSecurity,
        headers: idempotencyHeadersSchema,
        body: applicationCreateSchema,
        response: { 201: applicationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await service.create(actor, request.body, requestContext(request));
      return reply.status(201).send(toApplication(created, actor));
    },
  );

  app.get(
    '/applications',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary:
          "Applications the caller may see (own, unit's, department's, committee's, all for the bureau)",
        security: bearerSecurity,
        querystring: applicationsQuerySchema,
        response: { 200: applicationListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor, ...filters } = request.query;
      const offset = offsetFromCursor(cursor);
      const { rows, total } = await service.list(actor, filters, { limit, offset });
      return {
        items: rows.map((r) => toApplication(r, actor)),
        nextCursor: nextCursor(offset, rows.length, total),
        total,
      };
    },
  );

  app.get(
    '/applications/:id',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary: 'One application with the actions the caller may take',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: applicationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return toApplication(await service.load(actor, request.params.id), actor);
    },
  );

  app.patch(
    '/applications/:id',
    {
      onRequest: app.requireAuth({ roles: ['applicant'] }),
      schema: {
        tags,
        summary: 'Change the qualification choice while the application is editable (If-Match: version)',
        security: bearerSecurity,
        params: idParamSchema,
        body: applicationChoiceUpdateSchema,
        response: { 200: applicationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const updated = await service.updateChoice(
        actor,
        request.params.id,
        request.body,
        ifMatchVersion(request),
        requestContext(request),
      );
      return toApplication(updated, actor);
    },
  );
};
