import { Readable } from 'node:stream';
import {
  applicationChoiceUpdateSchema,
  applicationCountsSchema,
  applicationCreateSchema,
  applicationDetailSchema,
  applicationExportColumns,
  applicationExportQuerySchema,
  applicationFiltersSchema,
  applicationListSchema,
  applicationSchema,
  applicationsQuerySchema,
  idParamSchema,
  type Role,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Idempotency, idempotencyHeadersSchema } from '../../lib/idempotency.js';
import { ifMatchVersion } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { contentDisposition } from '../files/content-disposition.js';
import type { ReviewFormService } from '../review-form/review-form-service.js';
import { type ApplicationsService, toApplication } from './applications-service.js';

const tags = ['applications'];

/** Who may export a queue: the reviewers and the bureau (an applicant has only its own applications). */
const reviewerRoles: readonly Role[] = [
  'unit_admin',
  'unit_operator',
  'dept_reviewer',
  'committee_secretary',
  'bureau_admin',
];

/** The CSV body; `content` names its media type in the OpenAPI document (the problems stay JSON). */
const csvFile = z.custom<Readable>().meta({
  description: 'CSV, UTF-8 with BOM; a header row, then one application per row',
  content: { 'text/csv': { schema: { type: 'string' } } },
});

/** Applications: one list for every role, scoped to what the caller may see. */
export const applicationRoutes: FastifyPluginAsyncZod<{
  applicationsService: ApplicationsService;
  reviewFormService: ReviewFormService;
  idempotency: Idempotency;
}> = async (app, { applicationsService: service, reviewFormService, idempotency }) => {
  // Every role reads (within its scope); so do API keys with applications:read.
  const anyRole = app.requireAuth({ scope: 'applications:read' });

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
        description:
          'Filters combine with AND; `status` may repeat. `sort` defaults to `-updatedAt`. Keyset ' +
          'pagination: pass `nextCursor` back as `cursor` with the same filters and sort; `total` counts ' +
          'the whole filtered set.',
        security: bearerSecurity,
        querystring: applicationsQuerySchema,
        response: { 200: applicationListSchema, ...problemResponses },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  // Static paths: Fastify's router prefers them to `/applications/:id` whatever the order.
  app.get(
    '/applications/counts',
    {
      onRequest: anyRole,
      schema: {
        tags,
        summary: 'How many applications of each status the caller sees, for the same filters as the list',
        security: bearerSecurity,
        querystring: applicationFiltersSchema,
        response: { 200: applicationCountsSchema, ...problemResponses },
      },
    },
    async (request) => service.counts(actorOf(request), request.query),
  );

  app.get(
    '/applications/export.csv',
    {
      onRequest: app.requireAuth({ roles: reviewerRoles, scope: 'applications:read' }),
      schema: {
        tags,
        summary: 'The filtered list as CSV (UTF-8 with BOM, ID numbers masked), streamed',
        description: `Columns: ${applicationExportColumns.join(', ')}. Same filters and sort as the list.`,
        security: bearerSecurity,
        querystring: applicationExportQuerySchema,
        response: { 200: csvFile, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { fileName, lines } = await service.exportCsv(
        actorOf(request),
        request.query,
        requestContext(request),
      );
      return reply
        .headers({
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': contentDisposition(fileName, 'attachment'),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        })
        .send(Readable.from(lines));
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
        response: { 200: applicationDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const found = await service.load(actor, request.params.id);
      return {
        ...toApplication(found, actor),
        finalForm: await reviewFormService.finalFormOf(found.application.id),
      };
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
