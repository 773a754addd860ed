import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type reviewerCreateSchema, reviewerSummarySchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import type { ReviewerRow } from './list-reviewers';
import { reviewerKeys } from './reviewer-keys';

export type ReviewerCreate = z.infer<typeof reviewerCreateSchema>;

export function createReviewer(body: ReviewerCreate): Promise<ReviewerRow> {
  return apiRequest('/admin/reviewers', { method: 'POST', body, schema: reviewerSummarySchema });
}

export function useCreateReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReviewer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewerKeys.all }),
  });
}
