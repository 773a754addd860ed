import type { seriesCreateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `POST /admin/series` */
export function createSeries(body: z.input<typeof seriesCreateSchema>): Promise<unknown> {
  return apiRequest('/admin/series', { method: 'POST', body });
}

export function useCreateSeries() {
  return useCatalogEdit(createSeries);
}
