import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Catalog, catalogSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { catalogKeys } from './catalog-keys';

/** `GET /catalog`: public; the server answers with an ETag, so the browser revalidates cheaply. */
export function getCatalog(): Promise<Catalog> {
  return apiRequest('/catalog', { schema: catalogSchema, auth: 'optional' });
}

export function catalogQueryOptions() {
  return queryOptions({ queryKey: catalogKeys.public(), queryFn: getCatalog, staleTime: 5 * 60_000 });
}

export function useCatalog() {
  return useQuery(catalogQueryOptions());
}
