import { healthResponseSchema, readinessResponseSchema } from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export interface HealthDeps {
  pingDatabase(): Promise<boolean>;
  pingStorage(): Promise<boolean>;
}

/** A check that has not answered by then counts as down: a load balancer must get an answer. */
const CHECK_LIMIT_MS = 3000;

function answersInTime(check: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    check().catch(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), CHECK_LIMIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** `/healthz`: the process is up. `/readyz`: the database and object storage answer (503 otherwise). */
export const healthRoutes: FastifyPluginAsyncZod<HealthDeps> = async (app, deps) => {
  app.get(
    '/healthz',
    {
      schema: { tags: ['health'], summary: 'Liveness', response: { 200: healthResponseSchema } },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: database and object storage reachable',
        response: { 200: readinessResponseSchema, 503: readinessResponseSchema },
      },
      logLevel: 'warn',
    },
    async (_request, reply) => {
      const [database, storage] = await Promise.all([
        answersInTime(deps.pingDatabase),
        answersInTime(deps.pingStorage),
      ]);
      const ok = database && storage;
      return reply
        .status(ok ? 200 : 503)
        .send({ status: ok ? 'ok' : 'unavailable', checks: { database, storage } });
    },
  );
};
