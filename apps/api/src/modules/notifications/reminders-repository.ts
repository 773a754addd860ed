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
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, notInArray } from 'drizzle-orm';

/** The instant a China-time day (`YYYY-MM-DD`, UTC+8) begins. */
export const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** What the daily reminder sweep looks up: deadlines falling within a few days. */
export const remindersRepository = {
  /** Draft and returned applications (not submitted yet) of the cycles closing after `after`, before `before`. */
  async unsubmittedInClosingCycles(db: DbOrTx, after: Date, before: Date) {
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
      .where(
        and(
          gt(reviewCycles.closesAt, after),
          lt(reviewCycles.closesAt, before),
          inArray(applications.status, ['draft', 'returned']),
        ),
      );
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

  /** The applications still under way in publicity windows ending from day `first` to day `last`. */
  async inWindowsEnding(db: DbOrTx, first: string, last: string) {
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
          gte(publicityWindows.endsOn, first),
          lte(publicityWindows.endsOn, last),
          notInArray(applications.status, [...finishedStatuses]),
        ),
      );
  },
};
