import { queryOptions, useQuery } from '@tanstack/react-query';
import { type MeResponse, meResponseSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { accountKeys } from './account-keys';

export function getMe(): Promise<MeResponse> {
  return apiRequest('/me', { schema: meResponseSchema });
}

export function meQueryOptions(userId: string) {
  return queryOptions({
    queryKey: accountKeys.me(userId),
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });
}

export function useMe(userId: string, enabled = true) {
  return useQuery({ ...meQueryOptions(userId), enabled });
}
