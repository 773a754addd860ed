import { queryOptions, useQuery } from '@tanstack/react-query';
import { type MeResponse, meResponseSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';

export function getMe(): Promise<MeResponse> {
  return apiRequest('/me', { schema: meResponseSchema });
}

/** Keyed by user id so one user's profile is never shown to the next. */
export function meQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['me', userId],
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });
}

export function useMe(userId: string) {
  return useQuery(meQueryOptions(userId));
}
