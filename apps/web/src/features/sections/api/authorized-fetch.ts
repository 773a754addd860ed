import { apiBase, toApiError } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { authStore } from '../../../lib/auth-store';
import { refreshSession } from '../../../lib/session';

/**
 * A signed-in request whose body or answer is not JSON (a multipart upload, an image): `apiRequest`
 * speaks JSON only. Same token handling: one refresh on `token_expired`, failures as {@link ApiError}.
 */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) =>
    fetch(`${apiBase}${path}`, {
      ...init,
      credentials: 'include',
      headers: {
        ...(init.headers as Record<string, string>),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
  const sentToken = authStore.getAccessToken();
  let response = await send(sentToken);
  if (response.status === 401) {
    const error = await toApiError(response.clone());
    if (error.code !== 'token_expired') throw error;
    const current = authStore.getAccessToken();
    const renewed = current && current !== sentToken ? true : await refreshSession();
    if (!renewed) throw error;
    response = await send(authStore.getAccessToken());
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

export function isFileProblem(error: unknown): error is ApiError {
  return (
    error instanceof ApiError && (error.code === 'file_type_not_allowed' || error.code === 'file_too_large')
  );
}
