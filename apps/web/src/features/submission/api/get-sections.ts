import { useQueries, useQuery } from '@tanstack/react-query';
import { sectionListSchema, sectionResponseSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

const sectionDataSchema = sectionResponseSchema(z.unknown());
export type SectionWithData = z.infer<typeof sectionDataSchema>;
export type SectionSummary = z.infer<typeof sectionListSchema>['items'][number];

function sectionsPath(applicationId: string): string {
  return `/applications/${encodeURIComponent(applicationId)}/sections`;
}

// Keys of their own (the data has another shape than step 2's queries). Always refetched on mount:
// step 4 shows what is saved now.

/** `GET /applications/{id}/sections`: the 23 sections with their status. */
export function useSectionList(applicationId: string) {
  return useQuery({
    queryKey: submissionKeys.sectionsOverview(applicationId),
    queryFn: async () => (await apiRequest(sectionsPath(applicationId), { schema: sectionListSchema })).items,
    staleTime: 0,
  });
}

/** `GET /applications/{id}/sections/{key}` for every saved section: the read-only view of step 4. */
export function useSectionData(applicationId: string, keys: string[]) {
  return useQueries({
    queries: keys.map((key) => ({
      queryKey: submissionKeys.sectionOverview(applicationId, key),
      queryFn: () =>
        apiRequest(`${sectionsPath(applicationId)}/${encodeURIComponent(key)}`, {
          schema: sectionDataSchema,
        }),
      staleTime: 0,
    })),
  });
}
