import { applicationFiles, applicationSnapshots, type DbOrTx, storedFiles } from '@zhicheng/db';
import { and, asc, count, eq, inArray, ne, or, sql, sum } from 'drizzle-orm';

export type StoredFileRow = typeof storedFiles.$inferSelect;
export type NewStoredFile = typeof storedFiles.$inferInsert;

export const PHOTO_CATEGORY = 'photo';

/**
 * How many files each material category of an application holds (the photo excluded). Exported for
 * the lifecycle module's completeness check.
 */
export async function listMaterialCounts(db: DbOrTx, applicationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ category: applicationFiles.category, n: count() })
    .from(applicationFiles)
    .where(
      and(eq(applicationFiles.applicationId, applicationId), ne(applicationFiles.category, PHOTO_CATEGORY)),
    )
    .groupBy(applicationFiles.category);
  return new Map(rows.map((r) => [r.category, r.n]));
}

export const materialsRepository = {
  /** Every file of an application (materials and photo), in category order. */
  async listFiles(db: DbOrTx, applicationId: string) {
    return db
      .select({ file: storedFiles, category: applicationFiles.category, position: applicationFiles.position })
      .from(applicationFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, applicationFiles.fileId))
      .where(eq(applicationFiles.applicationId, applicationId))
      .orderBy(asc(applicationFiles.category), asc(applicationFiles.position), asc(applicationFiles.addedAt));
  },

  /** Stored files by id (those of a submission snapshot), keyed by id. */
  async filesByIds(db: DbOrTx, ids: string[]): Promise<Map<string, StoredFileRow>> {
    if (ids.length === 0) return new Map();
    const rows = await db.select().from(storedFiles).where(inArray(storedFiles.id, ids));
    return new Map(rows.map((r) => [r.id, r]));
  },

  /** Files in one category and the application's total bytes (materials only), for the limits. */
  async usage(db: DbOrTx, applicationId: string, category: string) {
    const [inCategory] = await db
      .select({ n: count(), maxPosition: sql<number | null>`max(${applicationFiles.position})` })
      .from(applicationFiles)
      .where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.category, category)));
    const [total] = await db
      .select({ bytes: sum(storedFiles.size) })
      .from(applicationFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, applicationFiles.fileId))
      .where(
        and(eq(applicationFiles.applicationId, applicationId), ne(applicationFiles.category, PHOTO_CATEGORY)),
      );
    return {
      files: inCategory?.n ?? 0,
      nextPosition: Number(inCategory?.maxPosition ?? -1) + 1,
      totalBytes: Number(total?.bytes ?? 0),
    };
  },

  async insertFiles(
    db: DbOrTx,
    applicationId: string,
    category: string,
    firstPosition: number,
    files: NewStoredFile[],
  ): Promise<{ row: StoredFileRow; position: number }[]> {
    if (files.length === 0) return [];
    const rows = await db.insert(storedFiles).values(files).returning();
    // `returning` keeps the order of the values, so positions follow the order of the request.
    await db
      .insert(applicationFiles)
      .values(
        rows.map((row, i) => ({ applicationId, fileId: row.id, category, position: firstPosition + i })),
      );
    return rows.map((row, i) => ({ row, position: firstPosition + i }));
  },

  async categoryFileIds(db: DbOrTx, applicationId: string, category: string): Promise<string[]> {
    const rows = await db
      .select({ id: applicationFiles.fileId })
      .from(applicationFiles)
      .where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.category, category)))
      .orderBy(asc(applicationFiles.position));
    return rows.map((r) => r.id);
  },

  async setPositions(db: DbOrTx, applicationId: string, fileIds: string[]) {
    for (const [position, fileId] of fileIds.entries()) {
      await db
        .update(applicationFiles)
        .set({ position })
        .where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.fileId, fileId)));
    }
  },

  /**
   * Unlinks files from an application (one category); the stored rows that no application references any
   * more are deleted too and returned, so the caller removes their objects after the commit.
   */
  async unlink(db: DbOrTx, applicationId: string, category: string, fileIds?: string[]) {
    const removed = await db
      .delete(applicationFiles)
      .where(
        and(
          eq(applicationFiles.applicationId, applicationId),
          eq(applicationFiles.category, category),
          fileIds ? inArray(applicationFiles.fileId, fileIds) : undefined,
        ),
      )
      .returning({ fileId: applicationFiles.fileId });
    const ids = removed.map((r) => r.fileId);
    if (ids.length === 0) return { unlinked: 0, orphaned: [] as StoredFileRow[] };
    const stillUsed = await db
      .selectDistinct({ fileId: applicationFiles.fileId })
      .from(applicationFiles)
      .where(inArray(applicationFiles.fileId, ids));
    // A file this application submitted stays: reviewers read (and download) the frozen snapshot.
    const frozen = await db
      .select({ fileId: sql<string>`f.value->>'fileId'` })
      .from(
        sql`${applicationSnapshots}, jsonb_array_elements(${applicationSnapshots.content}->'files') as f(value)`,
      )
      .where(
        and(eq(applicationSnapshots.applicationId, applicationId), inArray(sql`f.value->>'fileId'`, ids)),
      );
    const used = new Set([...stillUsed, ...frozen].map((r) => r.fileId));
    const orphanIds = ids.filter((id) => !used.has(id));
    const orphaned =
      orphanIds.length === 0
        ? []
        : await db.delete(storedFiles).where(inArray(storedFiles.id, orphanIds)).returning();
    return { unlinked: ids.length, orphaned };
  },

  /** Records what the background processing found; false when the file was deleted meanwhile. */
  async setDerived(db: DbOrTx, fileId: string, values: { pages?: number | null; thumbnailKey?: string }) {
    const rows = await db
      .update(storedFiles)
      .set(values)
      .where(eq(storedFiles.id, fileId))
      .returning({ id: storedFiles.id });
    return rows.length > 0;
  },

  /** Which of these keys a stored file still uses (as its object or its thumbnail). */
  async referencedKeys(db: DbOrTx, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await db
      .select({ key: storedFiles.storageKey, thumb: storedFiles.thumbnailKey })
      .from(storedFiles)
      .where(or(inArray(storedFiles.storageKey, keys), inArray(storedFiles.thumbnailKey, keys)));
    return new Set(rows.flatMap((r) => [r.key, r.thumb ?? '']));
  },
};
