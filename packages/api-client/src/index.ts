import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

/** The API's named schemas (`Schemas['Application']`, `Schemas['Problem']`, …). */
export type Schemas = components['schemas'];
/** RFC 9457 problem details, the body of every error response (`code` is the stable machine string). */
export type Problem = Schemas['Problem'];

export interface ApiClientOptions {
  /** Where the API is served, without `/api/v1` (the paths carry it): `https://zhicheng.example.gov.cn`. */
  baseUrl: string;
  /** An integrator's API key (`zck_…`, created in 接口对接), sent as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /**
   * A person's access token from `POST /api/v1/auth/login`, or a function giving the current one (called
   * per request, so a refreshed token is picked up).
   */
  accessToken?: string | (() => string | undefined | Promise<string | undefined>);
  /** A fetch implementation (default `globalThis.fetch`); it receives a `Request`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request (e.g. `x-request-id`). */
  headers?: Record<string, string>;
}

export type ApiClient = Client<paths>;

/**
 * A typed client of the REST API: `client.GET('/api/v1/applications', { params: { query } })` and so on,
 * with paths, parameters, bodies and responses typed from docs/openapi.json. Each call resolves to
 * `{ data, error, response }`: `data` for a 2xx, `error` (a {@link Problem}) otherwise.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  if (options.apiKey !== undefined && options.accessToken !== undefined) {
    throw new TypeError('createApiClient: give either apiKey or accessToken, not both');
  }
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const credential = options.apiKey ?? options.accessToken;
  if (credential !== undefined) client.use(bearer(credential));
  return client;
}

function bearer(credential: NonNullable<ApiClientOptions['accessToken']>): Middleware {
  return {
    async onRequest({ request }) {
      const token = typeof credential === 'function' ? await credential() : credential;
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  };
}
