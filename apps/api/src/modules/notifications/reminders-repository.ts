import { finishedStatuses } from '@zhicheng/contracts';
import {
  applicationEvents,
  applications,
  type DbOrTx,
  publicityWindowApplications,
  publicityWindows,
  qualifications,
  reviewCycles,
} from '@zhicheng/db';
import { and, asc, desc, eq, gte, inArray, lt, notInArray, or } from 'drizzle-orm';

/** The instant a China-time day (`YYYY-MM-DD`, UTC+8) begins. */
export const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** What the daily reminder sweep looks up: deadlines falling on given China-time days. */
export const remindersRepository = {
  /** Draft and returned applications of the cycles closing on one of `days` (they are not submitted yet). */
  async unsubmittedInClosingCycles(db: DbOrTx, days: readonly string[]) {
    if (days.length === 0) return [];
    const closingOn = days.map((day) => {
      const start = chinaDayStart(day);
      const end = new Date(start.getTime() + 24 * 3600_000);
      return and(gte(reviewCycles.closesAt, start), lt(reviewCycles.closesAt, end));
    });
    return db
      .select({
        cycleId: reviewCycles.id,
        cycleName: reviewCycles.name,
        closesAt: reviewCycles.closesAt,
        applicationId: applications.id,
        applicantId: applications.applicantId,
        status: applications.status,
      })
      .from(reviewCycles)
      .innerJoin(applications, eq(applications.cycleId, reviewCycles.id))
      .where(and(or(...closingOn), inArray(applications.status, ['draft', 'returned'])));
  },

  /** Returned applications with their latest return (the one notice in force), newest return first. */
  async latestReturnsOfReturned(db: DbOrTx) {
    return db
      .selectDistinctOn([applicationEvents.applicationId], {
        returnId: applicationEvents.id,
        applicationId: applications.id,
        applicantId: applications.applicantId,
        qualification: qualifications.name,
        correction: applicationEvents.correction,
      })
      .from(applicationEvents)
      .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
      .innerJoin(qualifications, eq(qualifications.id, applications.qualificationId))
      .where(and(eq(applications.status, 'returned'), eq(applicationEvents.action, 'return')))
      .orderBy(
        asc(applicationEvents.applicationId),
        desc(applicationEvents.createdAt),
        desc(applicationEvents.id),
      );
  },

  /** The applications still under way in publicity windows ending on one of `days`. */
  async inWindowsEnding(db: DbOrTx, days: readonly string[]) {
    if (days.length === 0) return [];
    return db
      .select({
        windowId: publicityWindows.id,
        stage: publicityWindows.stage,
        endsOn: publicityWindows.endsOn,
        applicationId: applications.id,
        applicantId: applications.applicantId,
        qualification: qualifications.name,
      })
      .from(publicityWindows)
      .innerJoin(publicityWindowApplications, eq(publicityWindowApplications.windowId, publicityWindows.id))
      .innerJoin(applications, eq(applications.id, publicityWindowApplications.applicationId))
      .innerJoin(qualifications, eq(qualifications.id, applications.qualificationId))
      .where(
        and(
          inArray(publicityWindows.endsOn, [...days]),
          notInArray(applications.status, [...finishedStatuses]),
        ),
      );
  },
};
