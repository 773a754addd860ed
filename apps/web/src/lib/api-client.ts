import { type ErrorCode, errorCodes } from '@zhicheng/contracts';
import type { z } from 'zod';
import { i18n } from '../i18n';
import { ApiError } from './api-error';
import { authStore } from './auth-store';
import { refreshSession } from './session';

export const apiBase = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions<T> {
  method?: Method;
  body?: unknown;
  /** Validates (and types) a successful response body. */
  schema?: z.ZodType<T>;
  /**
   * `true` (default): send the access token, refresh it once on `token_expired`, and end the session
   * when the server no longer accepts it. `false` for the public auth endpoints; `'optional'` sends
   * the token if there is one but leaves the session alone (logout).
   */
  auth?: boolean | 'optional';
  /** Extra request headers, e.g. `If-Match` with the version being edited. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function send(path: string, options: ApiRequestOptions<unknown>, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers,
    credentials: 'include',
  };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  if (options.signal) init.signal = options.signal;
  return fetch(`${apiBase}${path}`, init).catch((cause: unknown) => {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw clientError('network_error', 0, i18n.t('errors.network'));
  });
}

function clientError(code: string, status: number, title: string): ApiError {
  return new ApiError({ type: 'about:blank', title, status, code });
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

async function parseBody<T>(response: Response, schema: z.ZodType<T> | undefined): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (!schema) return body as T;
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw clientError('invalid_response', response.status, i18n.t('errors.invalidResponse'));
  return parsed.data;
}

/**
 * Calls the API. Signed-in calls carry the in-memory access token; an expired token is refreshed once
 * (through the httpOnly cookie) and the call retried. Failures throw an {@link ApiError}.
 */
export async function apiRequest<T = unknown>(path: string, options: ApiRequestOptions<T> = {}): Promise<T> {
  const auth = (options.auth ?? true) === true;
  const sentToken = options.auth === false ? null : authStore.getAccessToken();
  let response = await send(path, options, sentToken);

  if (auth && response.status === 401) {
    const error = await toApiError(response);
    if (error.code !== 'token_expired') {
      handleSessionError(error);
      throw error;
    }
    // Another call may already have refreshed the token while this one was in flight.
    const current = authStore.getAccessToken();
    const renewed = current && current !== sentToken ? true : await refreshSession();
    if (!renewed) {
      handleSessionError(error);
      throw error;
    }
    response = await send(path, options, authStore.getAccessToken());
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (auth) handleSessionError(error);
    throw error;
  }
  return parseBody(response, options.schema);
}
