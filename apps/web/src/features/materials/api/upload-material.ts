import { type MaterialCategoryKey, type MaterialFile, uploadedFilesSchema } from '@zhicheng/contracts';
import { i18n } from '../../../i18n';
import { apiBase, toApiError } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { authStore } from '../../../lib/auth-store';
import { refreshSession } from '../../../lib/session';

export interface UploadInput {
  applicationId: string;
  category: MaterialCategoryKey;
  file: File;
  /** 0–100 as the bytes leave the browser. */
  onProgress: (percent: number) => void;
}

interface XhrResult {
  status: number;
  body: string;
}

function networkError(): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: i18n.t('errors.network'),
    status: 0,
    code: 'network_error',
  });
}

// fetch() cannot report upload progress; XMLHttpRequest's upload.onprogress can.
function send(url: string, file: File, token: string | null, onProgress: (p: number) => void) {
  return new Promise<XhrResult>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(networkError());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asResponse(result: XhrResult): Response {
  return new Response(result.body || null, { status: result.status });
}

async function isExpiredToken(result: XhrResult): Promise<boolean> {
  return result.status === 401 && (await toApiError(asResponse(result))).code === 'token_expired';
}

/**
 * `POST /applications/{id}/materials/{category}` (multipart field `file`) for one file, reporting
 * progress. An expired access token is refreshed once and the file sent again.
 */
export async function uploadMaterial({
  applicationId,
  category,
  file,
  onProgress,
}: UploadInput): Promise<MaterialFile[]> {
  const url = `${apiBase}/applications/${encodeURIComponent(applicationId)}/materials/${encodeURIComponent(category)}`;
  let result = await send(url, file, authStore.getAccessToken(), onProgress);
  if ((await isExpiredToken(result)) && (await refreshSession())) {
    onProgress(0);
    result = await send(url, file, authStore.getAccessToken(), onProgress);
  }
  if (result.status < 200 || result.status >= 300) throw await toApiError(asResponse(result));
  const parsed = uploadedFilesSchema.safeParse(parseJson(result.body));
  if (!parsed.success) {
    throw new ApiError({
      type: 'about:blank',
      title: i18n.t('errors.invalidResponse'),
      status: result.status,
      code: 'invalid_response',
    });
  }
  return parsed.data.items;
}
