import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  type ApplicationCounts,
  type ApplicationFilters,
  applicationCountsSchema,
} from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { filtersToSearch, queueKeys } from './queue-query';

/** `GET /applications/counts`: how many applications of the caller's scope are in each status. */
export function getApplicationCounts(filters: ApplicationFilters = {}): Promise<ApplicationCounts> {
  const search = filtersToSearch(filters).toString();
  return apiRequest(`/applications/counts${search ? `?${search}` : ''}`, { schema: applicationCountsSchema });
}

export function applicationCountsQueryOptions(filters: ApplicationFilters = {}) {
  return queryOptions({
    queryKey: queueKeys.counts(filters),
    queryFn: () => getApplicationCounts(filters),
    placeholderData: keepPreviousData,
  });
}

export function useApplicationCounts(filters: ApplicationFilters = {}) {
  return useQuery(applicationCountsQueryOptions(filters));
}
