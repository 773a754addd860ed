import { type DbOrTx, users } from '@zhicheng/db';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { ExistingAccount } from './applicant-import-plan.js';
import type { NewUser } from './people-repository.js';

// Well under PostgreSQL's 65,535 bind parameters per statement, whatever the users table's width.
const INSERT_CHUNK = 500;

/** Data access of the applicant import; the accounts themselves are the people module's `users`. */
export const applicantImportRepository = {
  /**
   * Holds, until the transaction ends, the unit's import lock: two imports of one unit run one after
   * the other, so the second sees the first one's accounts (and skips them).
   */
  async lockUnitImports(tx: DbOrTx, unitId: string): Promise<void> {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`applicant-import:${unitId}`}, 0))`);
  },

  /** Accounts holding one of the usernames (any unit or role), and this unit's applicants with one of the ID numbers. */
  async findExisting(
    db: DbOrTx,
    unitId: string,
    rows: readonly { username: string; idNumber: string }[],
  ): Promise<ExistingAccount[]> {
    if (rows.length === 0) return [];
    return db
      .select({ username: users.username, role: users.role, unitId: users.unitId, idNumber: users.idNumber })
      .from(users)
      .where(
        or(
          inArray(
            sql`lower(${users.username})`,
            rows.map((r) => r.username.toLowerCase()),
          ),
          and(
            eq(users.unitId, unitId),
            eq(users.role, 'applicant'),
            inArray(
              users.idNumber,
              rows.map((r) => r.idNumber),
            ),
          ),
        ),
      );
  },

  async insertMany(tx: DbOrTx, values: readonly NewUser[]): Promise<{ id: string; username: string }[]> {
    const inserted: { id: string; username: string }[] = [];
    for (let i = 0; i < values.length; i += INSERT_CHUNK) {
      const chunk = values.slice(i, i + INSERT_CHUNK);
      inserted.push(
        ...(await tx.insert(users).values(chunk).returning({ id: users.id, username: users.username })),
      );
    }
    return inserted;
  },
};
