import type { FastifyInstance } from 'fastify';
import { buildProblem, sendProblem } from '../errors/error-handler.js';

/** The dotted path of the first string holding U+0000 (keys count too), or undefined. */
export function findNul(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const here = [...path, key];
    if (key.includes('\u0000')) return here.join('.');
    const found = findNul(inner, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The safety net under the contracts (#16): PostgreSQL refuses U+0000 in text, so any query string,
 * path parameter or JSON body holding one is answered 400 before a route's handler (or the database) runs.
 */
export function registerRefuseNul(app: FastifyInstance) {
  app.addHook('preValidation', async (request, reply) => {
    for (const part of [request.params, request.query, request.body]) {
      const path = findNul(part);
      if (path === undefined) continue;
      return sendProblem(
        reply,
        buildProblem('validation_failed', request, '请检查标记的字段', [
          { path, message: '不能包含控制字符' },
        ]),
      );
    }
  });
}
