import { useMutation } from '@tanstack/react-query';
import { photoUploadedSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiUpload } from '../../../lib/api-files';

export type PhotoUploaded = z.infer<typeof photoUploadedSchema>;

/**
 * `POST /applications/{id}/photo` (multipart field `file`): the 1-inch photo of basic info. The
 * answer's id goes into the `photo` field; the server re-checks type (magic bytes) and size.
 */
export function uploadPhoto(applicationId: string, file: File): Promise<PhotoUploaded> {
  return apiUpload(`/applications/${encodeURIComponent(applicationId)}/photo`, {
    file,
    schema: photoUploadedSchema,
  });
}

export function useUploadPhoto(applicationId: string) {
  return useMutation({ mutationFn: (file: File) => uploadPhoto(applicationId, file) });
}
