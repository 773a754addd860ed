import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { type NotificationList, notificationListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

const pageSize = 20;

export function getNotifications(cursor: string | null): Promise<NotificationList> {
  const query = new URLSearchParams({ limit: String(pageSize) });
  if (cursor) query.set('cursor', cursor);
  return apiRequest(`/notifications?${query}`, { schema: notificationListSchema });
}

export function notificationsQueryOptions(userId: string) {
  return infiniteQueryOptions({
    queryKey: notificationKeys.list(userId),
    queryFn: ({ pageParam }) => getNotifications(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
}

/** The newest notifications first, a page at a time (加载更多); loaded while the list is open. */
export function useNotifications(userId: string, enabled: boolean) {
  return useInfiniteQuery({ ...notificationsQueryOptions(userId), enabled });
}
