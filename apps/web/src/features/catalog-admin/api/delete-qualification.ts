import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `DELETE /admin/qualifications/{id}`: only when nothing uses it (409 `conflict` otherwise: deactivate instead). */
export function deleteQualification(id: string): Promise<unknown> {
  return apiRequest(`/admin/qualifications/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteQualification() {
  return useCatalogEdit(deleteQualification);
}
