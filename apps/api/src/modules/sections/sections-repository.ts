import {
  applicationSections,
  applications,
  type DbOrTx,
  qualifications,
  specialties,
  units,
  users,
} from '@zhicheng/db';
import { and, eq, sql } from 'drizzle-orm';

export type SectionRow = typeof applicationSections.$inferSelect;

export const sectionsRepository = {
  /** The saved version of a section, 0 when never saved. */
  async version(db: DbOrTx, applicationId: string, key: string): Promise<number> {
    const [row] = await db
      .select({ version: applicationSections.version })
      .from(applicationSections)
      .where(and(eq(applicationSections.applicationId, applicationId), eq(applicationSections.key, key)));
    return row?.version ?? 0;
  },

  /** What the system fills into basic info: the applicant's account and unit, the chosen qualification. */
  async derivedSource(db: DbOrTx, applicationId: string) {
    const [row] = await db
      .select({
        applicantName: users.name,
        applicantIdNumber: users.idNumber,
        unitName: units.name,
        specialtyName: specialties.name,
        qualificationName: qualifications.name,
      })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.applicantId))
      .innerJoin(units, eq(units.id, applications.unitId))
      .innerJoin(specialties, eq(specialties.id, applications.specialtyId))
      .innerJoin(qualifications, eq(qualifications.id, applications.qualificationId))
      .where(eq(applications.id, applicationId));
    return row;
  },

  async listForApplication(db: DbOrTx, applicationId: string): Promise<SectionRow[]> {
    return db.select().from(applicationSections).where(eq(applicationSections.applicationId, applicationId));
  },

  async find(db: DbOrTx, applicationId: string, key: string): Promise<SectionRow | undefined> {
    const [row] = await db
      .select()
      .from(applicationSections)
      .where(and(eq(applicationSections.applicationId, applicationId), eq(applicationSections.key, key)));
    return row;
  },

  /**
   * Saves with compare-and-set on the version: version 0 means "not saved yet" (insert); otherwise the
   * row must still be at `expected`. Returns undefined when someone else saved first.
   */
  async save(
    db: DbOrTx,
    values: { applicationId: string; key: string; data: unknown; status: string; now: Date },
    expected: number,
  ): Promise<SectionRow | undefined> {
    if (expected === 0) {
      const [row] = await db
        .insert(applicationSections)
        .values({ ...values, data: values.data as object, version: 1, updatedAt: values.now })
        .onConflictDoNothing()
        .returning();
      return row;
    }
    const [row] = await db
      .update(applicationSections)
      .set({
        data: values.data as object,
        status: values.status,
        updatedAt: values.now,
        version: sql`${applicationSections.version} + 1`,
        // Saving is the applicant's review of what 重新申报 copied.
        needsReview: false,
      })
      .where(
        and(
          eq(applicationSections.applicationId, values.applicationId),
          eq(applicationSections.key, values.key),
          eq(applicationSections.version, expected),
        ),
      )
      .returning();
    return row;
  },
};
