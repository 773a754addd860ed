import { type Db, type DbOrTx, hashPassword, pgErrorCode } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { generateTemporaryPassword } from '../../lib/temporary-password.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { assertPasswordAcceptable } from '../auth/password-check.js';
import {
  type NewUser,
  type PeopleFilter,
  peopleRepository as repo,
  type UserRow,
} from './people-repository.js';

/** The kinds of account a manager keeps, each with who may see them. */
export type PeopleKind = 'applicant' | 'operator' | 'reviewer';

const kindLabel: Record<PeopleKind, string> = {
  applicant: '申报人员',
  operator: '经办人',
  reviewer: '审核人员',
};

export function filterFor(actor: Actor, kind: PeopleKind): PeopleFilter {
  if (kind === 'reviewer') return { roles: ['dept_reviewer', 'committee_secretary'] };
  if (!actor.unitId) throw new AppError('forbidden');
  return { roles: [kind === 'applicant' ? 'applicant' : 'unit_operator'], unitId: actor.unitId };
}

export function usernameTakenError(path = 'username') {
  return new AppError('username_taken', '该用户名已被使用，可尝试加入数字编号，如 zhangsan01', {
    errors: [{ path, message: '该用户名已被使用，请尝试加入一些数字编号' }],
  });
}

/** True for PostgreSQL unique violations (two requests racing for one username or org code). */
export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === '23505';
}

/** How every new account is stored: the password hashed, and to be changed at the first login. */
export async function newAccountValues(
  values: Omit<NewUser, 'passwordHash'> & { password: string },
): Promise<NewUser> {
  const { password, ...rest } = values;
  return { ...rest, passwordHash: await hashPassword(password), mustChangePassword: true };
}

export type PeopleService = ReturnType<typeof createPeopleService>;

/** Creating, editing, disabling, deleting and resetting the accounts a unit or the bureau manages. */
export function createPeopleService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function load(tx: DbOrTx, actor: Actor, kind: PeopleKind, id: string) {
    const found = await repo.findInScope(tx, filterFor(actor, kind), id);
    if (!found) throw AppError.notFound(`没有找到该${kindLabel[kind]}`);
    return found;
  }

  function audit(
    tx: DbOrTx,
    ctx: RequestContext,
    actor: Actor,
    action: string,
    target: UserRow,
    details = {},
  ) {
    return recordAudit(tx, ctx, {
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      targetType: 'user',
      targetId: target.id,
      details: { username: target.username, role: target.role, ...details },
    });
  }

  return {
    load: (actor: Actor, kind: PeopleKind, id: string) => load(db, actor, kind, id),

    list(
      actor: Actor,
      kind: PeopleKind,
      query: { limit: number; offset: number; q?: string; status?: string; role?: string },
    ) {
      const filter = filterFor(actor, kind);
      const roles = query.role ? filter.roles.filter((r) => r === query.role) : filter.roles;
      return repo.list(db, { ...filter, roles }, query);
    },

    /** Inserts an account; `values` carries the role and tenant links. New accounts change their password first. */
    async create(
      actor: Actor,
      values: Omit<NewUser, 'passwordHash'> & { password: string },
      ctx: RequestContext,
    ) {
      if (await repo.usernameTaken(db, values.username)) throw usernameTakenError();
      assertPasswordAcceptable(
        values.password,
        { username: values.username, name: values.name, unitName: actor.unit?.name },
        'password',
      );
      const account = await newAccountValues(values);
      try {
        return await db.transaction(async (tx) => {
          const user = await repo.insert(tx, account);
          await audit(tx, ctx, actor, 'account.created', user);
          return user;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw usernameTakenError();
        throw error;
      }
    },

    async update(
      actor: Actor,
      kind: PeopleKind,
      id: string,
      changes: Partial<Pick<NewUser, 'name' | 'idNumber' | 'mobile' | 'status'>>,
      expectedVersion: number | undefined,
      ctx: RequestContext,
    ) {
      return db.transaction(async (tx) => {
        const { user } = await load(tx, actor, kind, id);
        const now = clock.now();
        const updated = await repo.update(tx, id, changes, now, expectedVersion);
        if (!updated) {
          throw new AppError('version_conflict', '该账号已被他人修改，请刷新后重试', {
            extensions: { currentVersion: user.version },
          });
        }
        if (changes.status === 'disabled' && user.status !== 'disabled') {
          await repo.revokeSessions(tx, id, 'account_disabled', now);
        }
        const action =
          changes.status && changes.status !== user.status
            ? changes.status === 'disabled'
              ? 'account.disabled'
              : 'account.enabled'
            : 'account.updated';
        await audit(tx, ctx, actor, action, updated, { fields: Object.keys(changes) });
        return updated;
      });
    },

    /** Which of these accounts can only be disabled: the one rule the lists and `remove` share (#16). */
    undeletableIds: (accounts: UserRow[]) => repo.undeletableIds(db, accounts),

    /**
     * Deletes an account that never submitted an application, with its unsubmitted drafts and their rows,
     * in one transaction; otherwise it can only be disabled (409). Objects of the stored files removed
     * with it are left to the hourly orphan cleanup, which removes objects no row references.
     */
    async remove(actor: Actor, kind: PeopleKind, id: string, ctx: RequestContext) {
      const refused = (user: UserRow) =>
        new AppError('conflict', `${user.name} 已提交过申报或已有业务记录，不能删除，可以停用该账号`);
      let target: UserRow | undefined;
      try {
        await db.transaction(async (tx) => {
          const { user } = await load(tx, actor, kind, id);
          target = user;
          // A submission racing this delete either committed first (and is seen below) or waits for it.
          await repo.lockApplicationsOf(tx, id);
          if ((await repo.undeletableIds(tx, [user])).has(id)) throw refused(user);
          const { drafts, orphaned } = await repo.delete(tx, id);
          await audit(tx, ctx, actor, 'account.deleted', user, {
            draftsDeleted: drafts,
            filesDeleted: orphaned.length,
          });
        });
      } catch (error) {
        // Any other row still pointing at the account (23503): refuse rather than answer 500.
        if (target && pgErrorCode(error) === '23503') throw refused(target);
        throw error;
      }
    },

    /** Sets a one-time password (returned once, never stored in clear) and forces a change at next login. */
    async resetPassword(actor: Actor, kind: PeopleKind, id: string, ctx: RequestContext) {
      const temporaryPassword = generateTemporaryPassword();
      const passwordHash = await hashPassword(temporaryPassword);
      await db.transaction(async (tx) => {
        const { user } = await load(tx, actor, kind, id);
        const now = clock.now();
        await repo.update(
          tx,
          id,
          {
            passwordHash,
            mustChangePassword: true,
            passwordChangedAt: now,
            failedLoginCount: 0,
            lockedUntil: null,
          },
          now,
        );
        await repo.revokeSessions(tx, id, 'password_reset', now);
        await audit(tx, ctx, actor, 'account.password_reset', user);
      });
      return { temporaryPassword };
    },
  };
}
