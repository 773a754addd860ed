import { queryOptions, useQuery } from '@tanstack/react-query';
import { type TimelineEntry, timelineSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { applicationKeys } from './application-keys';

/** `GET /applications/{id}/timeline`: every status change, oldest first. */
export async function getTimeline(applicationId: string): Promise<TimelineEntry[]> {
  const { items } = await apiRequest(`/applications/${encodeURIComponent(applicationId)}/timeline`, {
    schema: timelineSchema,
  });
  return items;
}

export function timelineQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: applicationKeys.timeline(applicationId),
    queryFn: () => getTimeline(applicationId),
  });
}

export function useTimeline(applicationId: string) {
  return useQuery(timelineQueryOptions(applicationId));
}
