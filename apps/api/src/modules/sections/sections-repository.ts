import { editableStatuses, type SectionStatus } from '@zhicheng/contracts';
import {
  applicationSections,
  applications,
  type Db,
  type DbOrTx,
  qualifications,
  specialties,
  units,
  users,
} from '@zhicheng/db';
import { and, eq, sql } from 'drizzle-orm';

export type SectionRow = typeof applicationSections.$inferSelect;
type SectionValues = { applicationId: string; key: string; data: unknown; status: SectionStatus; now: Date };

/**
 * The queries of a section save, prepared once per database: saves come every few seconds from every
 * open form (autosave), so building the SQL each time would cost more than running it.
 */
export function prepareSectionQueries(db: Db) {
  const ownApplication = db
    .select({ status: applications.status })
    .from(applications)
    .where(
      and(
        eq(applications.id, sql.placeholder('applicationId')),
        eq(applications.applicantId, sql.placeholder('applicantId')),
      ),
    )
    .prepare('section_own_application');
  const sectionVersion = db
    .select({ version: applicationSections.version })
    .from(applicationSections)
    .where(
      and(
        eq(applicationSections.applicationId, sql.placeholder('applicationId')),
        eq(applicationSections.key, sql.placeholder('key')),
      ),
    )
    .prepare('section_version');
  return {
    /** The status of an application the applicant owns; undefined for anyone else's. */
    async ownApplicationStatus(applicationId: string, applicantId: string) {
      return (await ownApplication.execute({ applicationId, applicantId }))[0]?.status;
    },
    /** The saved version of a section, 0 when never saved. */
    async version(applicationId: string, key: string) {
      return (await sectionVersion.execute({ applicationId, key }))[0]?.version ?? 0;
    },
  };
}

export const sectionsRepository = {
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

  /** The first save (version 1); undefined when another first save won. */
  async insertFirst(db: DbOrTx, values: SectionValues): Promise<SectionRow | undefined> {
    const [row] = await db
      .insert(applicationSections)
      .values({ ...values, data: values.data as object, version: 1, updatedAt: values.now })
      .onConflictDoNothing()
      .returning();
    return row;
  },

  /**
   * One statement: compare-and-set on the version, and only while the application is editable, checked
   * under a share lock on its row. A submission holds that row exclusively while it freezes its snapshot,
   * so this either lands before the snapshot or, after it, finds the new status and changes nothing.
   * Undefined when the version is stale or the application is no longer editable.
   */
  async updateIfEditable(
    db: DbOrTx,
    values: SectionValues,
    expected: number,
    applicantId: string,
  ): Promise<SectionRow | undefined> {
    const editable = sql.join(
      editableStatuses.map((s) => sql`${s}`),
      sql`, `,
    );
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
          sql`exists (select 1 from ${applications} where ${applications.id} = ${values.applicationId}
            and ${applications.applicantId} = ${applicantId} and ${applications.status} in (${editable})
            for share)`,
        ),
      )
      .returning();
    return row;
  },
};
