import { z } from 'zod';

/** What a notification is about; the web shows an icon per kind. */
export const notificationKinds = [
  'application_returned',
  'application_rejected',
  'application_approved',
  'application_forwarded',
  'publicity_started',
  'deadline_reminder',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z
  .object({
    id: z.string(),
    kind: notificationKindSchema,
    title: z.string(),
    body: z.string(),
    applicationId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() }).meta({ id: 'UnreadCount' });

/** Channels besides the in-app list (always on). */
export const notificationPreferencesSchema = z
  .object({
    sms: z.boolean(),
    email: z.boolean(),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;
