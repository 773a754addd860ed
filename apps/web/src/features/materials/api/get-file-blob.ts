import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiBase, toApiError } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { refreshSession } from '../../../lib/session';

export type FileVariant = 'original' | 'thumbnail';

function filePath(fileId: string, variant: FileVariant): string {
  const base = `${apiBase}/files/${encodeURIComponent(fileId)}`;
  return variant === 'thumbnail' ? `${base}/thumbnail` : base;
}

function fetchWith(url: string, token: string | null): Promise<Response> {
  return fetch(url, {
    credentials: 'include',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

/**
 * `GET /files/{id}` or its thumbnail as a Blob: an <img src> cannot carry the bearer token, so the
 * bytes are fetched here (refreshing an expired token once) and shown through an object URL.
 */
export async function getFileBlob(fileId: string, variant: FileVariant): Promise<Blob> {
  const url = filePath(fileId, variant);
  let response = await fetchWith(url, authStore.getAccessToken());
  if (response.status === 401 && (await refreshSession())) {
    response = await fetchWith(url, authStore.getAccessToken());
  }
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}

/** A stored file's bytes, cached: files never change once uploaded. */
export function useFileBlob(fileId: string, variant: FileVariant, enabled = true) {
  return useQuery({
    queryKey: ['files', fileId, variant],
    queryFn: () => getFileBlob(fileId, variant),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/** An object URL for a Blob, revoked when the blob changes or the component goes away. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => {
      URL.revokeObjectURL(next);
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}
