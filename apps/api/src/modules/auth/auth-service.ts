import type { AccountSession, LoginRequest, LoginResponse, Role } from '@zhicheng/contracts';
import { type Db, type DbOrTx, hashPassword, verifyPassword } from '@zhicheng/db';
import type { Config } from '../../config.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { authRepository as repo, type UserRow } from './auth-repository.js';
import type { CaptchaGenerator } from './captcha.js';
import { consumeCaptchaAnswer } from './captcha-check.js';
import { createArithmeticQuestion } from './captcha-text.js';
import { assertPasswordAcceptable } from './password-check.js';
import { type AccessTokenClaims, newRefreshToken, sha256 } from './tokens.js';
import { deviceOf } from './user-agent.js';

// The brute-force rules (quality.md), all in one place. Per account: a captcha after 3 failures, a
// 15-minute lock after 5. Per IP address only a much higher count asks for a captcha: an office behind
// one NAT address shares it, and three typos by anyone there must not put a captcha in front of all (#16).
// That count is `config.ipCaptchaAfterFailures` (LOGIN_IP_CAPTCHA_AFTER_FAILURES, default 20): a site
// behind one large NAT may want it higher, and the end-to-end suite, all from 127.0.0.1, sets it high.
export const CAPTCHA_AFTER_FAILURES = 3;
export const LOCK_AFTER_FAILURES = 5;
const LOCK_MS = 15 * 60_000;
/** Failures older than this count neither for the account's captcha nor for the IP's. */
const FAILURE_WINDOW_MS = 15 * 60_000;
const CAPTCHA_TTL_MS = 5 * 60_000;
// Only touch a session's last-seen time this often: one write per minute, not one per request.
const TOUCH_EVERY_MS = 60_000;

export interface AuthServiceDeps {
  db: Db;
  config: Config;
  clock: Clock;
  captcha: CaptchaGenerator;
  signAccessToken(claims: AccessTokenClaims): string;
}

