import { queryOptions, useQuery } from '@tanstack/react-query';
import { type UnreadCount, unreadCountSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

export function getUnreadCount(): Promise<UnreadCount> {
  return apiRequest('/notifications/unread-count', { schema: unreadCountSchema });
}

/** How often the bell asks (and again whenever the window regains focus). */
export const unreadPollMs = 60_000;

export function unreadCountQueryOptions(userId: string) {
  return queryOptions({
    queryKey: notificationKeys.unreadCount(userId),
    queryFn: getUnreadCount,
    refetchInterval: unreadPollMs,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

export function useUnreadCount(userId: string, enabled = true) {
  return useQuery({ ...unreadCountQueryOptions(userId), enabled });
}
