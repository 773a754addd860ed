import type { NotificationKind } from '@zhicheng/contracts';
import {
  applications,
  type DbOrTx,
  notificationPreferences,
  notifications,
  qualifications,
  type SqlExecutor,
  users,
} from '@zhicheng/db';
import { and, count, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';

export type NotificationRow = typeof notifications.$inferSelect;

/** A notification about to be written; `dedupeKey` makes writing it twice a no-op. */
export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  applicationId: string | null;
  dedupeKey: string;
  /** When it happened (an event's time); default: when it is written. */
  createdAt?: Date;
}

/** Newest first; the cursor is the last row's `createdAt` and id (ids are random, so both). */
export interface ListPosition {
  createdAt: Date;
  id: string;
}

export const notificationsRepository = {
  /**
   * Writes the drafts not written before; returns the new rows only. Raw SQL on the executor of the
   * caller's transaction, the one that also queues their sends (the job queue's inserts are raw SQL).
   * `createdAt` is the draft's or `now` (millisecond precision either way, the same as the list's cursor).
   */
  async insertNew(
    executeSql: SqlExecutor,
    drafts: readonly NotificationDraft[],
    now: Date,
  ): Promise<{ id: string; userId: string }[]> {
    if (drafts.length === 0) return [];
    const rows = drafts.map((d) => ({
      user_id: d.userId,
      kind: d.kind,
      title: d.title,
      body: d.body,
      application_id: d.applicationId,
      dedupe_key: d.dedupeKey,
      created_at: (d.createdAt ?? now).toISOString(),
    }));
    const { rows: created } = await executeSql(
      `insert into notifications (user_id, kind, title, body, application_id, dedupe_key, created_at)
       select user_id, kind, title, body, application_id, dedupe_key, created_at
         from json_to_recordset($1::json) as d (user_id uuid, kind text, title text, body text,
              application_id uuid, dedupe_key text, created_at timestamptz)
       on conflict (user_id, dedupe_key) do nothing
       returning id, user_id`,
      [JSON.stringify(rows)],
    );
    return created.map((r) => ({ id: String(r.id), userId: String(r.user_id) }));
  },

  async page(db: DbOrTx, userId: string, limit: number, after: ListPosition | undefined) {
    const before: SQL | undefined = after
      ? or(
          lt(notifications.createdAt, after.createdAt),
          and(eq(notifications.createdAt, after.createdAt), lt(notifications.id, after.id)),
        )
      : undefined;
    return db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), before))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit);
  },

  async counts(db: DbOrTx, userId: string) {
    const [all] = await db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId));
    return { total: all?.n ?? 0, unread: await this.unreadCount(db, userId) };
  },

  async unreadCount(db: DbOrTx, userId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  },

  /** Marks one of the user's own notifications read (kept when already read); undefined when not theirs. */
  async markRead(db: DbOrTx, userId: string, id: string, now: Date) {
    const own = and(eq(notifications.id, id), eq(notifications.userId, userId));
    await db
      .update(notifications)
      .set({ readAt: now })
      .where(and(own, isNull(notifications.readAt)));
    const [row] = await db.select().from(notifications).where(own);
    return row;
  },

  async markAllRead(db: DbOrTx, userId: string, now: Date) {
    const rows = await db
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return rows.length;
  },

  /** The person's channel choices (defaults when never saved) and where they would be sent. */
  async settings(db: DbOrTx, userId: string) {
    const [row] = await db
      .select({
        mobile: users.mobile,
        email: users.email,
        prefersSms: notificationPreferences.sms,
        prefersEmail: notificationPreferences.email,
      })
      .from(users)
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
      .where(eq(users.id, userId));
    return row;
  },

  async savePreferences(db: DbOrTx, userId: string, prefs: { sms: boolean; email: boolean }, now: Date) {
    await db
      .insert(notificationPreferences)
      .values({ userId, ...prefs, updatedAt: now })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...prefs, updatedAt: now } });
  },

  /**
   * Who gets what by SMS or e-mail: the chosen channels of active accounts with the contact on file.
   * Raw SQL on the delivery's transaction, beside `insertNew`.
   */
  async channelsOf(executeSql: SqlExecutor, userIds: readonly string[]) {
    if (userIds.length === 0) return [];
    const { rows } = await executeSql(
      `select u.id, u.mobile, u.email, p.sms, p.email as email_chosen
         from users u join notification_preferences p on p.user_id = u.id
        where u.id = any($1::uuid[]) and u.status = 'active'`,
      [[...new Set(userIds)]],
    );
    return rows.map((r) => ({
      userId: String(r.id),
      mobile: r.mobile === null ? null : String(r.mobile),
      email: r.email === null ? null : String(r.email),
      sms: r.sms === true,
      emailChosen: r.email_chosen === true,
    }));
  },

  /** One notification with its recipient's contacts and choices now, for the channel send job. */
  async forSending(db: DbOrTx, id: string) {
    const [row] = await db
      .select({
        title: notifications.title,
        body: notifications.body,
        mobile: users.mobile,
        email: users.email,
        status: users.status,
        sms: notificationPreferences.sms,
        emailChosen: notificationPreferences.email,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
      .where(eq(notifications.id, id));
    return row;
  },

  /** What each application is for (the qualification's name), the subject of every text. */
  async qualificationNames(db: DbOrTx, applicationIds: readonly string[]) {
    if (applicationIds.length === 0) return new Map<string, string>();
    const rows = await db
      .select({ id: applications.id, name: qualifications.name })
      .from(applications)
      .innerJoin(qualifications, eq(qualifications.id, applications.qualificationId))
      .where(inArray(applications.id, [...new Set(applicationIds)]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
