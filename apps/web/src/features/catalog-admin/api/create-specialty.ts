import type { specialtyCreateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `POST /admin/series/{seriesId}/specialties` */
export function createSpecialty(input: {
  seriesId: string;
  body: z.input<typeof specialtyCreateSchema>;
}): Promise<unknown> {
  return apiRequest(`/admin/series/${encodeURIComponent(input.seriesId)}/specialties`, {
    method: 'POST',
    body: input.body,
  });
}

export function useCreateSpecialty() {
  return useCatalogEdit(createSpecialty);
}
