import {
  idParamSchema,
  listQuerySchema,
  problemSchema,
  webhookCreatedSchema,
  webhookCreateSchema,
  webhookDeliveriesQuerySchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nextCursor, offsetFromCursor } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { toDelivery, toWebhook } from './webhook-view.js';
import type { WebhooksService } from './webhooks-service.js';

/**
 * Webhooks of a unit (its admin; events of its applications) or of the bureau (all events). Another
 * owner's webhook answers 404. API keys cannot reach these routes: managing where data goes and
 * holding signing secrets is for people.
 */
export const webhookRoutes: FastifyPluginAsyncZod<{ webhooksService: WebhooksService }> = async (
  app,
  { webhooksService },
) => {
  const guard = app.requireAuth({ roles: ['unit_admin', 'bureau_admin'] });
  const tags = ['webhooks'];

  app.get(
    '/webhooks',
    {
      onRequest: guard,
      schema: {
        tags,
        summary: "The caller's webhooks (its unit's, or the bureau's), newest first",
        security: bearerSecurity,
        querystring: listQuerySchema,
        response: { 200: webhookListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const offset = offsetFromCursor(request.query.cursor);
      const { rows, total } = await webhooksService.list(actorOf(request), {
        limit: request.query.limit,
        offset,
      });
      return { items: rows.map(toWebhook), nextCursor: nextCursor(offset, rows.length, total), total };
    },
  );

  app.post(
    '/webhooks',
    {
      onRequest: guard,
      schema: {
        tags,
        summary: 'Subscribe a URL to events; the 201 carries the signing secret, shown only this once',
        description:
          'Targets on private, loopback, link-local, unique-local or CGNAT addresses (an IP literal or a ' +
          'name resolving to one) are refused with 422 `webhook_target_forbidden` unless the server ' +
          'allows private networks. Deliveries are signed `X-Zhicheng-Signature: t=<unix seconds>,' +
          'v1=<hex HMAC-SHA256(secret, t + "." + body)>`.',
        security: bearerSecurity,
        body: webhookCreateSchema,
        response: { 201: webhookCreatedSchema, ...problemResponses, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await webhooksService.create(actorOf(request), request.body, requestContext(request));
      return reply.status(201).send({ ...toWebhook(row), secret: row.secret });
    },
  );

  app.delete(
    '/webhooks/:id',
    {
      onRequest: guard,
      schema: {
        tags,
        summary: 'Delete a webhook and its delivery history; pending retries stop',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await webhooksService.remove(actorOf(request), request.params.id, requestContext(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      onRequest: guard,
      schema: {
        tags,
        summary: "A webhook's deliveries, newest first, each with its attempts (status, error, duration)",
        security: bearerSecurity,
        params: idParamSchema,
        querystring: webhookDeliveriesQuerySchema,
        response: { 200: webhookDeliveryListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { rows, more, total } = await webhooksService.deliveries(actorOf(request), request.params.id, {
        limit: request.query.limit,
        cursor: request.query.cursor,
      });
      return { items: rows.map(toDelivery), nextCursor: more ? (rows.at(-1)?.id ?? null) : null, total };
    },
  );

  app.post(
    '/webhooks/:id/ping',
    {
      onRequest: guard,
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Send a `webhook.ping` test delivery (queued: watch it in the deliveries list)',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 202: webhookDeliverySchema, ...problemResponses, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const delivery = await webhooksService.ping(actorOf(request), request.params.id);
      return reply.status(202).send(toDelivery(delivery));
    },
  );
};
