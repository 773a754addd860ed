import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ReviewFormVerification, reviewFormVerificationSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { reviewFormKeys } from './review-form-keys';

/** `GET /verify/{code}` (no login): what a printed final form must match. */
export function getVerification(code: string): Promise<ReviewFormVerification> {
  return apiRequest(`/verify/${encodeURIComponent(code)}`, {
    schema: reviewFormVerificationSchema,
    auth: false,
  });
}

export function useVerification(code: string) {
  return useQuery(
    queryOptions({
      queryKey: reviewFormKeys.verification(code),
      queryFn: () => getVerification(code),
      retry: false,
    }),
  );
}
