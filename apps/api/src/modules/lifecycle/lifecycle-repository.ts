import type { ApplicationStatus, Outcome } from '@zhicheng/contracts';
import {
  applicationEvents,
  applicationFiles,
  applicationSections,
  applicationSnapshots,
  applications,
  type Db,
  type DbOrTx,
  storedFiles,
  users,
} from '@zhicheng/db';
import { and, asc, desc, eq, isNull, lte, type Placeholder, sql } from 'drizzle-orm';
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
        updatedAt: applicationSections.updatedAt,
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

  /**
   * The latest submission snapshot, or the latest one taken up to `atOrBefore` (the one a return
   * sent back). Undefined before the first submission.
   */
  async latestSnapshot(db: DbOrTx, applicationId: string, atOrBefore?: Date) {
    const [row] = await db
      .select({
        id: applicationSnapshots.id,
        content: applicationSnapshots.content,
        sha256: applicationSnapshots.sha256,
        createdAt: applicationSnapshots.createdAt,
      })
      .from(applicationSnapshots)
      .where(
        and(
          eq(applicationSnapshots.applicationId, applicationId),
          atOrBefore ? lte(applicationSnapshots.createdAt, atOrBefore) : undefined,
        ),
      )
      .orderBy(desc(applicationSnapshots.createdAt), desc(applicationSnapshots.id))
      .limit(1);
    return row;
  },

  /** From the first submission on, the applicant's account can only be disabled, not deleted. */
  async markFirstSubmission(db: DbOrTx, userId: string, now: Date) {
    await db
      .update(users)
      .set({ firstSubmittedAt: now })
      .where(and(eq(users.id, userId), isNull(users.firstSubmittedAt)));
  },

  /** Status changes, oldest first, with the actor's name and, on a submission, its snapshot's SHA-256. */
  async timeline(db: DbOrTx, applicationId: string) {
    return db
      .select({
        event: applicationEvents,
        actorName: users.name,
        snapshotSha256: applicationSnapshots.sha256,
      })
      .from(applicationEvents)
      .innerJoin(users, eq(users.id, applicationEvents.actorId))
      .leftJoin(applicationSnapshots, eq(applicationSnapshots.eventId, applicationEvents.id))
      .where(eq(applicationEvents.applicationId, applicationId))
      .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
  },
};

/** The latest return (退回修改) of an application with its one notice: newest first, one indexed lookup. */
function latestReturnQuery(db: DbOrTx, applicationId: string | Placeholder) {
  return db
    .select({
      opinion: applicationEvents.opinion,
      correction: applicationEvents.correction,
      actorRole: applicationEvents.actorRole,
      createdAt: applicationEvents.createdAt,
    })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.action, 'return')))
    .orderBy(desc(applicationEvents.createdAt), desc(applicationEvents.id))
    .limit(1);
}

/** The latest return, or undefined when the application was never returned. */
export async function findLatestReturn(db: DbOrTx, applicationId: string) {
  return (await latestReturnQuery(db, applicationId))[0];
}

/**
 * The same, prepared once per database: the detail of a returned application asks for it on every read
 * (application_events_application_idx serves it).
 */
export function prepareLatestReturn(db: Db) {
  const statement = latestReturnQuery(db, sql.placeholder('applicationId')).prepare('latest_return');
  return async function latestReturn(applicationId: string) {
    return (await statement.execute({ applicationId }))[0];
  };
}
export type LatestReturn = NonNullable<Awaited<ReturnType<typeof findLatestReturn>>>;
