import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewerSummarySchema, type reviewerUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import type { ReviewerRow } from './list-reviewers';
import { reviewerKeys } from './reviewer-keys';

export type ReviewerUpdate = z.infer<typeof reviewerUpdateSchema>;

export function updateReviewer(id: string, body: ReviewerUpdate): Promise<ReviewerRow> {
  return apiRequest(`/admin/reviewers/${id}`, { method: 'PATCH', body, schema: reviewerSummarySchema });
}

export function useUpdateReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewerUpdate }) => updateReviewer(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewerKeys.all }),
  });
}
