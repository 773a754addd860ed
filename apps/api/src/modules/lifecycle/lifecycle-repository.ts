import type { ApplicationStatus, Outcome } from '@zhicheng/contracts';
import {
  applicationEvents,
  applicationFiles,
  applicationSections,
  applicationSnapshots,
  applications,
  type DbOrTx,
  storedFiles,
  users,
} from '@zhicheng/db';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { reachedColumnsFor } from '../applications/applications-repository.js';

export type EventRow = typeof applicationEvents.$inferSelect;
type NewEvent = typeof applicationEvents.$inferInsert;

/** What submit, withdraw, review and re-apply read and write besides the application row itself. */
export const lifecycleRepository = {
  async sections(db: DbOrTx, applicationId: string) {
    return db
      .select({
        key: applicationSections.key,
        data: applicationSections.data,
        status: applicationSections.status,
        version: applicationSections.version,
        needsReview: applicationSections.needsReview,
      })
      .from(applicationSections)
      .where(eq(applicationSections.applicationId, applicationId))
      .orderBy(asc(applicationSections.key));
  },

  /** Every file the application holds (materials and the photo), in category order, for the snapshot. */
  async files(db: DbOrTx, applicationId: string) {
    return db
      .select({
        category: applicationFiles.category,
        order: applicationFiles.position,
        fileId: storedFiles.id,
        fileName: storedFiles.originalName,
        contentType: storedFiles.contentType,
        sha256: storedFiles.sha256,
        size: storedFiles.size,
      })
      .from(applicationFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, applicationFiles.fileId))
      .where(eq(applicationFiles.applicationId, applicationId))
      .orderBy(asc(applicationFiles.category), asc(applicationFiles.position), asc(storedFiles.id));
  },

  /**
   * Compare-and-set: moves the application only if it is still in the expected status and version
   * (nobody transitioned it or changed its choice meanwhile). False when another request came first.
   */
  async moveStatus(
    db: DbOrTx,
    id: string,
    expected: { status: ApplicationStatus; version: number },
    values: { status: ApplicationStatus; outcome?: Outcome | null; submittedAt?: Date | null; now: Date },
  ): Promise<boolean> {
    const { now, ...set } = values;
    const rows = await db
      .update(applications)
      .set({
        ...set,
        ...reachedColumnsFor(set.status, now),
        updatedAt: now,
        version: sql`${applications.version} + 1`,
      })
      .where(
        and(
          eq(applications.id, id),
          eq(applications.status, expected.status),
          eq(applications.version, expected.version),
        ),
      )
      .returning({ id: applications.id });
    return rows.length > 0;
  },

  async insertEvent(db: DbOrTx, values: NewEvent): Promise<EventRow> {
    const [row] = await db.insert(applicationEvents).values(values).returning();
    if (!row) throw new Error('application event not inserted');
    return row;
  },

  async insertSnapshot(
    db: DbOrTx,
    values: { applicationId: string; eventId: string; content: object; sha256: string },
  ) {
    await db.insert(applicationSnapshots).values(values);
  },

  /** From the first submission on, the applicant's account can only be disabled, not deleted. */
  async markFirstSubmission(db: DbOrTx, userId: string, now: Date) {
    await db
      .update(users)
      .set({ firstSubmittedAt: now })
      .where(and(eq(users.id, userId), isNull(users.firstSubmittedAt)));
  },

  /** Status changes, oldest first, with the actor's name. */
  async timeline(db: DbOrTx, applicationId: string) {
    return db
      .select({ event: applicationEvents, actorName: users.name })
      .from(applicationEvents)
      .innerJoin(users, eq(users.id, applicationEvents.actorId))
      .where(eq(applicationEvents.applicationId, applicationId))
      .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
  },
};
