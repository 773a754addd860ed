import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { reviewerListSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { type ReviewerListParams, reviewerKeys } from './reviewer-keys';

export type ReviewerList = z.infer<typeof reviewerListSchema>;
export type ReviewerRow = ReviewerList['items'][number];

export function listReviewers(params: ReviewerListParams): Promise<ReviewerList> {
  const search = new URLSearchParams({ limit: String(params.pageSize) });
  if (params.page > 1) search.set('cursor', String((params.page - 1) * params.pageSize));
  if (params.q) search.set('q', params.q);
  if (params.role) search.set('role', params.role);
  return apiRequest(`/admin/reviewers?${search}`, { schema: reviewerListSchema });
}

export function reviewersQueryOptions(params: ReviewerListParams) {
  return queryOptions({
    queryKey: reviewerKeys.list(params),
    queryFn: () => listReviewers(params),
    placeholderData: keepPreviousData,
  });
}

export function useReviewers(params: ReviewerListParams) {
  return useQuery(reviewersQueryOptions(params));
}
