import { apiRequest } from '../../../lib/api-client';
import { useCatalogEdit } from './use-catalog-edit';

/** `DELETE /admin/departments/{id}`: only when nothing uses it (409 `conflict` otherwise: deactivate instead). */
export function deleteDepartment(id: string): Promise<unknown> {
  return apiRequest(`/admin/departments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteDepartment() {
  return useCatalogEdit(deleteDepartment);
}
