import { idParamSchema } from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { CatalogKind, CatalogService } from './catalog-service.js';

/** One kind of catalogue entry as the API publishes it. */
export interface EntryRoutes {
  kind: CatalogKind;
  /** `inSeries`: created under `/admin/series/:id/…`, the series being the path's id. */
  create: { path: string; inSeries?: true; summary: string; body: z.ZodType };
  /** The entry's own path, for update and delete. */
  item: string;
  update: { summary: string; body: z.ZodType };
}

const tags = ['admin catalogue'];
const created = z.object({ id: z.string() });

/**
 * The same three bureau-only routes for every kind of catalogue entry: create, update (rename,
 * (de)activate …) and delete (only while unused; otherwise 409, deactivate instead).
 */
export const catalogEntryRoutes: FastifyPluginAsyncZod<{
  catalogService: CatalogService;
  entries: readonly EntryRoutes[];
}> = async (app, { catalogService, entries }) => {
  const onRequest = app.requireAuth({ roles: ['bureau_admin'] });

  for (const { kind, create, item, update } of entries) {
    app.post(
      create.path,
      {
        onRequest,
        schema: {
          tags,
          summary: create.summary,
          security: bearerSecurity,
          ...(create.inSeries ? { params: idParamSchema } : {}),
          body: create.body,
          response: { 201: created, ...problemResponses },
        },
      },
      async (request, reply) => {
        // The body was validated against `create.body`, the schema of this kind's input.
        const body = request.body as Parameters<CatalogService['create']>[2];
        const input = create.inSeries ? { ...body, seriesId: (request.params as { id: string }).id } : body;
        const result = await catalogService.create(actorOf(request), kind, input, requestContext(request));
        return reply.status(201).send(result);
      },
    );

    app.patch(
      item,
      {
        onRequest,
        schema: {
          tags,
          summary: update.summary,
          security: bearerSecurity,
          params: idParamSchema,
          body: update.body,
          response: { 200: created, ...problemResponses },
        },
      },
      async (request) =>
        catalogService.update(
          actorOf(request),
          kind,
          request.params.id,
          request.body as Parameters<CatalogService['update']>[3],
          requestContext(request),
        ),
    );

    app.delete(
      item,
      {
        onRequest,
        schema: {
          tags,
          summary: `Delete an unused ${kind} (in use → 409, deactivate instead)`,
          security: bearerSecurity,
          params: idParamSchema,
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        await catalogService.remove(actorOf(request), kind, request.params.id, requestContext(request));
        return reply.status(204).send(null);
      },
    );
  }
};
