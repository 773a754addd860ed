import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApplicationFilters, applicationListSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { filtersToSearch, queueKeys } from '../../../shared/applications/queue-query';

export type CommitteeQueue = z.infer<typeof applicationListSchema>;

const filters: ApplicationFilters = { status: 'committee_review' };
const sort = 'submittedAt';
/** One meeting's table holds at most what one submit may record (100). */
const limit = 100;

/** `GET /applications?status=committee_review`: the committee's applications waiting for its result. */
export function listCommitteeQueue(): Promise<CommitteeQueue> {
  const search = filtersToSearch(filters);
  search.set('sort', sort);
  search.set('limit', String(limit));
  return apiRequest(`/applications?${search}`, { schema: applicationListSchema });
}

export function committeeQueueQueryOptions() {
  return queryOptions({
    queryKey: queueKeys.page(filters, sort, null, limit),
    queryFn: listCommitteeQueue,
  });
}

export function useCommitteeQueue() {
  return useQuery(committeeQueueQueryOptions());
}
