import {
  apiKeyCreatedSchema,
  apiKeyCreateSchema,
  apiKeyListSchema,
  apiKeySchema,
  idParamSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { ApiKeysService } from './api-keys-service.js';

/**
 * 接口对接 › API 密钥: unit admins keep their unit's keys, the bureau admin the bureau's. People only:
 * the guard declares no scope, so no key can manage keys.
 */
export const apiKeyRoutes: FastifyPluginAsyncZod<{ apiKeysService: ApiKeysService }> = async (
  app,
  { apiKeysService },
) => {
  const admins = app.requireAuth({ roles: ['unit_admin', 'bureau_admin'] });

  app.get(
    '/api-keys',
    {
      onRequest: admins,
      schema: {
        tags: ['integrations'],
        summary: "The caller's unit's API keys (the bureau's for the bureau admin), revoked ones included",
        description: 'Lists show each key’s public prefix only; the secret is never shown again.',
        security: bearerSecurity,
        response: { 200: apiKeyListSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: await apiKeysService.list(actorOf(request)) }),
  );

  app.post(
    '/api-keys',
    {
      onRequest: admins,
      schema: {
        tags: ['integrations'],
        summary: 'Issue an API key bound to the caller’s unit (or the bureau) with the chosen scopes',
        description:
          'The 201 response carries the secret `key`: the only time it is shown (only its SHA-256 is ' +
          'stored). Integrators send it as `Authorization: Bearer <key>`; the key then acts as a unit ' +
          'admin of its unit (bureau keys as the bureau admin) on the routes whose description names one ' +
          'of its scopes, and gets 403 insufficient_scope elsewhere. `expiresAt` must lie ahead. No ' +
          'Idempotency-Key: a replayed response would have to keep the secret.',
        security: bearerSecurity,
        body: apiKeyCreateSchema,
        response: { 201: apiKeyCreatedSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const created = await apiKeysService.create(actorOf(request), request.body, requestContext(request));
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      onRequest: admins,
      schema: {
        tags: ['integrations'],
        summary: 'Revoke an API key at once (its next request gets 401 invalid_api_key)',
        description: 'Revoking a revoked key changes nothing; another owner’s key is 404.',
        security: bearerSecurity,
        params: idParamSchema,
        response: { 200: apiKeySchema, ...problemResponses },
      },
    },
    async (request) => apiKeysService.revoke(actorOf(request), request.params.id, requestContext(request)),
  );
};
