import type { departmentUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `PATCH /admin/departments/{id}`: rename, change, or (de)activate. */
export function updateDepartment(input: {
  id: string;
  body: z.input<typeof departmentUpdateSchema>;
}): Promise<unknown> {
  return apiRequest(`/admin/departments/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
  });
}

export function useUpdateDepartment() {
  return useCatalogEdit(updateDepartment);
}
