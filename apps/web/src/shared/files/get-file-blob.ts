import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiBlob } from '../../lib/api-files';

export type FileVariant = 'original' | 'thumbnail';

/** Query keys of stored files' bytes (a section's photo, a material's pages and thumbnails). */
export const fileKeys = {
  all: ['files'] as const,
  blob: (fileId: string, variant: FileVariant) => [...fileKeys.all, fileId, variant] as const,
};

/**
 * `GET /files/{id}` or its thumbnail as a Blob: an <img src> cannot carry the bearer token, so the
 * bytes are fetched through the transport and shown through an object URL.
 */
export function getFileBlob(fileId: string, variant: FileVariant = 'original'): Promise<Blob> {
  const path = `/files/${encodeURIComponent(fileId)}`;
  return apiBlob(variant === 'thumbnail' ? `${path}/thumbnail` : path);
}

export function fileBlobQueryOptions(fileId: string, variant: FileVariant = 'original') {
  return queryOptions({
    queryKey: fileKeys.blob(fileId, variant),
    queryFn: () => getFileBlob(fileId, variant),
    // A stored file never changes under its id.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A stored file's bytes, cached. */
export function useFileBlob(fileId: string, variant: FileVariant, enabled = true) {
  return useQuery({ ...fileBlobQueryOptions(fileId, variant), enabled });
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

/** An object URL for a stored file (none while `fileId` is empty or the bytes are loading). */
export function useFileUrl(fileId: string | null | undefined) {
  const query = useFileBlob(fileId ?? '', 'original', Boolean(fileId));
  const url = useObjectUrl(fileId ? query.data : undefined);
  return { url: url ?? null, isLoading: query.isLoading, error: query.error };
}
