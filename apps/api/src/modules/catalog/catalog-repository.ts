import { type adminCatalogSchema, type Level, levels } from '@zhicheng/contracts';
import {
  appMeta,
  committeeSpecialties,
  committees,
  type DbOrTx,
  departments,
  qualifications,
  series,
  specialties,
} from '@zhicheng/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';

export type AdminCatalog = z.infer<typeof adminCatalogSchema>;

const VERSION_KEY = 'catalog.version';

/** Reading the catalogue and its version (the edits of single entries are in catalog-entries-repository). */
export const catalogRepository = {
  /** The catalogue's version: bumped in the same transaction as every edit, so caches and ETags follow it. */
  async version(db: DbOrTx): Promise<string> {
    const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, VERSION_KEY));
    return row?.value ?? '0';
  },

  async bumpVersion(db: DbOrTx, now: Date): Promise<void> {
    await db
      .insert(appMeta)
      .values({ key: VERSION_KEY, value: '1', updatedAt: now })
      .onConflictDoUpdate({
        target: appMeta.key,
        set: { value: sql`(${appMeta.value}::int + 1)::text`, updatedAt: now },
      });
  },

  /** Everything in the catalogue, inactive entries included (the bureau's view and the source of the public one). */
  async readFull(db: DbOrTx): Promise<AdminCatalog> {
    const [seriesRows, specialtyRows, qualificationRows, departmentRows, committeeRows, links] =
      await Promise.all([
        db.select().from(series).orderBy(asc(series.sortOrder), asc(series.code)),
        db.select().from(specialties).orderBy(asc(specialties.sortOrder), asc(specialties.code)),
        db.select().from(qualifications),
        db.select().from(departments).orderBy(asc(departments.name)),
        db.select().from(committees).orderBy(asc(committees.code)),
        db.select().from(committeeSpecialties),
      ]);
    const levelOrder = (l: string) => levels.indexOf(l as Level);
    const specialtyIdsByCommittee = new Map<string, string[]>();
    for (const link of links) {
      const list = specialtyIdsByCommittee.get(link.committeeId) ?? [];
      list.push(link.specialtyId);
      specialtyIdsByCommittee.set(link.committeeId, list);
    }
    return {
      series: seriesRows.map((s) => ({
        id: s.id,
        code: s.code,
        name: s.name,
        active: s.active,
        specialties: specialtyRows
          .filter((sp) => sp.seriesId === s.id)
          .map((sp) => ({ id: sp.id, code: sp.code, name: sp.name, group: sp.groupName, active: sp.active })),
        qualifications: qualificationRows
          .filter((q) => q.seriesId === s.id)
          .sort((a, b) => levelOrder(a.level) - levelOrder(b.level))
          .map((q) => ({ id: q.id, level: q.level as Level, name: q.name, active: q.active })),
      })),
      departments: departmentRows.map((d) => ({ id: d.id, name: d.name, active: d.active })),
      committees: committeeRows.map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        departmentId: c.departmentId,
        seriesId: c.seriesId,
        levels: c.levels as Level[],
        specialtyIds: specialtyIdsByCommittee.get(c.id) ?? [],
        pilot: c.pilot,
        expertCount: c.expertCount,
        active: c.active,
      })),
    };
  },

  /** Departments by name, inactive ones included (the bureau picks a reviewer's department from them). */
  listDepartments(db: DbOrTx) {
    return db
      .select({ id: departments.id, name: departments.name, active: departments.active })
      .from(departments)
      .orderBy(asc(departments.name));
  },

  /** Committees by code with their department's name, inactive ones included. */
  listCommittees(db: DbOrTx) {
    return db
      .select({
        id: committees.id,
        code: committees.code,
        name: committees.name,
        departmentId: committees.departmentId,
        departmentName: departments.name,
        pilot: committees.pilot,
        expertCount: committees.expertCount,
        active: committees.active,
      })
      .from(committees)
      .innerJoin(departments, eq(departments.id, committees.departmentId))
      .orderBy(asc(committees.code));
  },
};
