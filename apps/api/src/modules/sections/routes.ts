import {
  idParamSchema,
  problemSchema,
  sectionDefinitions,
  sectionListQuerySchema,
  sectionListSchema,
  sectionResponseSchema,
  sectionShapeSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ifMatchVersion } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf } from '../../plugins/authenticate.js';
import type { SectionsService } from './sections-service.js';

const tags = ['sections'];

/**
 * Step 2's sections. Each section has its own GET and PUT route so its exact field schema is what
 * validates the body and what the OpenAPI document shows.
 */
export const sectionRoutes: FastifyPluginAsyncZod<{ sectionsService: SectionsService }> = async (
  app,
  { sectionsService: service },
) => {
  // Reads, for every role and for API keys with applications:read.
  const anyRole = app.requireAuth({ scope: 'applications:read' });

  app.get(
    '/applications/:id/sections',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary: 'The 23 sections with status and version',
        description:
          'The applicant sees the live sections; reviewers (unit, department, committee, bureau) see the latest ' +
          'submission snapshot. `toCorrect` marks the sections the latest return names while the application is ' +
          'returned; `changedSinceReturn` (reviewers only) says whether a section differs from what was returned. ' +
          'With `include=data` each saved section carries its `data` too (one request for a read-only view of all).',
        security: bearerSecurity,
        params: idParamSchema,
        querystring: sectionListQuerySchema,
        response: { 200: sectionListSchema, ...problemResponses },
      },
    },
    async (request) => ({
      items: await service.list(actorOf(request), request.params.id, {
        withData: request.query.include === 'data',
      }),
    }),
  );

  for (const section of sectionDefinitions) {
    const shape = sectionShapeSchema(section);
    const response = sectionResponseSchema(shape);
    const url = `/applications/:id/sections/${section.key}`;

    app.get(
      url,
      {
        onRequest: anyRole,
        schema: {
          tags,
          summary: `${section.no}. ${section.title}`,
          description:
            'Reviewers read the section as submitted (the latest snapshot, `editable: false`), not the live data.',
          security: bearerSecurity,
          params: idParamSchema,
          response: { 200: response, ...problemResponses },
        },
      },
      async (request) => service.get(actorOf(request), request.params.id, section.key),
    );

    app.put(
      url,
      {
        onRequest: app.requireAuth({ roles: ['applicant'] }),
        schema: {
          tags,
          summary: `Save ${section.no}. ${section.title} (If-Match: version, 0 before the first save)`,
          description:
            'Stores whatever passes the shape check, even with required fields missing, and answers the status ' +
            '(incomplete with per-field errors). Values breaking the shape → 400, nothing stored. System fields are overwritten.',
          security: bearerSecurity,
          params: idParamSchema,
          body: z.object({ data: shape }),
          response: { 200: response, ...problemResponses, 428: problemSchema },
        },
      },
      async (request) =>
        service.put(
          actorOf(request),
          request.params.id,
          section.key,
          request.body.data,
          ifMatchVersion(request),
        ),
    );
  }
};