/** A login result: the body for the client and the refresh token for the cookie. */
export interface IssuedSession {
  body: LoginResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: AuthServiceDeps) {
  const { db, config, clock } = deps;
  /** Whether a login with these recent failures (for its username, for its IP) must solve a captcha. */
  const captchaNeeded = (byUser: number, byIp: number): boolean =>
    byUser >= CAPTCHA_AFTER_FAILURES || byIp >= config.ipCaptchaAfterFailures;
  const findSessionWithUser = repo.prepareFindSessionWithUser(db);
  // Verifying against a throwaway hash makes "no such user" take as long as "wrong password".
  const dummyHash = hashPassword(`dummy-${Math.random()}`);

  async function issueSession(
    user: UserRow,
    ctx: RequestContext,
    now: Date,
    tx: DbOrTx = db,
  ): Promise<IssuedSession> {
    const expiresAt = new Date(now.getTime() + config.sessionAbsoluteMs);
    const session = await repo.createSession(tx, {
      userId: user.id,
      now,
      expiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    const refreshToken = newRefreshToken();
    await repo.addRefreshToken(tx, {
      sessionId: session.id,
      tokenHash: sha256(refreshToken),
      now,
      expiresAt,
    });
    return { body: loginBody(user, session.id), refreshToken, refreshExpiresAt: expiresAt };
  }

  function loginBody(user: UserRow, sessionId: string): LoginResponse {
    return {
      accessToken: deps.signAccessToken({ sub: user.id, role: user.role, sid: sessionId }),
      expiresIn: config.accessTokenTtlSeconds,
      user: {
        id: user.id,
        role: user.role as Role,
        name: user.name,
        mustChangePassword: user.mustChangePassword,
      },
    };
  }

  async function checkCaptcha(input: LoginRequest, username: string, ctx: RequestContext, now: Date) {
    const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
    const failures = await repo.countRecentFailures(db, username, ctx.ip, since);
    const needed = captchaNeeded(failures.byUser, failures.byIp);
    if (!needed) return { failures, captchaWasNeeded: false };
    if (!input.captchaId || !input.captchaAnswer) {
      throw new AppError('captcha_required', '多次登录失败，请输入图形验证码', {
        errors: [{ path: 'captchaAnswer', message: '请输入图形验证码' }],
        extensions: { captchaRequired: true },
      });
    }
    await consumeCaptchaAnswer(db, { id: input.captchaId, answer: input.captchaAnswer }, now, {
      captchaRequired: true,
    });
    return { failures, captchaWasNeeded: true };
  }

  function lockedError(until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - clock.now().getTime()) / 60_000));
    // Whom to contact stays generic: naming the account's role would tell a stranger what it is.
    return new AppError(
      'account_locked',
      `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试；如需帮助，请联系所在单位管理员或主管部门`,
      {
        extensions: { lockedUntil: until.toISOString() },
      },
    );
  }

  return {
    async createCaptcha(): Promise<{ id: string; svg: string }> {
      const now = clock.now();
      const { text, svg } = deps.captcha.create();
      const id = await repo.addCaptcha(db, {
        answerHash: sha256(text.toLowerCase()),
        expiresAt: new Date(now.getTime() + CAPTCHA_TTL_MS),
        now,
      });
      return { id, svg };
    },

    /** The text alternative: same store, expiry and single guess as the image (one check for both). */
    async createTextCaptcha(): Promise<{ id: string; question: string }> {
      const now = clock.now();
      const { question, answer } = createArithmeticQuestion();
      const id = await repo.addCaptcha(db, {
        answerHash: sha256(answer),
        expiresAt: new Date(now.getTime() + CAPTCHA_TTL_MS),
        now,
      });
      return { id, question };
    },

    async login(input: LoginRequest, ctx: RequestContext): Promise<IssuedSession> {
      const now = clock.now();
      const username = input.username.trim().toLowerCase();
      const { failures } = await checkCaptcha(input, username, ctx, now);
      const user = await repo.findUserByUsername(db, username);

      if (user?.lockedUntil && user.lockedUntil > now) {
        await recordAudit(db, ctx, {
          actorId: user.id,
          actorRole: user.role,
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: user.id,
          details: { username, reason: 'locked' },
        });
        throw lockedError(user.lockedUntil);
      }

      const passwordOk = user
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyPassword(await dummyHash, input.password).then(() => false);

      if (!user || !passwordOk) {
        let counted: { failedLoginCount: number; lockedUntil: Date | null } | undefined;
        await db.transaction(async (tx) => {
          await repo.addLoginAttempt(tx, { username, ip: ctx.ip, success: false, at: now });
          if (user) {
            counted = await repo.recordFailedLogin(tx, user.id, {
              now,
              lockAfter: LOCK_AFTER_FAILURES,
              lockUntil: new Date(now.getTime() + LOCK_MS),
            });
          }
          await recordAudit(tx, ctx, {
            actorId: user?.id ?? null,
            actorRole: user?.role ?? null,
            action: 'auth.login_failed',
            targetType: 'user',
            targetId: user?.id ?? null,
            details: {
              username,
              reason: user ? 'wrong_password' : 'unknown_user',
              locked: Boolean(counted?.lockedUntil && counted.lockedUntil > now),
            },
          });
        });
        if (counted?.lockedUntil && counted.lockedUntil > now) throw lockedError(counted.lockedUntil);
        // The next attempt needs a captcha when this failure brings the username or the IP to the
        // threshold, so the form can show it before that attempt. For an account the count is the one
        // the database returned for this attempt, so parallel attempts each see their own place. The
        // attempts left before the lock count an unknown username's recent failures the way a real
        // account's count grows, so the number does not tell the two apart.
        const failedSoFar = counted ? counted.failedLoginCount : failures.byUser + 1;
        throw new AppError('invalid_credentials', '用户名或密码错误', {
          extensions: {
            captchaRequired: captchaNeeded(failedSoFar, failures.byIp + 1),
            remainingAttempts: Math.max(1, LOCK_AFTER_FAILURES - failedSoFar),
          },
        });
      }

      if (user.status !== 'active') {
        await recordAudit(db, ctx, {
          actorId: user.id,
          actorRole: user.role,
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: user.id,
          details: { username, reason: 'disabled' },
        });
        throw new AppError('account_disabled', '该账号已停用，请联系单位管理员');
      }

      const cleared = await db.transaction(async (tx) => {
        // A parallel failure may have locked the account since it was read: the lock wins.
        if (!(await repo.clearFailedLogins(tx, user.id, now))) return undefined;
        await repo.addLoginAttempt(tx, { username, ip: ctx.ip, success: true, at: now });
        const issued = await issueSession(user, ctx, now, tx);
        await recordAudit(tx, ctx, {
          actorId: user.id,
          actorRole: user.role,
          action: 'auth.login_succeeded',
          targetType: 'user',
          targetId: user.id,
        });
        return issued;
      });
      if (cleared) return cleared;
      const lockedNow = await repo.findUserById(db, user.id);
      throw lockedError(lockedNow?.lockedUntil ?? new Date(now.getTime() + LOCK_MS));
    },

    /** Rotates a refresh token. Reusing an already-rotated token revokes the whole session (family). */
    async refresh(refreshToken: string | undefined, ctx: RequestContext): Promise<IssuedSession> {
      const invalid = () => new AppError('invalid_refresh_token', '登录状态已失效，请重新登录');
      if (!refreshToken) throw invalid();
      const now = clock.now();
      const found = await repo.findRefreshToken(db, sha256(refreshToken));
      if (!found) throw invalid();
      const { token, session, user } = found;

      const revokeFamily = async (reason: string) => {
        await db.transaction(async (tx) => {
          await repo.revokeSession(tx, session.id, reason, now);
          await recordAudit(tx, ctx, {
            actorId: user.id,
            actorRole: user.role,
            action: 'auth.refresh_token_reused',
            targetType: 'session',
            targetId: session.id,
          });
        });
      };

      if (token.usedAt) {
        await revokeFamily('refresh_token_reuse');
        throw invalid();
      }
      if (!sessionIsLive(session, user, now)) throw invalid();

      return db.transaction(async (tx) => {
        if (!(await repo.markRefreshTokenUsed(tx, token.id, now))) {
          // Lost a race with another use of the same token: treat as reuse.
          throw invalid();
        }
        const next = newRefreshToken();
        await repo.addRefreshToken(tx, {
          sessionId: session.id,
          tokenHash: sha256(next),
          now,
          expiresAt: session.expiresAt,
        });
        await repo.touchSession(tx, session.id, now);
        return { body: loginBody(user, session.id), refreshToken: next, refreshExpiresAt: session.expiresAt };
      });
    },

    async logout(
      refreshToken: string | undefined,
      actor: Actor | undefined,
      ctx: RequestContext,
    ): Promise<void> {
      const now = clock.now();
      const sessionIds = new Set<string>();
      if (actor) sessionIds.add(actor.sessionId);
      let userId = actor?.userId;
      let role: string | undefined = actor?.role;
      if (refreshToken) {
        const found = await repo.findRefreshToken(db, sha256(refreshToken));
        if (found) {
          sessionIds.add(found.session.id);
          userId ??= found.user.id;
          role ??= found.user.role;
        }
      }
      if (sessionIds.size === 0) return;
      await db.transaction(async (tx) => {
        for (const id of sessionIds) await repo.revokeSession(tx, id, 'logout', now);
        await recordAudit(tx, ctx, {
          actorId: userId ?? null,
          actorRole: role ?? null,
          action: 'auth.logout',
          targetType: 'session',
          targetId: [...sessionIds].join(','),
        });
      });
    },

    /** Resolves an access token's session into the actor, enforcing revocation and the idle limit. */
    async authenticate(claims: AccessTokenClaims): Promise<Actor> {
      const now = clock.now();
      const found = await findSessionWithUser(claims.sid);
      if (!found || found.user.id !== claims.sub) throw new AppError('session_expired');
      const { session, user, unit, department, committee } = found;
      if (!sessionIsLive(session, user, now)) {
        throw new AppError('session_expired', '长时间未操作或会话已注销，请重新登录');
      }
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await repo.touchSession(db, session.id, now);
      }
      return {
        userId: user.id,
        username: user.username,
        role: user.role as Role,
        name: user.name,
        sessionId: session.id,
        mustChangePassword: user.mustChangePassword,
        unitId: user.unitId,
        departmentId: user.departmentId,
        committeeId: user.committeeId,
        unit: unit?.id ? unit : null,
        department: department?.id ? department : null,
        committee: committee?.id ? committee : null,
      };
    },

    /** The caller's live sessions for 账号安全, the one they are using marked `current`. */
    async listSessions(actor: Actor): Promise<AccountSession[]> {
      const rows = await repo.listLiveSessions(db, actor.userId, clock.now(), config.sessionIdleMs);
      return rows.map((session) => ({
        id: session.id,
        device: deviceOf(session.userAgent),
        ip: session.ip,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        current: session.id === actor.sessionId,
      }));
    },

    /**
     * Ends one of the caller's own sessions: its refresh tokens stop working, and so do its access
     * tokens, because every request checks its session (`authenticate`). Someone else's session id
     * answers 404 like an unknown one.
     */
    async endSession(actor: Actor, sessionId: string, ctx: RequestContext): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        if (!(await repo.revokeOwnSession(tx, actor.userId, sessionId, 'ended_by_user', now))) {
          throw AppError.notFound('没有找到该会话，可能已经结束');
        }
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'auth.logout',
          targetType: 'session',
          targetId: sessionId,
          details: { endedFrom: sessionId === actor.sessionId ? 'this_session' : 'another_session' },
        });
      });
    },

    /** Changes the caller's password, revokes every session of theirs and starts a fresh one. */
    async changePassword(
      actor: Actor,
      input: { currentPassword: string; newPassword: string },
      ctx: RequestContext,
    ): Promise<IssuedSession> {
      const now = clock.now();
      const user = await repo.findUserById(db, actor.userId);
      if (!user) throw new AppError('session_expired');
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        await recordAudit(db, ctx, {
          actorId: user.id,
          actorRole: user.role,
          action: 'account.password_change_failed',
          targetType: 'user',
          targetId: user.id,
        });
        throw new AppError('wrong_password', '当前密码不正确', {
          errors: [{ path: 'currentPassword', message: '当前密码不正确' }],
        });
      }
      assertPasswordAcceptable(
        input.newPassword,
        { username: user.username, name: user.name, unitName: actor.unit?.name },
        'newPassword',
      );
      const passwordHash = await hashPassword(input.newPassword);
      return db.transaction(async (tx) => {
        await repo.updatePassword(tx, user.id, passwordHash, now);
        await repo.revokeUserSessions(tx, user.id, 'password_changed', now);
        await recordAudit(tx, ctx, {
          actorId: user.id,
          actorRole: user.role,
          action: 'account.password_changed',
          targetType: 'user',
          targetId: user.id,
        });
        return issueSession({ ...user, mustChangePassword: false }, ctx, now, tx);
      });
    },
  };

  function sessionIsLive(
    session: { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date },
    user: { status: string },
    now: Date,
  ): boolean {
    if (session.revokedAt) return false;
    if (session.expiresAt <= now) return false;
    if (now.getTime() - session.lastSeenAt.getTime() > config.sessionIdleMs) return false;
    return user.status === 'active';
  }
}
