import {
  maskMobile,
  type Notification,
  type NotificationList,
  type NotificationPreferences,
  type NotificationSettings,
} from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import {
  type ListPosition,
  type NotificationRow,
  notificationsRepository as repo,
} from './notifications-repository.js';

export type NotificationsService = ReturnType<typeof createNotificationsService>;

/** The caller's own notifications (the bell) and channel choices; nobody sees anyone else's. */
export function createNotificationsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function settingsOf(userId: string): Promise<NotificationSettings> {
    const row = await repo.settings(db, userId);
    if (!row) throw AppError.notFound();
    return {
      sms: row.prefersSms ?? false,
      email: row.prefersEmail ?? false,
      mobile: row.mobile ? maskMobile(row.mobile) : null,
      emailAddress: row.email,
    };
  }

  return {
    async list(
      actor: Actor,
      query: { limit: number; cursor?: string | undefined },
    ): Promise<NotificationList> {
      const rows = await repo.page(db, actor.userId, query.limit + 1, positionOf(query.cursor));
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const { total, unread } = await repo.counts(db, actor.userId);
      return {
        items: page.map(toNotification),
        nextCursor: rows.length > query.limit && last ? cursorOf(last) : null,
        total,
        unread,
      };
    },

    async unreadCount(actor: Actor) {
      return { unread: await repo.unreadCount(db, actor.userId) };
    },

    /** Another person's notification answers like one that does not exist. */
    async markRead(actor: Actor, id: string): Promise<Notification> {
      const row = await repo.markRead(db, actor.userId, id, clock.now());
      if (!row) throw AppError.notFound('没有找到这条消息');
      return toNotification(row);
    },

    async markAllRead(actor: Actor) {
      await repo.markAllRead(db, actor.userId, clock.now());
      return { unread: await repo.unreadCount(db, actor.userId) };
    },

    settings: (actor: Actor) => settingsOf(actor.userId),

    /**
     * A channel can be chosen only with its contact on the account (the mobile, the e-mail address).
     * An account change, so audited with the choices.
     */
    async saveSettings(
      actor: Actor,
      prefs: NotificationPreferences,
      ctx: RequestContext,
    ): Promise<NotificationSettings> {
      const current = await settingsOf(actor.userId);
      const errors = [];
      if (prefs.sms && !current.mobile) {
        errors.push({ path: 'sms', message: '账号未登记手机号码，不能开启短信通知' });
      }
      if (prefs.email && !current.emailAddress) {
        errors.push({ path: 'email', message: '账号未登记电子邮箱，不能开启邮件通知' });
      }
      if (errors.length > 0) throw AppError.validation(errors, '请先登记联系方式，再开启对应的通知方式');
      await db.transaction(async (tx) => {
        await repo.savePreferences(tx, actor.userId, prefs, clock.now());
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'account.notification_preferences_changed',
          targetType: 'user',
          targetId: actor.userId,
          details: { sms: prefs.sms, email: prefs.email },
        });
      });
      return { ...current, ...prefs };
    },
  };
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as Notification['kind'],
    title: row.title,
    body: row.body,
    applicationId: row.applicationId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

const cursorOf = (row: ListPosition) => `${row.createdAt.getTime()}_${row.id}`;

function positionOf(cursor: string | undefined): ListPosition | undefined {
  if (cursor === undefined) return undefined;
  const match = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(cursor);
  if (!match) throw AppError.validation([{ path: 'cursor', message: '分页游标无效' }]);
  return { createdAt: new Date(Number(match[1])), id: match[2] ?? '' };
}
