import type { departmentCreateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `POST /admin/departments` */
export function createDepartment(body: z.input<typeof departmentCreateSchema>): Promise<unknown> {
  return apiRequest('/admin/departments', { method: 'POST', body });
}

export function useCreateDepartment() {
  return useCatalogEdit(createDepartment);
}
