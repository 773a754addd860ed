import type { PublicityStage } from '@zhicheng/contracts';
import {
  applications,
  type DbOrTx,
  publicityWindowApplications as links,
  publicityWindows as windows,
} from '@zhicheng/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

export type PublicityWindowRow = typeof windows.$inferSelect;

/** 公示 windows and the applications each one covers. */
export const publicityRepository = {
  /**
   * Locks the applications' rows `share` for the rest of the transaction and returns their statuses: a
   * transition's compare-and-set waits, so a window is only recorded for applications still in the
   * status it was checked against.
   */
  lockStatuses(db: DbOrTx, ids: readonly string[]) {
    return db
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(inArray(applications.id, [...ids]))
      .for('share');
  },

  async insert(
    db: DbOrTx,
    values: Omit<typeof windows.$inferInsert, 'id' | 'createdAt'> & { createdAt: Date },
    applicationIds: readonly string[],
  ): Promise<PublicityWindowRow> {
    const [row] = await db.insert(windows).values(values).returning();
    if (!row) throw new Error('publicity window not inserted');
    await db
      .insert(links)
      .values(applicationIds.map((applicationId) => ({ windowId: row.id, applicationId })));
    return row;
  },

  /** The windows covering an application, earliest first; `stage` keeps one kind. */
  async ofApplication(db: DbOrTx, applicationId: string, stage?: PublicityStage) {
    const rows = await db
      .select({ window: windows })
      .from(links)
      .innerJoin(windows, eq(windows.id, links.windowId))
      .where(and(eq(links.applicationId, applicationId), stage ? eq(windows.stage, stage) : undefined))
      .orderBy(asc(windows.startsOn), asc(windows.createdAt));
    return rows.map((r) => r.window);
  },
};
