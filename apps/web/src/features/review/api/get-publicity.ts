import { useQuery } from '@tanstack/react-query';
import { type PublicityWindow, publicityWindowSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './review-keys';

const publicityListSchema = z.object({ items: z.array(publicityWindowSchema) });

/** `GET /applications/{id}/publicity`: the publicity windows recorded for the application. */
export async function getPublicity(applicationId: string): Promise<PublicityWindow[]> {
  const { items } = await apiRequest(`/applications/${encodeURIComponent(applicationId)}/publicity`, {
    schema: publicityListSchema,
  });
  return items;
}

/** The latest 单位公示 window (by its end, then when it was recorded), or null. */
export function latestUnitWindow(windows: readonly PublicityWindow[]): PublicityWindow | null {
  const unit = windows.filter((w) => w.stage === 'unit');
  unit.sort((a, b) => b.endsOn.localeCompare(a.endsOn) || b.createdAt.localeCompare(a.createdAt));
  return unit[0] ?? null;
}

export function usePublicity(applicationId: string) {
  return useQuery({
    queryKey: reviewKeys.publicity(applicationId),
    queryFn: () => getPublicity(applicationId),
  });
}
