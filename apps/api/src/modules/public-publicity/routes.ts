import {
  idParamSchema,
  objectionCreatedSchema,
  objectionCreateSchema,
  objectionListSchema,
  problemSchema,
  publicPublicitySchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { routeRateLimit } from '../../lib/rate-limits.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { PublicPublicityService } from './public-publicity-service.js';

const tags = ['publicity'];

/** The public 公示 page (no login), objections from it, and the department's list of them. */
export const publicPublicityRoutes: FastifyPluginAsyncZod<{
  publicPublicityService: PublicPublicityService;
  config: Config;
}> = async (app, { publicPublicityService: service, config }) => {
  // Public endpoints get a per-IP limit, as the other unauthenticated ones do.

  app.get(
    '/public/publicity',
    {
      ...routeRateLimit(app, config, 'publicPublicity'),
      schema: {
        tags,
        summary: 'The open 评审结果公示 windows, for everyone (no login)',
        description:
          'Result-stage windows open today (China time), newest first, with the department that runs ' +
          'each and, per application, the masked name (张*明), unit, series, qualification and committee. ' +
          'Never a full name, an account or an ID number. Cached for 60 seconds.',
        response: { 200: publicPublicitySchema, 429: problemSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return service.openWindows();
    },
  );

  app.post(
    '/public/objections',
    {
      ...routeRateLimit(app, config, 'objection'),
      schema: {
        tags,
        summary: 'Send an objection (异议) to a publicised result (no login, captcha)',
        description:
          'Needs a captcha from `GET /auth/captcha` (one guess; wrong or expired → 401 captcha_invalid). ' +
          'The window must be a result window covering the application (else 404) and open today ' +
          '(else 409 conflict). The objection reaches the department as a note on the application. ' +
          'Per-IP rate limit (429).',
        body: objectionCreateSchema,
        response: {
          201: objectionCreatedSchema,
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
          409: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const created = await service.createObjection(request.body, requestContext(request));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/applications/:id/objections',
    {
      onRequest: app.requireAuth({ roles: ['dept_reviewer', 'bureau_admin'] }),
      schema: {
        tags,
        summary: 'The objections (异议) to an application, newest first',
        description:
          'For the department whose scope holds the application and for the bureau; another ' +
          "department's application → 404.",
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: objectionListSchema, ...problemResponses },
      },
    },
    async (request) => service.objectionsOf(actorOf(request), request.params.id),
  );
};
