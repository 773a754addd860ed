import { useQueries, useQuery } from '@tanstack/react-query';
import { sectionListSchema, sectionResponseSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './review-keys';

const sectionDataSchema = sectionResponseSchema(z.unknown());
export type ReviewSection = z.infer<typeof sectionDataSchema>;
export type ReviewSectionSummary = z.infer<typeof sectionListSchema>['items'][number];

function sectionsPath(applicationId: string): string {
  return `/applications/${encodeURIComponent(applicationId)}/sections`;
}

/** `GET /applications/{id}/sections`: the submitted sections, with `changedSinceReturn` for reviewers. */
export function useReviewSectionList(applicationId: string) {
  return useQuery({
    queryKey: reviewKeys.sections(applicationId),
    queryFn: async () => (await apiRequest(sectionsPath(applicationId), { schema: sectionListSchema })).items,
  });
}

/** `GET /applications/{id}/sections/{key}` for every saved section (`editable: false` for reviewers). */
export function useReviewSectionData(applicationId: string, keys: readonly string[]) {
  return useQueries({
    queries: keys.map((key) => ({
      queryKey: reviewKeys.section(applicationId, key),
      queryFn: () =>
        apiRequest(`${sectionsPath(applicationId)}/${encodeURIComponent(key)}`, {
          schema: sectionDataSchema,
        }),
    })),
  });
}
