import type { seriesUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `PATCH /admin/series/{id}`: rename, change, or (de)activate. */
export function updateSeries(input: {
  id: string;
  body: z.input<typeof seriesUpdateSchema>;
}): Promise<unknown> {
  return apiRequest(`/admin/series/${encodeURIComponent(input.id)}`, { method: 'PATCH', body: input.body });
}

export function useUpdateSeries() {
  return useCatalogEdit(updateSeries);
}
