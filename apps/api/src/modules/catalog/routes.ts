import { catalogSchema } from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogCache } from './catalog-cache.js';

/** `GET /catalog`: public, with an ETag so browsers revalidate cheaply and get 304. */
export const catalogRoutes: FastifyPluginAsyncZod<{ catalog: CatalogCache }> = async (app, { catalog }) => {
  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'The whole catalogue: series → specialties, qualifications; committees; innovative conditions',
        response: { 200: catalogSchema, 304: z.null() },
      },
    },
    async (request, reply) => {
      const { etag, body } = await catalog.get();
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return body;
    },
  );
};
