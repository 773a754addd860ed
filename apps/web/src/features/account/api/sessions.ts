import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AccountSessionList, accountSessionListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';

const sessionKeys = { all: ['me', 'sessions'] as const };

export function getSessions(): Promise<AccountSessionList> {
  return apiRequest('/me/sessions', { schema: accountSessionListSchema });
}

export function endSession(id: string): Promise<void> {
  return apiRequest<void>(`/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function sessionsQueryOptions() {
  return queryOptions({ queryKey: sessionKeys.all, queryFn: getSessions });
}

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}

/** Ending a session revokes it on the server at once; the list is asked for again. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
