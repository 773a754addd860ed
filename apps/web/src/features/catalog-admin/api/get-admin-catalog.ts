import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminCatalogSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { catalogAdminKeys } from './catalog-admin-keys';

export type AdminCatalog = z.infer<typeof adminCatalogSchema>;

/** `GET /admin/catalog`: the whole catalogue, inactive entries included (bureau only). */
export function getAdminCatalog(): Promise<AdminCatalog> {
  return apiRequest('/admin/catalog', { schema: adminCatalogSchema });
}

export function adminCatalogQueryOptions() {
  return queryOptions({ queryKey: catalogAdminKeys.catalog(), queryFn: getAdminCatalog });
}

export function useAdminCatalog() {
  return useQuery(adminCatalogQueryOptions());
}
