import type { specialtyUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `PATCH /admin/specialties/{id}`: rename, change, or (de)activate. */
export function updateSpecialty(input: {
  id: string;
  body: z.input<typeof specialtyUpdateSchema>;
}): Promise<unknown> {
  return apiRequest(`/admin/specialties/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
  });
}

export function useUpdateSpecialty() {
  return useCatalogEdit(updateSpecialty);
}
