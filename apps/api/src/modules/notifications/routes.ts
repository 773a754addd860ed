import {
  idParamSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  notificationSchema,
  notificationSettingsSchema,
  unreadCountSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { NotificationsService } from './notifications-service.js';

/** The bell (the caller's own notifications) and 消息设置 (SMS / e-mail choices), for any signed-in role. */
export const notificationRoutes: FastifyPluginAsyncZod<{
  notificationsService: NotificationsService;
}> = async (app, { notificationsService: service }) => {
  const guard = app.requireAuth();
  const doc = (summary: string) => ({ tags: ['notifications'], summary, security: bearerSecurity });

  app.get(
    '/notifications',
    {
      onRequest: guard,
      schema: {
        ...doc("The caller's notifications, newest first, with the unread count"),
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...problemResponses },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      onRequest: guard,
      schema: {
        ...doc("How many of the caller's notifications are unread (the bell polls this)"),
        response: { 200: unreadCountSchema, ...problemResponses },
      },
    },
    async (request) => service.unreadCount(actorOf(request)),
  );

  app.post(
    '/notifications/:id/read',
    {
      onRequest: guard,
      schema: {
        ...doc('Marks one of the caller’s notifications read (another person’s answers 404)'),
        params: idParamSchema,
        response: { 200: notificationSchema, ...problemResponses },
      },
    },
    async (request) => service.markRead(actorOf(request), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    {
      onRequest: guard,
      schema: {
        ...doc("Marks every one of the caller's notifications read"),
        response: { 200: unreadCountSchema, ...problemResponses },
      },
    },
    async (request) => service.markAllRead(actorOf(request)),
  );

  app.get(
    '/me/notification-preferences',
    {
      onRequest: guard,
      schema: {
        ...doc('The channels besides the app the caller chose, and where they would be sent'),
        response: { 200: notificationSettingsSchema, ...problemResponses },
      },
    },
    async (request) => service.settings(actorOf(request)),
  );

  app.put(
    '/me/notification-preferences',
    {
      onRequest: guard,
      schema: {
        ...doc('Chooses SMS and e-mail (each needs its contact on the account, else 400)'),
        body: notificationPreferencesSchema,
        response: { 200: notificationSettingsSchema, ...problemResponses },
      },
    },
    async (request) => service.saveSettings(actorOf(request), request.body, requestContext(request)),
  );
};
