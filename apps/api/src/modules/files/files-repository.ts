import { applicationFiles, applicationSnapshots, applications, type DbOrTx, storedFiles } from '@zhicheng/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../lib/actor.js';
import { scopeWhere } from '../applications/applications-repository.js';

const fileColumns = {
  storageKey: storedFiles.storageKey,
  thumbnailKey: storedFiles.thumbnailKey,
  originalName: storedFiles.originalName,
  contentType: storedFiles.contentType,
  size: storedFiles.size,
  sha256: storedFiles.sha256,
};

export const filesRepository = {
  /**
   * A stored file the scope may read: it must belong to at least one application the scope sees (the
   * same rule as reading the application), or be in a submission snapshot of one — reviewers read what
   * was submitted, even after the applicant removed the file while correcting a returned application.
   * Anything else is "not found".
   */
  async findAccessible(db: DbOrTx, scope: Scope, fileId: string) {
    const [held] = await db
      .select(fileColumns)
      .from(storedFiles)
      .innerJoin(applicationFiles, eq(applicationFiles.fileId, storedFiles.id))
      .innerJoin(applications, eq(applications.id, applicationFiles.applicationId))
      .where(and(eq(storedFiles.id, fileId), scopeWhere(scope)))
      .limit(1);
    if (held) return held;
    // Only the uploader's applications can have submitted it (applicant_id is indexed).
    const [frozen] = await db
      .select(fileColumns)
      .from(storedFiles)
      .innerJoin(applications, eq(applications.applicantId, storedFiles.uploadedBy))
      .innerJoin(applicationSnapshots, eq(applicationSnapshots.applicationId, applications.id))
      .where(
        and(
          eq(storedFiles.id, fileId),
          scopeWhere(scope),
          sql`${applicationSnapshots.content}->'files' @> ${JSON.stringify([{ fileId }])}::jsonb`,
        ),
      )
      .limit(1);
    return frozen;
  },
};
