import {
  captchaResponseSchema,
  loginRequestSchema,
  loginResponseSchema,
  problemSchema,
  textCaptchaResponseSchema,
} from '@zhicheng/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { routeRateLimit } from '../../lib/rate-limits.js';
import { requestContext } from '../../plugins/authenticate.js';
import type { AuthService, IssuedSession } from './auth-service.js';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './tokens.js';

export interface AuthRouteDeps {
  authService: AuthService;
  config: Config;
}

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  423: problemSchema,
  429: problemSchema,
};

/** Refresh and logout take no input: no body (Fastify hands the schema null), `{}` or JSON null (#16). */
const emptyBodyAllowed = z.object({}).loose().nullish();

/**
 * Fastify refuses `Content-Type: application/json` with an empty body (FST_ERR_CTP_EMPTY_JSON_BODY);
 * for refresh and logout, which read only the cookie, such a request is treated as having no body.
 */
async function dropEmptyBodyContentType(request: FastifyRequest) {
  const { headers } = request;
  if (headers['transfer-encoding'] === undefined && (headers['content-length'] ?? '0') === '0') {
    delete headers['content-type'];
  }
}

/** Puts the rotating refresh token in an httpOnly, SameSite=Strict cookie scoped to the auth routes. */
export function setRefreshCookie(reply: FastifyReply, config: Config, issued: IssuedSession) {
  reply.setCookie(REFRESH_COOKIE, issued.refreshToken, {
    ...cookieAttributes(config),
    expires: issued.refreshExpiresAt,
  });
}

function cookieAttributes(config: Config) {
  return {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
  } as const;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteDeps> = async (app, { authService, config }) => {
  app.get(
    '/auth/captcha',
    {
      schema: {
        tags: ['auth'],
        summary: 'A new image captcha (SVG), valid 5 minutes, one guess',
        // Rate-limited per IP like login.
        response: { 200: captchaResponseSchema, 429: problemSchema },
      },
      ...routeRateLimit(app, config, 'captcha'),
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return authService.createCaptcha();
    },
  );

  app.get(
    '/auth/captcha/text',
    {
      schema: {
        tags: ['auth'],
        summary:
          'A new text captcha (an arithmetic question, the non-image alternative), valid 5 minutes, one guess',
        description:
          'For people who cannot read the image (WCAG 3.3.8, GB/T 37668). Answered in digits through the ' +
          'same `captchaId`/`captchaAnswer` as the image captcha; shares its rate limit.',
        response: { 200: textCaptchaResponseSchema, 429: problemSchema },
      },
      ...routeRateLimit(app, config, 'captcha'),
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return authService.createTextCaptcha();
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password',
        description:
          'After 3 failures for the username, or 20 from one IP address within 15 minutes, a captcha is ' +
          'required (`captcha_required`); after 5 for the username the account is locked for 15 minutes ' +
          '(423 `account_locked`, with `lockedUntil`). A 401 ' +
          '`invalid_credentials` carries `captchaRequired` (the next attempt needs a captcha) and ' +
          '`remainingAttempts` (failures left before the lock). Sets the refresh cookie.',
        body: loginRequestSchema,
        response: { 200: loginResponseSchema, ...problems },
      },
      ...routeRateLimit(app, config, 'login'),
    },
    async (request, reply) => {
      const issued = await authService.login(request.body, requestContext(request));
      setRefreshCookie(reply, config, issued);
      return issued.body;
    },
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Rotate the refresh cookie and get a new access token',
        description:
          'Reusing an already rotated refresh token revokes the whole session. Without a refresh cookie ' +
          '(a first visit, or after logout) it answers 204 with no body: nobody is signed in, which is ' +
          'not an error. A cookie that is invalid, expired or revoked answers 401 and is cleared.',
        body: emptyBodyAllowed,
        response: {
          200: loginResponseSchema,
          204: z.null().describe('No refresh cookie was sent: there is no session to restore'),
          401: problemSchema,
        },
      },
      ...routeRateLimit(app, config, 'refresh'),
      preParsing: dropEmptyBodyContentType,
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      // The web app asks on every page load; a browser that never signed in must not log a 401.
      if (token === undefined) return reply.status(204).send(null);
      try {
        const issued = await authService.refresh(token, requestContext(request));
        setRefreshCookie(reply, config, issued);
        return issued.body;
      } catch (error) {
        reply.clearCookie(REFRESH_COOKIE, cookieAttributes(config));
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session (refresh cookie and/or bearer token)',
        body: emptyBodyAllowed,
        response: { 204: z.null() },
      },
      preParsing: dropEmptyBodyContentType,
    },
    async (request, reply) => {
      // Logging out with an expired or revoked token is fine: there is nothing left to revoke.
      const actor = await app.optionalActor(request);
      await authService.logout(request.cookies[REFRESH_COOKIE], actor, requestContext(request));
      reply.clearCookie(REFRESH_COOKIE, cookieAttributes(config));
      return reply.status(204).send(null);
    },
  );
};
