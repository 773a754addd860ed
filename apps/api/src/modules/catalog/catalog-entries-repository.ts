import {
  committeeSpecialties,
  committees,
  type DbOrTx,
  departments,
  qualifications,
  series,
  specialties,
} from '@zhicheng/db';
import { and, eq, getTableName, inArray } from 'drizzle-orm';
import type { PgInsertValue, PgUpdateSetSource } from 'drizzle-orm/pg-core';

type EntryTable =
  | typeof series
  | typeof specialties
  | typeof qualifications
  | typeof departments
  | typeof committees;

/** The same four statements for every catalogue table (each has an `id` key and an `updatedAt`). */
function entryTable<T extends EntryTable>(table: T) {
  return {
    async findById(db: DbOrTx, id: string): Promise<T['$inferSelect'] | undefined> {
      const [row] = await db
        .select()
        .from(table as EntryTable)
        .where(eq(table.id, id));
      return row as T['$inferSelect'] | undefined;
    },

    async insert(db: DbOrTx, values: PgInsertValue<T>): Promise<{ id: string }> {
      const [row] = await db.insert(table).values(values).returning({ id: table.id });
      if (!row) throw new Error(`${getTableName(table)} row not inserted`);
      return row;
    },

    /** Undefined when there is no such row. */
    async update(db: DbOrTx, id: string, values: PgUpdateSetSource<T>, now: Date) {
      const [row] = await db
        .update(table)
        // Every entry table has `updatedAt`; TypeScript cannot see that through the generic.
        .set({ ...values, updatedAt: now } as PgUpdateSetSource<T>)
        .where(eq(table.id, id))
        .returning({ id: table.id });
      return row;
    },

    /** Undefined when there is no such row; a row still referred to fails with a foreign-key violation. */
    async delete(db: DbOrTx, id: string) {
      const [row] = await db.delete(table).where(eq(table.id, id)).returning({ id: table.id });
      return row;
    },
  };
}

/** Single catalogue entries (系列, 专业, 资格, 部门, 评委会) and a committee's specialty scope. */
export const catalogEntriesRepository = {
  series: entryTable(series),
  specialty: entryTable(specialties),
  qualification: entryTable(qualifications),
  department: entryTable(departments),
  committee: entryTable(committees),

  /** How many of `specialtyIds` belong to the series. */
  async countSpecialtiesOfSeries(db: DbOrTx, seriesId: string, specialtyIds: readonly string[]) {
    if (specialtyIds.length === 0) return 0;
    const found = await db
      .select({ id: specialties.id })
      .from(specialties)
      .where(and(inArray(specialties.id, [...specialtyIds]), eq(specialties.seriesId, seriesId)));
    return found.length;
  },

  async committeeSpecialtyIds(db: DbOrTx, committeeId: string): Promise<string[]> {
    const rows = await db
      .select({ id: committeeSpecialties.specialtyId })
      .from(committeeSpecialties)
      .where(eq(committeeSpecialties.committeeId, committeeId));
    return rows.map((r) => r.id);
  },

  async replaceCommitteeSpecialties(db: DbOrTx, committeeId: string, specialtyIds: readonly string[]) {
    await db.delete(committeeSpecialties).where(eq(committeeSpecialties.committeeId, committeeId));
    if (specialtyIds.length > 0) {
      await db
        .insert(committeeSpecialties)
        .values([...new Set(specialtyIds)].map((specialtyId) => ({ committeeId, specialtyId })));
    }
  },
};
