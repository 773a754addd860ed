import { type ErrorCode, errorCodes } from '@zhicheng/contracts';
import type { z } from 'zod';
import { i18n } from '../i18n';
import { ApiError } from './api-error';
import { authStore } from './auth-store';
import { refreshSession } from './session';

export const apiBase = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * `true` (default): send the access token, refresh it once on `token_expired`, and end the session
 * when the server no longer accepts it. `false` for the public auth endpoints; `'optional'` sends
 * the token if there is one but leaves the session alone (logout, the public catalogue).
 */
export type AuthMode = boolean | 'optional';

export interface ApiRequestOptions<T> {
  method?: Method;
  body?: unknown;
  /** Validates (and types) a successful response body. */
  schema?: z.ZodType<T>;
  auth?: AuthMode;
  /** Extra request headers, e.g. `If-Match` with the version being edited. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Sends one attempt of a request with the given access token (null: none). */
export type Attempt = (token: string | null) => Promise<Response>;

function clientError(code: string, status: number, title: string): ApiError {
  return new ApiError({ type: 'about:blank', title, status, code });
}

/** A failed connection (not an HTTP answer) as an ApiError; an abort stays an AbortError. */
export function networkError(cause: unknown): unknown {
  if (cause instanceof DOMException && cause.name === 'AbortError') return cause;
  return clientError('network_error', 0, i18n.t('errors.network'));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fallbackCode(status: number): ErrorCode {
  if (status === 503) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'bad_request';
}

/** Turns any failed response into an ApiError, using the problem document when there is one. */
export async function toApiError(response: Response): Promise<ApiError> {
  const problem = ApiError.fromProblem(await readJson(response));
  if (problem) return problem;
  const code = fallbackCode(response.status);
  return clientError(code, response.status, errorCodes[code].title);
}

/** What a signed-in request does when the server refuses the session. */
function handleSessionError(error: ApiError): void {
  if (error.status === 401) {
    if (authStore.getState().status === 'authenticated') authStore.clear('expired');
  } else if (error.code === 'password_change_required') {
    authStore.requirePasswordChange();
  }
}

/**
 * After a `401 token_expired`: true when there is a fresh token to retry with. Another call may have
 * refreshed it already (the token differs from the one sent) or ended the session (its refresh was
 * refused); otherwise this call refreshes, sharing one request with every concurrent caller.
 */
async function renewToken(sentToken: string | null): Promise<boolean> {
  const state = authStore.getState();
  if (state.status !== 'authenticated') return false;
  if (state.accessToken !== sentToken) return true;
  return refreshSession();
}

/**
 * The one authenticated transport: every call to the API, whatever its body (JSON, a blob, a
 * multipart upload), goes through here. Signed-in calls carry the in-memory access token; a `401
 * token_expired` is refreshed at most once and the call retried; any other 401, or a refresh the
 * server refuses, ends the session (`expired`); `403 password_change_required` pins the user to the
 * password page. Failures throw an {@link ApiError}; the response returned is always `ok`. JSON calls
 * use {@link apiRequest}; file bytes and uploads are in `api-files.ts` (kept out of the login bundle).
 */
export async function send(attempt: Attempt, auth: AuthMode): Promise<Response> {
  const sentToken = auth === false ? null : authStore.getAccessToken();
  let response = await attempt(sentToken);

  if (auth === true && response.status === 401) {
    const error = await toApiError(response);
    if (error.code !== 'token_expired' || !(await renewToken(sentToken))) {
      handleSessionError(error);
      throw error;
    }
    response = await attempt(authStore.getAccessToken());
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (auth === true) handleSessionError(error);
    throw error;
  }
  return response;
}

export function authHeaders(
  token: string | null,
  headers: Record<string, string> = {},
): Record<string, string> {
  return token ? { ...headers, Authorization: `Bearer ${token}` } : headers;
}

export function fetchApi(path: string, init: RequestInit): Promise<Response> {
  return fetch(`${apiBase}${path}`, { ...init, credentials: 'include' }).catch((cause: unknown) => {
    throw networkError(cause);
  });
}

export async function parseBody<T>(response: Response, schema: z.ZodType<T> | undefined): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (!schema) return body as T;
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw clientError('invalid_response', response.status, i18n.t('errors.invalidResponse'));
  return parsed.data;
}

/** Calls the API with a JSON body (if any) and answer. Failures throw an {@link ApiError}. */
export async function apiRequest<T = unknown>(path: string, options: ApiRequestOptions<T> = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await send(
    (token) =>
      fetchApi(path, {
        method: options.method ?? 'GET',
        headers: authHeaders(token, headers),
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    options.auth ?? true,
  );
  return parseBody(response, options.schema);
}
