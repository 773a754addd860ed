import { useMutation } from '@tanstack/react-query';
import { photoUploadedSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { authorizedFetch } from './authorized-fetch';

export type PhotoUploaded = z.infer<typeof photoUploadedSchema>;

/**
 * `POST /applications/{id}/photo` (multipart field `file`): the 1-inch photo of basic info. The
 * answer's id goes into the `photo` field; the server re-checks type (magic bytes) and size.
 */
export async function uploadPhoto(applicationId: string, file: File): Promise<PhotoUploaded> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await authorizedFetch(`/applications/${encodeURIComponent(applicationId)}/photo`, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body,
  });
  return photoUploadedSchema.parse(await response.json());
}

export function useUploadPhoto(applicationId: string) {
  return useMutation({ mutationFn: (file: File) => uploadPhoto(applicationId, file) });
}
