import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Notification,
  notificationSchema,
  type UnreadCount,
  unreadCountSchema,
} from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

export function markRead(id: string): Promise<Notification> {
  return apiRequest(`/notifications/${encodeURIComponent(id)}/read`, {
    method: 'POST',
    schema: notificationSchema,
  });
}

export function markAllRead(): Promise<UnreadCount> {
  return apiRequest('/notifications/read-all', { method: 'POST', schema: unreadCountSchema });
}

/** Either mutation refreshes the list and the bell's count. */
function useRefreshNotifications(userId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all(userId) });
}

export function useMarkRead(userId: string) {
  return useMutation({ mutationFn: markRead, onSuccess: useRefreshNotifications(userId) });
}

export function useMarkAllRead(userId: string) {
  return useMutation({ mutationFn: markAllRead, onSuccess: useRefreshNotifications(userId) });
}
