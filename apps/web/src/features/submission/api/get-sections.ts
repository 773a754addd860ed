import { useQueries, useQuery } from '@tanstack/react-query';
import { sectionListSchema, sectionResponseSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const sectionDataSchema = sectionResponseSchema(z.unknown());
export type SectionWithData = z.infer<typeof sectionDataSchema>;
export type SectionSummary = z.infer<typeof sectionListSchema>['items'][number];

function sectionsPath(applicationId: string): string {
  return `/applications/${encodeURIComponent(applicationId)}/sections`;
}

/** `GET /applications/{id}/sections`: the 23 sections with their status. */
export function useSectionList(applicationId: string) {
  return useQuery({
    queryKey: ['applications', 'sections', applicationId],
    queryFn: async () => (await apiRequest(sectionsPath(applicationId), { schema: sectionListSchema })).items,
  });
}

/** `GET /applications/{id}/sections/{key}` for every saved section: the read-only view of step 4. */
export function useSectionData(applicationId: string, keys: string[]) {
  return useQueries({
    queries: keys.map((key) => ({
      queryKey: ['applications', 'sections', applicationId, key],
      queryFn: () =>
        apiRequest(`${sectionsPath(applicationId)}/${encodeURIComponent(key)}`, {
          schema: sectionDataSchema,
        }),
    })),
  });
}
