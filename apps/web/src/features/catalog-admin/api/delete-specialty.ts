import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `DELETE /admin/specialties/{id}`: only when nothing uses it (409 `conflict` otherwise: deactivate instead). */
export function deleteSpecialty(id: string): Promise<unknown> {
  return apiRequest(`/admin/specialties/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteSpecialty() {
  return useCatalogEdit(deleteSpecialty);
}
