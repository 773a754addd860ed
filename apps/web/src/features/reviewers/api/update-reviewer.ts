import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewerSummarySchema, type reviewerUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import type { ReviewerRow } from './list-reviewers';
import { reviewerKeys } from './reviewer-keys';

export type ReviewerUpdate = z.infer<typeof reviewerUpdateSchema>;

/** Edits a reviewer; with `version` (If-Match) the change is refused if someone else saved first. */
export function updateReviewer(id: string, body: ReviewerUpdate, version?: number): Promise<ReviewerRow> {
  return apiRequest(`/admin/reviewers/${id}`, {
    method: 'PATCH',
    body,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
    schema: reviewerSummarySchema,
  });
}

export function useUpdateReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, version }: { id: string; body: ReviewerUpdate; version?: number }) =>
      updateReviewer(id, body, version),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewerKeys.all }),
  });
}
