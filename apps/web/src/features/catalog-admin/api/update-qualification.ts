import type { qualificationUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `PATCH /admin/qualifications/{id}`: rename, change, or (de)activate. */
export function updateQualification(input: {
  id: string;
  body: z.input<typeof qualificationUpdateSchema>;
}): Promise<unknown> {
  return apiRequest(`/admin/qualifications/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
  });
}

export function useUpdateQualification() {
  return useCatalogEdit(updateQualification);
}
