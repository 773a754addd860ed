import type { FastifyInstance } from 'fastify';

const API_PREFIX = '/api/v1/';

/**
 * API responses carry personal data (tokens, names, ID numbers, applications), so no browser or proxy
 * may keep a copy (#16, ASVS 14.3.2): every `/api/v1` response, errors included, is `no-store` unless its
 * route chose its own caching (the public catalogue's ETag, the public publicity list).
 */
export function registerNoStore(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith(API_PREFIX) || reply.hasHeader('cache-control')) return;
    reply.header('cache-control', 'no-store');
  });
}
