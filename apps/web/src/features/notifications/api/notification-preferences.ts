import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type NotificationPreferences,
  type NotificationSettings,
  notificationSettingsSchema,
} from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

const path = '/me/notification-preferences';

export function getNotificationSettings(): Promise<NotificationSettings> {
  return apiRequest(path, { schema: notificationSettingsSchema });
}

export function saveNotificationPreferences(body: NotificationPreferences): Promise<NotificationSettings> {
  return apiRequest(path, { method: 'PUT', body, schema: notificationSettingsSchema });
}

export function notificationSettingsQueryOptions(userId: string) {
  return queryOptions({ queryKey: notificationKeys.preferences(userId), queryFn: getNotificationSettings });
}

export function useNotificationSettings(userId: string) {
  return useQuery(notificationSettingsQueryOptions(userId));
}

export function useSaveNotificationPreferences(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(userId), saved),
  });
}
