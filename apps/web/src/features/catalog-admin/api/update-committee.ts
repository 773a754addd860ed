import type { committeeUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `PATCH /admin/committees/{id}`: rename, change, or (de)activate. */
export function updateCommittee(input: {
  id: string;
  body: z.input<typeof committeeUpdateSchema>;
}): Promise<unknown> {
  return apiRequest(`/admin/committees/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
  });
}

export function useUpdateCommittee() {
  return useCatalogEdit(updateCommittee);
}
