import { applicationFiles, applications, type DbOrTx, storedFiles } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../../lib/actor.js';
import { scopeWhere } from '../applications/applications-repository.js';

export const filesRepository = {
  /**
   * A stored file the scope may read: it must belong to at least one application the scope sees (the
   * same rule as reading the application). Anything else is "not found".
   */
  async findAccessible(db: DbOrTx, scope: Scope, fileId: string) {
    const [row] = await db
      .select({
        storageKey: storedFiles.storageKey,
        thumbnailKey: storedFiles.thumbnailKey,
        originalName: storedFiles.originalName,
        contentType: storedFiles.contentType,
        size: storedFiles.size,
        sha256: storedFiles.sha256,
      })
      .from(storedFiles)
      .innerJoin(applicationFiles, eq(applicationFiles.fileId, storedFiles.id))
      .innerJoin(applications, eq(applications.id, applicationFiles.applicationId))
      .where(and(eq(storedFiles.id, fileId), scopeWhere(scope)))
      .limit(1);
    return row;
  },
};
