import {
  captchas,
  committees,
  type Db,
  type DbOrTx,
  departments,
  loginAttempts,
  refreshTokens,
  sessions,
  units,
  users,
} from '@zhicheng/db';
import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** Data access for login, sessions, refresh tokens and captchas. Every function takes a db or tx. */
export const authRepository = {
  async findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
    const [row] = await db
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
    return row;
  },

  async findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  },

  /**
   * Counts one failed login in a single statement, so parallel attempts cannot read a stale count:
   * the returned count is this attempt's place in the row. The lock is set when the count reaches
   * `lockAfter` and an unexpired lock is kept as it is; a failure never lifts a lock. A lock that has
   * expired ends here: the count starts again at 1.
   */
  async recordFailedLogin(
    db: DbOrTx,
    userId: string,
    opts: { now: Date; lockAfter: number; lockUntil: Date },
  ): Promise<{ failedLoginCount: number; lockedUntil: Date | null } | undefined> {
    const now = opts.now.toISOString();
    const lockUntil = opts.lockUntil.toISOString();
    const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${now}::timestamptz)`;
    const next = sql`(case when ${expired} then 1 else ${users.failedLoginCount} + 1 end)`;
    const [row] = await db
      .update(users)
      .set({
        failedLoginCount: next,
        lockedUntil: sql`(case
          when ${users.lockedUntil} > ${now}::timestamptz then ${users.lockedUntil}
          when ${next} >= ${opts.lockAfter} then ${lockUntil}::timestamptz
          when ${expired} then null
          else ${users.lockedUntil} end)`,
      })
      .where(eq(users.id, userId))
      .returning({ failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil });
    return row;
  },

  /**
   * After a correct password: resets the count unless the account is locked (a lock set by a
   * parallel failure wins). False means the account is locked now.
   */
  async clearFailedLogins(db: DbOrTx, userId: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null })
      .where(
        and(
          eq(users.id, userId),
          sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${now.toISOString()}::timestamptz)`,
        ),
      )
      .returning({ id: users.id });
    return rows.length === 1;
  },

  async updatePassword(db: DbOrTx, userId: string, passwordHash: string, now: Date): Promise<void> {
    await db
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        updatedAt: now,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, userId));
  },

  async addLoginAttempt(db: DbOrTx, attempt: { username: string; ip: string; success: boolean; at: Date }) {
    await db.insert(loginAttempts).values({
      username: attempt.username,
      ip: attempt.ip,
      success: attempt.success,
      createdAt: attempt.at,
    });
  },

  /**
   * Failures that count toward the captcha: for the username, those since its last success;
   * for the IP, all in the window. Both within `since`.
   */
  async countRecentFailures(db: DbOrTx, username: string, ip: string, since: Date) {
    const lastSuccess = db
      .select({ at: sql`max(${loginAttempts.createdAt})` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, true)));
    const [byUser] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.username, username),
          eq(loginAttempts.success, false),
          gt(loginAttempts.createdAt, since),
          sql`${loginAttempts.createdAt} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
        ),
      );
    const [byIp] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)),
      );
    return { byUser: byUser?.n ?? 0, byIp: byIp?.n ?? 0 };
  },

  async createSession(
    db: DbOrTx,
    values: { userId: string; now: Date; expiresAt: Date; ip: string; userAgent: string | undefined },
  ): Promise<SessionRow> {
    const [row] = await db
      .insert(sessions)
      .values({
        userId: values.userId,
        createdAt: values.now,
        lastSeenAt: values.now,
        expiresAt: values.expiresAt,
        ip: values.ip,
        userAgent: values.userAgent?.slice(0, 400) ?? null,
      })
      .returning();
    if (!row) throw new Error('session not created');
    return row;
  },

  /**
   * Everything a request needs to know about its caller in one indexed query: the session, the user
   * and the names of the unit, department or committee they belong to. Runs on every authenticated
   * request, so it is prepared once per database: building the SQL each time cost more than the query.
   */
  prepareFindSessionWithUser(db: Db) {
    const query = db
      .select({
        session: {
          id: sessions.id,
          revokedAt: sessions.revokedAt,
          expiresAt: sessions.expiresAt,
          lastSeenAt: sessions.lastSeenAt,
        },
        user: {
          id: users.id,
          username: users.username,
          role: users.role,
          name: users.name,
          status: users.status,
          mustChangePassword: users.mustChangePassword,
          unitId: users.unitId,
          departmentId: users.departmentId,
          committeeId: users.committeeId,
        },
        unit: { id: units.id, name: units.name },
        department: { id: departments.id, name: departments.name },
        committee: { id: committees.id, name: committees.name, expertCount: committees.expertCount },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(units, eq(units.id, users.unitId))
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .leftJoin(committees, eq(committees.id, users.committeeId))
      .where(eq(sessions.id, sql.placeholder('sessionId')))
      .prepare('find_session_with_user');
    return async (sessionId: string) => (await query.execute({ sessionId }))[0];
  },

  async touchSession(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  },

  async revokeSession(db: DbOrTx, sessionId: string, reason: string, now: Date): Promise<void> {
    await db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  },

  /** The user's sessions that are neither revoked nor expired, idle for less than `idleMs`. */
  async listLiveSessions(db: DbOrTx, userId: string, now: Date, idleMs: number): Promise<SessionRow[]> {
    return db
      .select()
      .from(sessions)
      .where(
        and(
          eq(sessions.userId, userId),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
          gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
        ),
      )
      .orderBy(desc(sessions.lastSeenAt));
  },

  /** Revokes one session of `userId` (another user's id matches nothing); false if none was live. */
  async revokeOwnSession(
    db: DbOrTx,
    userId: string,
    sessionId: string,
    reason: string,
    now: Date,
  ): Promise<boolean> {
    const rows = await db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    return rows.length === 1;
  },

  async revokeUserSessions(db: DbOrTx, userId: string, reason: string, now: Date): Promise<void> {
    await db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  },

  async addRefreshToken(
    db: DbOrTx,
    values: { sessionId: string; tokenHash: string; now: Date; expiresAt: Date },
  ) {
    await db.insert(refreshTokens).values({
      sessionId: values.sessionId,
      tokenHash: values.tokenHash,
      createdAt: values.now,
      expiresAt: values.expiresAt,
    });
  },

  async findRefreshToken(db: DbOrTx, tokenHash: string) {
    const [row] = await db
      .select({ token: refreshTokens, session: sessions, user: users })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(refreshTokens.tokenHash, tokenHash));
    return row;
  },

  /** Compare-and-set: marks the token used only if it was unused. False means someone else used it. */
  async markRefreshTokenUsed(db: DbOrTx, tokenId: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(refreshTokens)
      .set({ usedAt: now })
      .where(and(eq(refreshTokens.id, tokenId), isNull(refreshTokens.usedAt)))
      .returning({ id: refreshTokens.id });
    return rows.length === 1;
  },

  async addCaptcha(db: DbOrTx, values: { answerHash: string; expiresAt: Date; now: Date }): Promise<string> {
    const [row] = await db
      .insert(captchas)
      .values({ answerHash: values.answerHash, expiresAt: values.expiresAt, createdAt: values.now })
      .returning({ id: captchas.id });
    if (!row) throw new Error('captcha not created');
    return row.id;
  },

  /**
   * Uses up a captcha whatever the answer (one guess per image): true only for an unused,
   * unexpired captcha with the right answer.
   */
  async consumeCaptcha(db: DbOrTx, id: string, answerHash: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(captchas)
      .set({ usedAt: now })
      .where(and(eq(captchas.id, id), isNull(captchas.usedAt), gt(captchas.expiresAt, now)))
      .returning({ answerHash: captchas.answerHash });
    return rows[0]?.answerHash === answerHash;
  },
};
