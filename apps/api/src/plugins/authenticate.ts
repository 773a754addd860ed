import fastifyJwt from '@fastify/jwt';
import type { ApiKeyScope, Role } from '@zhicheng/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../lib/actor.js';
import { type Clock, systemClock } from '../lib/clock.js';
import { looksLikeApiKey } from '../modules/api-keys/api-key-secret.js';
import type { ApiKeyPrincipal, ApiKeysService } from '../modules/api-keys/api-keys-service.js';
import type { RequestContext } from '../modules/audit/audit-repository.js';
import type { AuthService } from '../modules/auth/auth-service.js';
import { type AccessTokenClaims, JWT_AUDIENCE, JWT_ISSUER } from '../modules/auth/tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    /** Set when the request authenticated with an integrator's API key instead of a person's token. */
    apiKey?: ApiKeyPrincipal;
  }
  interface FastifyInstance {
    /** onRequest: requires a live session (or an API key with `scope`), optionally one of `roles`. */
    requireAuth(options?: RequireAuthOptions): onRequestAsyncHookHandler;
    signAccessToken(claims: AccessTokenClaims): string;
    /** The person behind a valid bearer token, or undefined (no token, expired, revoked, an API key). */
    optionalActor(request: FastifyRequest): Promise<Actor | undefined>;
  }
}

export interface RequireAuthOptions {
  roles?: readonly Role[];
  /** Reachable while the user must still change an initial password (`/me`, `/me/password`). */
  allowPendingPasswordChange?: boolean;
  /**
   * The API key scope that lets integrators call the route. Without one the route is for people only:
   * every key gets 403 `insufficient_scope`, as does a key that lacks the scope named here.
   */
  scope?: ApiKeyScope;
}

/** Every `requireAuth` hook, with the scope it admits keys with (null: none), for the OpenAPI document. */
const scopeOfHook = new WeakMap<object, ApiKeyScope | null>();

/**
 * How a route treats API keys, from its `onRequest` hooks: undefined when no `requireAuth` guards it
 * (a public route), else the scope its guard declares (null: keys get 403 insufficient_scope).
 */
export function apiKeyAccessOfRoute(route: {
  onRequest?: unknown;
}): { scope: ApiKeyScope | null } | undefined {
  const hooks = Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
  const guards = hooks.filter((hook) => typeof hook === 'function' && scopeOfHook.has(hook));
  if (guards.length === 0) return undefined;
  return { scope: guards.map((hook) => scopeOfHook.get(hook) ?? null).find(Boolean) ?? null };
}

/** The authenticated actor of a request guarded by `requireAuth` (throws if the guard is missing). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`route ${request.url} used actorOf without requireAuth`);
  return request.actor;
}

/** Request facts for the audit trail; a request made with an API key names the key. */
export function requestContext(request: FastifyRequest): RequestContext {
  return {
    ip: request.ip,
    requestId: request.id,
    userAgent: request.headers['user-agent'],
    ...(request.apiKey ? { apiKey: { id: request.apiKey.id, name: request.apiKey.name } } : {}),
  };
}

interface Options {
  clock: Clock;
  secret: string;
  accessTokenTtlSeconds: number;
  authService: () => AuthService;
  apiKeys: () => ApiKeysService;
  /** Requests per minute one API key may make. */
  apiKeyRateLimitPerMinute: number;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
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
    // allowedIss/allowedAud only check claims that are present, and a token without `exp` never
    // expires: every claim the checks rely on must be there (#16).
    verify: {
      algorithms: ['HS256'],
      allowedIss: JWT_ISSUER,
      allowedAud: JWT_AUDIENCE,
      requiredClaims: ['exp', 'iat', 'aud', 'iss', 'sub', 'sid'],
    },
  });

  // Token times follow the app's clock (a manual one in tests), not the library's Date.now().
  app.decorate('signAccessToken', (claims: AccessTokenClaims) =>
    app.jwt.sign(claims, { clockTimestamp: options.clock.now().getTime() }),
  );

  // The JWT library builds a new verifier for every options object, so the system clock passes none.
  const verifyOptions = () =>
    options.clock === systemClock ? undefined : { clockTimestamp: options.clock.now().getTime() };

  async function resolveActor(request: FastifyRequest) {
    const credential = bearerOf(request);
    if (!credential) throw new AppError('unauthorized', '缺少访问令牌，请先登录');
    if (looksLikeApiKey(credential)) throw new AppError('unauthorized', '此操作须以个人账号登录');
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

  // Counted per key id (in this process's memory), whichever route the key calls.
  const keyLimit = app.createRateLimit({
    max: options.apiKeyRateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `api-key:${request.apiKey?.id ?? ''}`,
  });

  async function limitKey(request: FastifyRequest, reply: FastifyReply) {
    const limit = await keyLimit(request);
    if (limit.isAllowed) return;
    reply.header('x-ratelimit-limit', limit.max);
    reply.header('x-ratelimit-remaining', limit.remaining);
    reply.header('x-ratelimit-reset', limit.ttlInSeconds);
    if (limit.isExceeded) {
      throw new AppError('rate_limited', `此 API 密钥请求过于频繁，请 ${limit.ttlInSeconds} 秒后再试`, {
        headers: { 'retry-after': String(limit.ttlInSeconds) },
      });
    }
  }

  /** A key passes a guard only within its scopes, acting as its owner's admin (see ApiKeysService). */
  async function admitApiKey(
    request: FastifyRequest,
    reply: FastifyReply,
    credential: string,
    guard: RequireAuthOptions,
  ) {
    const { actor, apiKey } = await options.apiKeys().authenticate(credential);
    request.apiKey = apiKey;
    await limitKey(request, reply);
    if (!guard.scope) {
      throw new AppError('insufficient_scope', '此接口不接受 API 密钥，须以个人账号登录后操作');
    }
    if (!apiKey.scopes.includes(guard.scope)) {
      throw new AppError('insufficient_scope', `此接口需要 API 密钥具有 ${guard.scope} 权限范围`, {
        extensions: { requiredScope: guard.scope },
      });
    }
    // Set before the role check so a refusal's audit event (access.denied) names its actor.
    request.actor = actor;
    if (guard.roles && !guard.roles.includes(actor.role)) throw new AppError('forbidden');
  }

  app.decorate('optionalActor', (request: FastifyRequest) => resolveActor(request).catch(() => undefined));

  app.decorate('requireAuth', (guard: RequireAuthOptions = {}): onRequestAsyncHookHandler => {
    const hook: onRequestAsyncHookHandler = async (request, reply) => {
      const credential = bearerOf(request);
      if (credential && looksLikeApiKey(credential)) {
        await admitApiKey(request, reply, credential, guard);
        return;
      }
      const actor = await resolveActor(request);
      if (actor.mustChangePassword && !guard.allowPendingPasswordChange) {
        throw new AppError('password_change_required', '首次登录或密码已被重置，请先修改密码');
      }
      request.actor = actor;
      if (guard.roles && !guard.roles.includes(actor.role)) throw new AppError('forbidden');
    };
    scopeOfHook.set(hook, guard.scope ?? null);
    return hook;
  });
}

export default fp(authenticatePlugin, { name: 'authenticate', dependencies: ['@fastify/rate-limit'] });
