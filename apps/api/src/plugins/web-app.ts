import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** True when `root` holds a built SPA. */
export function hasWebBuild(root: string | undefined): root is string {
  return Boolean(root && existsSync(join(root, 'index.html')));
}

/**
 * Serves the built SPA from the same port as the API. The not-found handler (errors/) sends
 * index.html for unknown non-API GET paths so client-side routes survive a reload.
 */
async function webAppPlugin(app: FastifyInstance, options: { root: string }) {
  await app.register(fastifyStatic, {
    root: options.root,
    wildcard: false,
    index: false,
    setHeaders(res, path) {
      // Vite fingerprints assets, so they never change; index.html must always be revalidated.
      const immutable = path.includes('/assets/');
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

export default fp(webAppPlugin, { name: 'web-app' });
