import { useQuery } from '@tanstack/react-query';
import { sectionListSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

export type SectionSummary = z.infer<typeof sectionListSchema>['items'][number];

function sectionsPath(applicationId: string): string {
  return `/applications/${encodeURIComponent(applicationId)}/sections`;
}

// Keys of their own (the data has another shape than step 2's queries). Always refetched on mount:
// step 4 shows what is saved now.

/**
 * `GET /applications/{id}/sections?include=data`: the 23 sections with their status and, for each saved
 * one, its data — step 4's read-only view of everything in one request.
 */
export function useSectionList(applicationId: string) {
  return useQuery({
    queryKey: submissionKeys.sectionsOverview(applicationId),
    queryFn: async () =>
      (await apiRequest(`${sectionsPath(applicationId)}?include=data`, { schema: sectionListSchema })).items,
    staleTime: 0,
  });
}
