import { queryOptions, useQuery } from '@tanstack/react-query';
import { committeeListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { catalogKeys } from './catalog-keys';

/** `GET /admin/committees` (bureau): every committee with its department's name. */
export function getCommittees() {
  return apiRequest('/admin/committees', { schema: committeeListSchema });
}

export function committeesQueryOptions() {
  return queryOptions({ queryKey: catalogKeys.committees(), queryFn: getCommittees, staleTime: 5 * 60_000 });
}

export function useCommittees(enabled = true) {
  return useQuery({ ...committeesQueryOptions(), enabled });
}
