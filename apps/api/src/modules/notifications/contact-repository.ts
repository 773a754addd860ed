import { type DbOrTx, notificationPreferences, users } from '@zhicheng/db';
import { and, eq, sql } from 'drizzle-orm';

/** A person's own contact details (mobile, e-mail) on their account. */
export const contactRepository = {
  async find(db: DbOrTx, userId: string) {
    const [row] = await db
      .select({ mobile: users.mobile, email: users.email, version: users.version })
      .from(users)
      .where(eq(users.id, userId));
    return row;
  },

  /** What the caller's current password is checked against before a contact changes. */
  async passwordHashOf(db: DbOrTx, userId: string): Promise<string | undefined> {
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
    return row?.hash;
  },

  /** Compare-and-set on the version when one is given; undefined when stale or gone. */
  async update(
    db: DbOrTx,
    userId: string,
    values: { mobile?: string; email?: string | null },
    now: Date,
    expectedVersion: number | undefined,
  ) {
    const [row] = await db
      .update(users)
      .set({ ...values, updatedAt: now, version: sql`${users.version} + 1` })
      .where(
        and(
          eq(users.id, userId),
          expectedVersion === undefined ? undefined : eq(users.version, expectedVersion),
        ),
      )
      .returning({ mobile: users.mobile, email: users.email, version: users.version });
    return row;
  },

  /** Turns e-mail notifications off; true when they were on. */
  async turnOffEmail(db: DbOrTx, userId: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(notificationPreferences)
      .set({ email: false, updatedAt: now })
      .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.email, true)))
      .returning({ userId: notificationPreferences.userId });
    return rows.length > 0;
  },
};
