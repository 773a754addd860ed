import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Completeness, completenessSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

/** `GET /applications/{id}/completeness`: what still keeps the application from being submitted. */
export function getCompleteness(applicationId: string): Promise<Completeness> {
  return apiRequest(`/applications/${encodeURIComponent(applicationId)}/completeness`, {
    schema: completenessSchema,
  });
}

export function completenessQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: submissionKeys.completeness(applicationId),
    queryFn: () => getCompleteness(applicationId),
    // Sections and materials change it from other pages: always ask again when step 4 opens.
    staleTime: 0,
  });
}

export function useCompleteness(applicationId: string) {
  return useQuery(completenessQueryOptions(applicationId));
}
