import { type DbOrTx, reviewCycles } from '@zhicheng/db';
import { and, desc, eq, gt, lt, lte, ne } from 'drizzle-orm';

export type CycleRow = typeof reviewCycles.$inferSelect;

/** 申报批次 rows. The SQL form of the "cycle is open" rule lives here (`findOpenAt`), once. */
export const cyclesRepository = {
  /** Every cycle, the latest opening first. */
  list(db: DbOrTx): Promise<CycleRow[]> {
    return db.select().from(reviewCycles).orderBy(desc(reviewCycles.opensAt));
  },

  async findById(db: DbOrTx, id: string): Promise<CycleRow | undefined> {
    const [row] = await db.select().from(reviewCycles).where(eq(reviewCycles.id, id));
    return row;
  },

  /**
   * The cycle open at `now` (open from `opensAt` inclusive until `closesAt` exclusive, as
   * `isCycleOpen` in contracts); cycles never overlap, so there is at most one.
   */
  async findOpenAt(db: DbOrTx, now: Date): Promise<CycleRow | undefined> {
    const [row] = await db
      .select()
      .from(reviewCycles)
      .where(and(lte(reviewCycles.opensAt, now), gt(reviewCycles.closesAt, now)))
      .limit(1);
    return row;
  },

  /** A cycle whose window overlaps [opensAt, closesAt), other than `exceptId`. */
  async findOverlapping(
    db: DbOrTx,
    opensAt: Date,
    closesAt: Date,
    exceptId?: string,
  ): Promise<CycleRow | undefined> {
    const [row] = await db
      .select()
      .from(reviewCycles)
      .where(
        and(
          lt(reviewCycles.opensAt, closesAt),
          gt(reviewCycles.closesAt, opensAt),
          exceptId ? ne(reviewCycles.id, exceptId) : undefined,
        ),
      )
      .limit(1);
    return row;
  },

  async insert(
    db: DbOrTx,
    values: { name: string; year: number; opensAt: Date; closesAt: Date; unitPublicityRequired: boolean },
  ): Promise<CycleRow> {
    const [row] = await db.insert(reviewCycles).values(values).returning();
    if (!row) throw new Error('cycle not inserted');
    return row;
  },

  async update(
    db: DbOrTx,
    id: string,
    values: { name: string; opensAt: Date; closesAt: Date; unitPublicityRequired: boolean },
    now: Date,
  ): Promise<CycleRow | undefined> {
    const [row] = await db
      .update(reviewCycles)
      .set({ ...values, updatedAt: now })
      .where(eq(reviewCycles.id, id))
      .returning();
    return row;
  },
};
