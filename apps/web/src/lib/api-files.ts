import type { z } from 'zod';
import { apiBase, authHeaders, fetchApi, networkError, parseBody, send } from './api-client';
import { type ProgressRequest, sendWithProgress } from './send-with-progress';

// Calls whose body or answer is not JSON, through the same transport as apiRequest (api-client.ts):
// the same token refresh, session ending and errors. Only pages behind the sign-in use them.

function uploadApi(path: string, request: ProgressRequest): Promise<Response> {
  return sendWithProgress(`${apiBase}${path}`, request).catch((cause: unknown) => {
    throw networkError(cause);
  });
}

/** `GET` of bytes (a stored file, a thumbnail): an `<img src>` cannot carry the bearer token. */
export async function apiBlob(path: string, options: { signal?: AbortSignal } = {}): Promise<Blob> {
  const response = await send(
    (token) =>
      fetchApi(path, { headers: authHeaders(token), ...(options.signal ? { signal: options.signal } : {}) }),
    true,
  );
  return response.blob();
}

export interface ApiUploadOptions<T> {
  /** Sent as the multipart field `field` (default `file`). */
  file: File;
  field?: string;
  /** Validates (and types) the answer. */
  schema: z.ZodType<T>;
  /** 0–100 as the bytes leave the browser (starts again at 0 if the call is retried). */
  onProgress?: (percent: number) => void;
}

/** `POST` of one file as `multipart/form-data`, with upload progress when asked for. */
export async function apiUpload<T>(path: string, options: ApiUploadOptions<T>): Promise<T> {
  const { file, field = 'file', schema, onProgress } = options;
  const response = await send((token) => {
    const body = new FormData();
    body.append(field, file, file.name);
    const headers = authHeaders(token, { Accept: 'application/json' });
    if (!onProgress) return fetchApi(path, { method: 'POST', headers, body });
    onProgress(0);
    return uploadApi(path, { method: 'POST', headers, body, onProgress });
  }, true);
  return parseBody(response, schema);
}
