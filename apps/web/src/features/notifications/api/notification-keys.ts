/** Query keys of the signed-in person's notifications, keyed by user id (never shown to the next user). */
export const notificationKeys = {
  all: (userId: string) => ['notifications', userId] as const,
  unreadCount: (userId: string) => [...notificationKeys.all(userId), 'unread-count'] as const,
  list: (userId: string) => [...notificationKeys.all(userId), 'list'] as const,
  preferences: (userId: string) => [...notificationKeys.all(userId), 'preferences'] as const,
  contact: (userId: string) => [...notificationKeys.all(userId), 'contact'] as const,
};
