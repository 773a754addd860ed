import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Stats, statsSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { statsKeys } from './stats-keys';

/** `GET /stats?cycleId=`: the numbers of one cycle (all cycles without it), in the caller's scope. */
export function getStats(cycleId: string | null): Promise<Stats> {
  const search = cycleId ? `?${new URLSearchParams({ cycleId })}` : '';
  return apiRequest(`/stats${search}`, { schema: statsSchema });
}

export function useStats(cycleId: string | null, enabled = true) {
  return useQuery(
    queryOptions({ queryKey: statsKeys.detail(cycleId), queryFn: () => getStats(cycleId), enabled }),
  );
}
