import {
  applications,
  committees,
  type DbOrTx,
  departments,
  publicityWindowApplications as links,
  objections,
  qualifications,
  series,
  units,
  users,
  publicityWindows as windows,
} from '@zhicheng/db';
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';

export type ObjectionRow = typeof objections.$inferSelect;

/** The public 公示 page and the objections (异议) sent from it. */
export const publicPublicityRepository = {
  /**
   * Every application of the result-stage windows open on `today` (a China date), newest window
   * first, in one query. Selects the applicant's name only to mask it; never the account or ID number.
   */
  openResultRows(db: DbOrTx, today: string) {
    return db
      .select({
        windowId: windows.id,
        startsOn: windows.startsOn,
        endsOn: windows.endsOn,
        note: windows.note,
        applicationId: applications.id,
        applicantName: users.name,
        unit: units.name,
        series: series.name,
        qualification: qualifications.name,
        committee: committees.name,
        department: departments.name,
      })
      .from(windows)
      .innerJoin(links, eq(links.windowId, windows.id))
      .innerJoin(applications, eq(applications.id, links.applicationId))
      .innerJoin(users, eq(users.id, applications.applicantId))
      .innerJoin(units, eq(units.id, applications.unitId))
      .innerJoin(series, eq(series.id, applications.seriesId))
      .innerJoin(qualifications, eq(qualifications.id, applications.qualificationId))
      .innerJoin(committees, eq(committees.id, applications.committeeId))
      .innerJoin(departments, eq(departments.id, applications.departmentId))
      .where(and(eq(windows.stage, 'result'), lte(windows.startsOn, today), gte(windows.endsOn, today)))
      .orderBy(desc(windows.startsOn), desc(windows.createdAt), asc(windows.id), asc(users.name));
  },

  /** A result-stage window covering the application, or undefined (no such window, or not in it). */
  async findResultWindowOf(db: DbOrTx, windowId: string, applicationId: string) {
    const [row] = await db
      .select({ startsOn: windows.startsOn, endsOn: windows.endsOn })
      .from(windows)
      .innerJoin(links, and(eq(links.windowId, windows.id), eq(links.applicationId, applicationId)))
      .where(and(eq(windows.id, windowId), eq(windows.stage, 'result')));
    return row;
  },

  async insertObjection(
    db: DbOrTx,
    values: Omit<typeof objections.$inferInsert, 'id' | 'createdAt'> & { createdAt: Date },
  ): Promise<ObjectionRow> {
    const [row] = await db.insert(objections).values(values).returning();
    if (!row) throw new Error('objection not inserted');
    return row;
  },

  /** An application's objections, newest first. */
  objectionsOf(db: DbOrTx, applicationId: string) {
    return db
      .select({
        id: objections.id,
        name: objections.name,
        contact: objections.contact,
        content: objections.content,
        createdAt: objections.createdAt,
      })
      .from(objections)
      .where(eq(objections.applicationId, applicationId))
      .orderBy(desc(objections.createdAt), desc(objections.id));
  },
};
