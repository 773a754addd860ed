import { auditEventsQuerySchema, auditEventsResponseSchema, problemSchema } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditEvents } from './audit-query.js';

/** The audit trail, readable by the bureau only (and never writable through the API). */
export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/audit-events',
    {
      onRequest: app.requireAuth({ roles: ['bureau_admin'] }),
      schema: {
        tags: ['admin'],
        summary: 'Audit events, newest first',
        security: [{ bearerAuth: [] }],
        querystring: auditEventsQuerySchema,
        response: {
          200: auditEventsResponseSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request) => listAuditEvents(db, request.query),
  );
};
