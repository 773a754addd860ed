import {
  cycleCreateSchema,
  cycleSchema,
  cyclesQuerySchema,
  cycleUpdateSchema,
  idParamSchema,
  problemSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { CyclesService } from './cycles-service.js';

/** 申报批次: open cycles for everyone, maintenance for the bureau. */
export const cycleRoutes: FastifyPluginAsyncZod<{ cyclesService: CyclesService }> = async (
  app,
  { cyclesService },
) => {
  const bureau = app.requireAuth({ roles: ['bureau_admin'] });

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
    async (request) => ({ items: await cyclesService.list(actorOf(request), { open: request.query.open }) }),
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
    async (request) => ({ items: await cyclesService.list(actorOf(request)) }),
  );

  app.post(
    '/admin/cycles',
    {
      onRequest: bureau,
      schema: {
        tags: ['admin catalogue'],
        summary: 'Create a review cycle (no overlap with another; unitPublicityRequired defaults to true)',
        security: bearerSecurity,
        body: cycleCreateSchema,
        response: { 201: cycleSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const cycle = await cyclesService.create(actorOf(request), request.body, requestContext(request));
      return reply.status(201).send(cycle);
    },
  );

  app.patch(
    '/admin/cycles/:id',
    {
      onRequest: bureau,
      schema: {
        tags: ['admin catalogue'],
        summary:
          'Rename a cycle, move its dates (close it early by moving closesAt) or set unitPublicityRequired',
        security: bearerSecurity,
        params: idParamSchema,
        body: cycleUpdateSchema,
        response: { 200: cycleSchema, ...problemResponses },
      },
    },
    async (request) =>
      cyclesService.update(actorOf(request), request.params.id, request.body, requestContext(request)),
  );
};
