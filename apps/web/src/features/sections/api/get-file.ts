import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { authorizedFetch } from './authorized-fetch';
import { sectionKeys } from './section-keys';

/** `GET /files/{id}` as a blob: an `<img src>` cannot send the bearer token, so we fetch it ourselves. */
export async function getFileBlob(fileId: string): Promise<Blob> {
  const response = await authorizedFetch(`/files/${encodeURIComponent(fileId)}`);
  return response.blob();
}

export function fileQueryOptions(fileId: string) {
  return queryOptions({
    queryKey: sectionKeys.file(fileId),
    queryFn: () => getFileBlob(fileId),
    // A stored file never changes under its id.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** An object URL for the file (revoked when the id changes or the component goes away). */
export function useFileUrl(fileId: string | null | undefined) {
  const query = useQuery({ ...fileQueryOptions(fileId ?? ''), enabled: Boolean(fileId) });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!query.data) {
      setUrl(null);
      return;
    }
    const objectUrl = URL.createObjectURL(query.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [query.data]);
  return { url, isLoading: query.isLoading, error: query.error };
}
