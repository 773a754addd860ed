import type { committeeCreateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `POST /admin/committees` */
export function createCommittee(body: z.input<typeof committeeCreateSchema>): Promise<unknown> {
  return apiRequest('/admin/committees', { method: 'POST', body });
}

export function useCreateCommittee() {
  return useCatalogEdit(createCommittee);
}
