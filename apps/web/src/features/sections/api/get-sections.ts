import { queryOptions, useQuery } from '@tanstack/react-query';
import { sectionListSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { sectionKeys } from './section-keys';

export type SectionSummary = z.infer<typeof sectionListSchema>['items'][number];

/** `GET /applications/{id}/sections`: the 23 sections with status, version and availability. */
export async function getSections(applicationId: string): Promise<SectionSummary[]> {
  const list = await apiRequest(`/applications/${encodeURIComponent(applicationId)}/sections`, {
    schema: sectionListSchema,
  });
  return list.items;
}

export function sectionsQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: sectionKeys.list(applicationId),
    queryFn: () => getSections(applicationId),
  });
}

export function useSections(applicationId: string) {
  return useQuery({ ...sectionsQueryOptions(applicationId), enabled: Boolean(applicationId) });
}
