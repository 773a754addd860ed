import {
  accountSessionListSchema,
  changePasswordRequestSchema,
  idParamSchema,
  loginResponseSchema,
  meResponseSchema,
  problemSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { AuthService } from '../auth/auth-service.js';
import { setRefreshCookie } from '../auth/routes.js';

export interface AccountRouteDeps {
  authService: AuthService;
  config: Config;
}

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

/** The caller's own account: who am I, change my password, my sessions (账号安全). */
export const accountRoutes: FastifyPluginAsyncZod<AccountRouteDeps> = async (
  app,
  { authService, config },
) => {
  const guard = app.requireAuth({ allowPendingPasswordChange: true });

  app.get(
    '/me',
    {
      onRequest: guard,
      schema: {
        tags: ['account'],
        summary: 'The logged-in user with their unit, department or committee',
        security: [{ bearerAuth: [] }],
        response: { 200: meResponseSchema, 401: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return {
        id: actor.userId,
        username: actor.username,
        role: actor.role,
        name: actor.name,
        mustChangePassword: actor.mustChangePassword,
        unit: actor.unit,
        department: actor.department,
        committee: actor.committee,
      };
    },
  );

  app.post(
    '/me/password',
    {
      onRequest: guard,
      schema: {
        tags: ['account'],
        summary: 'Change the password; revokes every session and returns a fresh one',
        security: [{ bearerAuth: [] }],
        body: changePasswordRequestSchema,
        response: { 200: loginResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const issued = await authService.changePassword(
        actorOf(request),
        request.body,
        requestContext(request),
      );
      setRefreshCookie(reply, config, issued);
      return issued.body;
    },
  );

  app.get(
    '/me/sessions',
    {
      onRequest: guard,
      schema: {
        tags: ['account'],
        summary: "The caller's live sessions: device, IP, created, last seen, and which one is this",
        security: [{ bearerAuth: [] }],
        response: { 200: accountSessionListSchema, 401: problemSchema },
      },
    },
    async (request) => ({ items: await authService.listSessions(actorOf(request)) }),
  );

  app.delete(
    '/me/sessions/:id',
    {
      onRequest: guard,
      schema: {
        tags: ['account'],
        summary: 'End one of your own sessions',
        description:
          'Revokes the session: its refresh cookie and its access tokens stop working at once. Ending ' +
          "the current session is logging out. Another user's session, or one already ended, answers 404.",
        security: [{ bearerAuth: [] }],
        params: idParamSchema,
        response: { 204: z.null(), 400: problemSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      await authService.endSession(actorOf(request), request.params.id, requestContext(request));
      return reply.status(204).send(null);
    },
  );
};
