import fastifyJwt from '@fastify/jwt';
import type { Role } from '@zhicheng/contracts';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../lib/actor.js';
import { type Clock, systemClock } from '../lib/clock.js';
import type { RequestContext } from '../modules/audit/audit-repository.js';
import type { AuthService } from '../modules/auth/auth-service.js';
import { type AccessTokenClaims, JWT_AUDIENCE, JWT_ISSUER } from '../modules/auth/tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
  interface FastifyInstance {
    /** onRequest: requires a live session, optionally one of `roles`. */
    requireAuth(options?: RequireAuthOptions): onRequestAsyncHookHandler;
    signAccessToken(claims: AccessTokenClaims): string;
    /** The actor behind a valid bearer token, or undefined (no token, expired, revoked). */
    optionalActor(request: FastifyRequest): Promise<Actor | undefined>;
  }
}

export interface RequireAuthOptions {
  roles?: readonly Role[];
  /** Reachable while the user must still change an initial password (`/me`, `/me/password`). */
  allowPendingPasswordChange?: boolean;
}

/** The authenticated actor of a request guarded by `requireAuth` (throws if the guard is missing). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`route ${request.url} used actorOf without requireAuth`);
  return request.actor;
}

export function requestContext(request: FastifyRequest): RequestContext {
  return { ip: request.ip, requestId: request.id, userAgent: request.headers['user-agent'] };
}

interface Options {
  clock: Clock;
  secret: string;
  accessTokenTtlSeconds: number;
  authService: () => AuthService;
}

async function authenticatePlugin(app: FastifyInstance, options: Options) {
  await app.register(fastifyJwt, {
    secret: options.secret,
    // The algorithm is pinned both ways: tokens are signed with HS256 and nothing else verifies.
    sign: {
      algorithm: 'HS256',
      iss: JWT_ISSUER,
      aud: JWT_AUDIENCE,
      expiresIn: options.accessTokenTtlSeconds,
    },
    verify: { algorithms: ['HS256'], allowedIss: JWT_ISSUER, allowedAud: JWT_AUDIENCE },
  });

  // Token times follow the app's clock (a manual one in tests), not the library's Date.now().
  app.decorate('signAccessToken', (claims: AccessTokenClaims) =>
    app.jwt.sign(claims, { clockTimestamp: options.clock.now().getTime() }),
  );

  // The JWT library builds a new verifier for every options object, so the system clock passes none.
  const verifyOptions = () =>
    options.clock === systemClock ? undefined : { clockTimestamp: options.clock.now().getTime() };

  async function resolveActor(request: FastifyRequest) {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw new AppError('unauthorized', '缺少访问令牌，请先登录');
    let claims: AccessTokenClaims;
    try {
      claims = await request.jwtVerify<AccessTokenClaims>(verifyOptions());
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED') throw new AppError('token_expired');
      throw new AppError('unauthorized', '访问令牌无效，请重新登录');
    }
    return options.authService().authenticate(claims);
  }

  app.decorate('optionalActor', (request: FastifyRequest) => resolveActor(request).catch(() => undefined));

  app.decorate('requireAuth', (guard: RequireAuthOptions = {}): onRequestAsyncHookHandler => {
    return async (request) => {
      const actor = await resolveActor(request);
      if (actor.mustChangePassword && !guard.allowPendingPasswordChange) {
        throw new AppError('password_change_required', '首次登录或密码已被重置，请先修改密码');
      }
      if (guard.roles && !guard.roles.includes(actor.role)) throw new AppError('forbidden');
      request.actor = actor;
    };
  });
}

export default fp(authenticatePlugin, { name: 'authenticate' });
