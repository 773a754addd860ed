import { type DbOrTx, smsCodes } from '@zhicheng/db';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';

export const smsRepository = {
  /** Sends to a mobile since `since`, newest first (the throttles count them). */
  async recentSends(db: DbOrTx, mobile: string, since: Date) {
    return db
      .select({ createdAt: smsCodes.createdAt })
      .from(smsCodes)
      .where(and(eq(smsCodes.mobile, mobile), gt(smsCodes.createdAt, since)))
      .orderBy(desc(smsCodes.createdAt));
  },

  async insert(
    db: DbOrTx,
    values: { mobile: string; purpose: string; codeHash: string; now: Date; expiresAt: Date },
  ) {
    const [row] = await db
      .insert(smsCodes)
      .values({
        mobile: values.mobile,
        purpose: values.purpose,
        codeHash: values.codeHash,
        createdAt: values.now,
        expiresAt: values.expiresAt,
      })
      .returning({ id: smsCodes.id });
    if (!row) throw new Error('sms code not stored');
    return row.id;
  },

  /** The newest usable code for a mobile and purpose. */
  async findActive(db: DbOrTx, mobile: string, purpose: string, now: Date) {
    const [row] = await db
      .select()
      .from(smsCodes)
      .where(
        and(
          eq(smsCodes.mobile, mobile),
          eq(smsCodes.purpose, purpose),
          isNull(smsCodes.usedAt),
          gt(smsCodes.expiresAt, now),
        ),
      )
      .orderBy(desc(smsCodes.createdAt))
      .limit(1);
    return row;
  },

  /** Compare-and-set: true only for the caller that used the code first. */
  async markUsed(db: DbOrTx, id: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(smsCodes)
      .set({ usedAt: now })
      .where(and(eq(smsCodes.id, id), isNull(smsCodes.usedAt)))
      .returning({ id: smsCodes.id });
    return rows.length === 1;
  },

  /** Counts a wrong guess; the code is burnt once `maxAttempts` is reached. */
  async recordFailedAttempt(db: DbOrTx, id: string, maxAttempts: number, now: Date) {
    await db
      .update(smsCodes)
      .set({
        failedAttempts: sql`${smsCodes.failedAttempts} + 1`,
        usedAt: sql`case when ${smsCodes.failedAttempts} + 1 >= ${maxAttempts} then ${now.toISOString()}::timestamptz else ${smsCodes.usedAt} end`,
      })
      .where(eq(smsCodes.id, id));
  },
};
