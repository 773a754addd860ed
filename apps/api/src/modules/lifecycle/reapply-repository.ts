import type { SectionStatus } from '@zhicheng/contracts';
import { applicationFiles, applicationSections, type DbOrTx } from '@zhicheng/db';
import { eq } from 'drizzle-orm';

/** Copies of 重新申报: the sections as data, the files by reference (the same stored objects). */
export const reapplyRepository = {
  /** Every saved section into the new application at version 1; `flagged` keys get needs_review. */
  async copySections(
    db: DbOrTx,
    sections: { key: string; data: unknown; status: SectionStatus }[],
    toId: string,
    flagged: ReadonlySet<string>,
    now: Date,
  ) {
    if (sections.length === 0) return;
    await db.insert(applicationSections).values(
      sections.map((s) => ({
        applicationId: toId,
        key: s.key,
        data: s.data as object,
        status: s.status,
        version: 1,
        needsReview: flagged.has(s.key),
        updatedAt: now,
      })),
    );
  },

  /** New `application_files` rows pointing at the same `stored_files`: no object is copied. */
  async copyFiles(db: DbOrTx, fromId: string, toId: string) {
    const rows = await db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, fromId));
    if (rows.length === 0) return 0;
    await db.insert(applicationFiles).values(
      rows.map((r) => ({
        applicationId: toId,
        fileId: r.fileId,
        category: r.category,
        position: r.position,
        addedAt: r.addedAt,
      })),
    );
    return rows.length;
  },
};
