import { maskIdNumber, type Role } from '@zhicheng/contracts';
import {
  applicationEvents,
  applicationFiles,
  applications,
  committees,
  type DbOrTx,
  departments,
  refreshTokens,
  sessions,
  storedFiles,
  units,
  users,
} from '@zhicheng/db';
import {
  and,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  ne,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { personSearch } from '../../lib/person-search.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** Which accounts a manager sees: a role within a unit (unit staff) or reviewer roles (bureau). */
export interface PeopleFilter {
  roles: readonly Role[];
  unitId?: string;
}

export interface PeopleQuery {
  limit: number;
  offset: number;
  q?: string | undefined;
  status?: string | undefined;
}

function scopeWhere(filter: PeopleFilter): SQL | undefined {
  return and(
    inArray(users.role, [...filter.roles]),
    filter.unitId ? eq(users.unitId, filter.unitId) : undefined,
  );
}

/** Shared data access for every kind of account a manager keeps. */
export const peopleRepository = {
  async usernameTaken(db: DbOrTx, username: string): Promise<boolean> {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
    return Boolean(row);
  },

  async insert(db: DbOrTx, values: NewUser): Promise<UserRow> {
    const [row] = await db.insert(users).values(values).returning();
    if (!row) throw new Error('user not inserted');
    return row;
  },

  /** One account inside the filter; undefined for anything outside it (the caller answers 404). */
  async findInScope(db: DbOrTx, filter: PeopleFilter, id: string) {
    const [row] = await db
      .select({
        user: users,
        unitName: units.name,
        department: { id: departments.id, name: departments.name },
        committee: { id: committees.id, name: committees.name },
      })
      .from(users)
      .leftJoin(units, eq(units.id, users.unitId))
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .leftJoin(committees, eq(committees.id, users.committeeId))
      .where(and(eq(users.id, id), scopeWhere(filter)));
    return row;
  },

  /** A page of accounts, newest first, searchable by name, username or ID number. */
  async list(db: DbOrTx, filter: PeopleFilter, query: PeopleQuery) {
    const where = and(
      scopeWhere(filter),
      query.status ? eq(users.status, query.status) : undefined,
      query.q ? personSearch(query.q) : undefined,
    );
    const rows = await db
      .select({
        user: users,
        unitName: units.name,
        department: { id: departments.id, name: departments.name },
        committee: { id: committees.id, name: committees.name },
      })
      .from(users)
      .leftJoin(units, eq(units.id, users.unitId))
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .leftJoin(committees, eq(committees.id, users.committeeId))
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await db.select({ n: count() }).from(users).where(where);
    return { rows, total: total?.n ?? 0 };
  },

  /** Compare-and-set on the version when one is given; returns undefined when stale or gone. */
  async update(db: DbOrTx, id: string, values: Partial<NewUser>, now: Date, expectedVersion?: number) {
    const [row] = await db
      .update(users)
      .set({ ...values, updatedAt: now, version: sql`${users.version} + 1` })
      .where(
        and(eq(users.id, id), expectedVersion === undefined ? undefined : eq(users.version, expectedVersion)),
      )
      .returning();
    return row;
  },

  async revokeSessions(db: DbOrTx, userId: string, reason: string, now: Date) {
    await db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  },

  /**
   * The one rule for 删除 versus 停用 (#16), used by the lists, the details and the delete itself: an
   * account may be deleted when it never submitted (users.first_submitted_at) and everything it left in
   * other rows goes with it — its applications are all drafts that were never submitted, it acted on no
   * one else's application, and no one else's application holds a file it uploaded. Returns the ids of
   * the given accounts that can only be disabled.
   */
  async undeletableIds(db: DbOrTx, accounts: readonly Pick<UserRow, 'id' | 'firstSubmittedAt'>[]) {
    const blocked = new Set(accounts.filter((u) => u.firstSubmittedAt).map((u) => u.id));
    const ids = accounts.filter((u) => !blocked.has(u.id)).map((u) => u.id);
    if (ids.length === 0) return blocked;
    const submitted = await db
      .selectDistinct({ id: applications.applicantId })
      .from(applications)
      .where(
        and(
          inArray(applications.applicantId, ids),
          or(ne(applications.status, 'draft'), isNotNull(applications.submittedAt)),
        ),
      );
    const actedOnOthers = await db
      .selectDistinct({ id: applicationEvents.actorId })
      .from(applicationEvents)
      .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
      .where(
        and(inArray(applicationEvents.actorId, ids), ne(applications.applicantId, applicationEvents.actorId)),
      );
    const filesHeldByOthers = await db
      .selectDistinct({ id: storedFiles.uploadedBy })
      .from(storedFiles)
      .innerJoin(applicationFiles, eq(applicationFiles.fileId, storedFiles.id))
      .innerJoin(applications, eq(applications.id, applicationFiles.applicationId))
      .where(and(inArray(storedFiles.uploadedBy, ids), ne(applications.applicantId, storedFiles.uploadedBy)));
    for (const row of [...submitted, ...actedOnOthers, ...filesHeldByOthers]) blocked.add(row.id);
    return blocked;
  },

  /** Locks an applicant's applications, in the order a submission takes its locks (application, then user). */
  async lockApplicationsOf(db: DbOrTx, userId: string) {
    await db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.applicantId, userId))
      .for('update');
  },

  /**
   * Removes an account the rule above allows deleting, with its sessions and its drafts (their sections,
   * file links and events go by cascade), and the stored files it uploaded or its drafts held that no
   * application references any more. Returns those files, whose objects the caller may remove after the
   * commit (the hourly orphan cleanup removes them otherwise).
   */
  async delete(db: DbOrTx, id: string) {
    const drafts = db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.applicantId, id));
    const draftFiles = await db
      .selectDistinct({ id: applicationFiles.fileId })
      .from(applicationFiles)
      .where(inArray(applicationFiles.applicationId, drafts));
    const deletedDrafts = await db
      .delete(applications)
      .where(eq(applications.applicantId, id))
      .returning({ id: applications.id });
    const candidates = or(
      eq(storedFiles.uploadedBy, id),
      draftFiles.length === 0
        ? undefined
        : inArray(
            storedFiles.id,
            draftFiles.map((f) => f.id),
          ),
    );
    const orphaned = await db
      .delete(storedFiles)
      .where(
        and(
          candidates,
          notExists(
            db
              .select({ one: sql`1` })
              .from(applicationFiles)
              .where(eq(applicationFiles.fileId, storedFiles.id)),
          ),
        ),
      )
      .returning();
    const sessionIds = db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, id));
    await db.delete(refreshTokens).where(inArray(refreshTokens.sessionId, sessionIds));
    await db.delete(sessions).where(eq(sessions.userId, id));
    await db.delete(users).where(eq(users.id, id));
    return { drafts: deletedDrafts.length, orphaned };
  },
};

/** What lists show of an account: never the full ID number. */
export function toPersonSummary(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    idNumberMasked: maskIdNumber(user.idNumber),
    mobile: user.mobile,
    status: user.status as 'active' | 'disabled',
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt.toISOString(),
  };
}
