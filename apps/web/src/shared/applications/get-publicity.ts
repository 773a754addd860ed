import { queryOptions, useQuery } from '@tanstack/react-query';
import { type PublicityStage, type PublicityWindow, publicityWindowSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../lib/api-client';
import { applicationKeys } from './application-keys';

const publicityListSchema = z.object({ items: z.array(publicityWindowSchema) });

/** `GET /applications/{id}/publicity`: the publicity windows recorded for the application. */
export async function getPublicity(applicationId: string): Promise<PublicityWindow[]> {
  const { items } = await apiRequest(`/applications/${encodeURIComponent(applicationId)}/publicity`, {
    schema: publicityListSchema,
  });
  return items;
}

/** The latest window of a stage (by its end, then when it was recorded), or null. */
export function latestWindow(
  windows: readonly PublicityWindow[],
  stage: PublicityStage,
): PublicityWindow | null {
  const unit = windows.filter((w) => w.stage === stage);
  unit.sort((a, b) => b.endsOn.localeCompare(a.endsOn) || b.createdAt.localeCompare(a.createdAt));
  return unit[0] ?? null;
}

export function publicityQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: applicationKeys.publicity(applicationId),
    queryFn: () => getPublicity(applicationId),
  });
}

/** The application's windows (review page: 单位公示 and 评审结果公示). */
export function usePublicity(applicationId: string) {
  return useQuery(publicityQueryOptions(applicationId));
}
