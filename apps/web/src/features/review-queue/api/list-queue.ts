import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type ApplicationFilters, applicationListSchema, type QueueSort } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { filtersToSearch, queueKeys } from '../../../shared/applications/queue-query';

export type QueuePage = z.infer<typeof applicationListSchema>;

export interface QueueRequest {
  filters: ApplicationFilters;
  sort: QueueSort;
  /** The opaque keyset cursor of the page (null: the first page). */
  cursor: string | null;
  limit: number;
}

/** `GET /applications`: one page of the caller's scope, filtered and sorted, with the total. */
export function listQueue({ filters, sort, cursor, limit }: QueueRequest): Promise<QueuePage> {
  const search = filtersToSearch(filters);
  search.set('sort', sort);
  search.set('limit', String(limit));
  if (cursor) search.set('cursor', cursor);
  return apiRequest(`/applications?${search}`, { schema: applicationListSchema });
}

export function queueQueryOptions(request: QueueRequest) {
  return queryOptions({
    queryKey: queueKeys.page(request.filters, request.sort, request.cursor, request.limit),
    queryFn: () => listQueue(request),
    placeholderData: keepPreviousData,
  });
}

export function useQueue(request: QueueRequest) {
  return useQuery(queueQueryOptions(request));
}
