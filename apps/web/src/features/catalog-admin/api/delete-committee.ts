import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `DELETE /admin/committees/{id}`: only when nothing uses it (409 `conflict` otherwise: deactivate instead). */
export function deleteCommittee(id: string): Promise<unknown> {
  return apiRequest(`/admin/committees/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteCommittee() {
  return useCatalogEdit(deleteCommittee);
}
