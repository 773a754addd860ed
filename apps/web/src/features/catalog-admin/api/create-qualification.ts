import type { qualificationCreateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `POST /admin/series/{seriesId}/qualifications` */
export function createQualification(input: {
  seriesId: string;
  body: z.input<typeof qualificationCreateSchema>;
}): Promise<unknown> {
  return apiRequest(`/admin/series/${encodeURIComponent(input.seriesId)}/qualifications`, {
    method: 'POST',
    body: input.body,
  });
}

export function useCreateQualification() {
  return useCatalogEdit(createQualification);
}
