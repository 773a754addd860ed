import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `DELETE /admin/series/{id}`: only when nothing uses it (409 `conflict` otherwise: deactivate instead). */
export function deleteSeries(id: string): Promise<unknown> {
  return apiRequest(`/admin/series/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteSeries() {
  return useCatalogEdit(deleteSeries);
}
