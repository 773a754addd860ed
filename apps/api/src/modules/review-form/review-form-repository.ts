import { committeeResultActions } from '@zhicheng/contracts';
import { applicationEvents, type DbOrTx, finalReviewForms, storedFiles, users } from '@zhicheng/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

export type FinalFormRow = typeof finalReviewForms.$inferSelect;

/** What the 评审表 reads besides the application itself, and its stored final forms. */
export const reviewFormRepository = {
  /**
   * The reviewers' decisions that print as opinions and votes (the unit's and department's approvals, the
   * committee's results), oldest first, with the reviewer's name.
   */
  async decisions(db: DbOrTx, applicationId: string) {
    return db
      .select({
        action: applicationEvents.action,
        fromStatus: applicationEvents.fromStatus,
        opinion: applicationEvents.opinion,
        votes: applicationEvents.votes,
        createdAt: applicationEvents.createdAt,
        actorName: users.name,
      })
      .from(applicationEvents)
      .innerJoin(users, eq(users.id, applicationEvents.actorId))
      .where(
        and(
          eq(applicationEvents.applicationId, applicationId),
          inArray(applicationEvents.action, ['approve', ...committeeResultActions]),
        ),
      )
      .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
  },

  async fileOf(db: DbOrTx, fileId: string) {
    const [row] = await db
      .select({ storageKey: storedFiles.storageKey, contentType: storedFiles.contentType })
      .from(storedFiles)
      .where(eq(storedFiles.id, fileId));
    return row;
  },

  async findFinal(db: DbOrTx, applicationId: string): Promise<FinalFormRow | undefined> {
    const [row] = await db
      .select()
      .from(finalReviewForms)
      .where(eq(finalReviewForms.applicationId, applicationId));
    return row;
  },

  async findFinalByCode(db: DbOrTx, code: string): Promise<FinalFormRow | undefined> {
    const [row] = await db.select().from(finalReviewForms).where(eq(finalReviewForms.verificationCode, code));
    return row;
  },

  /** Records a generated final form; false when another request recorded one first (theirs stands). */
  async insertFinal(db: DbOrTx, values: FinalFormRow): Promise<boolean> {
    const inserted = await db
      .insert(finalReviewForms)
      .values(values)
      .onConflictDoNothing({ target: finalReviewForms.applicationId })
      .returning({ applicationId: finalReviewForms.applicationId });
    return inserted.length > 0;
  },
};
