import { useMutation, useQueryClient } from '@tanstack/react-query';
import { temporaryPasswordSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { reviewerKeys } from './reviewer-keys';

/** A one-time temporary password; the reviewer must change it at next login. */
export function resetReviewerPassword(id: string): Promise<{ temporaryPassword: string }> {
  return apiRequest(`/admin/reviewers/${id}/reset-password`, {
    method: 'POST',
    body: {},
    schema: temporaryPasswordSchema,
  });
}

export function useResetReviewerPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetReviewerPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewerKeys.all }),
  });
}
