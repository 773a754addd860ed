import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from '../common/list.js';
import { notificationExample } from '../openapi-examples.js';

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
  .meta({ id: 'Notification', examples: [notificationExample] });
export type Notification = z.infer<typeof notificationSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() }).meta({ id: 'UnreadCount' });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** Channels besides the in-app list (always on). */
export const notificationPreferencesSchema = z
  .object({
    sms: z.boolean(),
    email: z.boolean(),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** `GET /notifications`: the caller's own, newest first, with the unread count beside the page. */
export const notificationListQuerySchema = listQuerySchema;
export const notificationListSchema = listResponseSchema(notificationSchema)
  .extend({ unread: z.number().int() })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof notificationListSchema>;

/**
 * `GET|PUT /me/notification-preferences` answer: the choices and where they would be sent (the mobile
 * masked; null when the account has none, and then that channel cannot be chosen or is skipped).
 */
export const notificationSettingsSchema = notificationPreferencesSchema
  .extend({
    mobile: z.string().nullable(),
    emailAddress: z.string().nullable(),
  })
  .meta({ id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** 138****8000: enough for a person to recognise their own number. */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : mobile;
}
