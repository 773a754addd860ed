import { readFileSync } from 'node:fs';
import type { DbOrTx } from '../client.js';
import {
  committeeSpecialties,
  committees,
  departments,
  qualifications,
  series,
  specialties,
} from '../schema/index.js';

interface CatalogFile {
  series: {
    code: string;
    name: string;
    specialties: { code: string; name: string; group?: string }[];
    qualifications: { level: string; name: string }[];
  }[];
  committees: {
    code: string;
    name: string;
    department: string;
    series: string;
    levels: string[];
    specialties: string[];
    pilotOnlineReview: boolean;
  }[];
}

/** The sample catalogue (the specification's sample, see docs/spec/README.md) shipped with the package. */
export function loadCatalogFile(): CatalogFile {
  return JSON.parse(
    readFileSync(new URL('../../src/seed/catalog.json', import.meta.url), 'utf8'),
  ) as CatalogFile;
}

/** Inserts series, specialties, qualifications, departments and committees. Run once on an empty catalogue. */
export async function seedCatalog(tx: DbOrTx, file: CatalogFile = loadCatalogFile()): Promise<void> {
  const seriesIdByCode = new Map<string, string>();
  const specialtyIdsBySeries = new Map<string, Map<string, string>>();

  for (const [index, s] of file.series.entries()) {
    const [row] = await tx
      .insert(series)
      .values({ code: s.code, name: s.name, sortOrder: index })
      .returning();
    if (!row) throw new Error(`series ${s.code} not inserted`);
    seriesIdByCode.set(s.code, row.id);
    const byName = new Map<string, string>();
    if (s.specialties.length > 0) {
      const rows = await tx
        .insert(specialties)
        .values(
          s.specialties.map((sp, i) => ({
            seriesId: row.id,
            code: sp.code,
            name: sp.name,
            groupName: sp.group ?? null,
            sortOrder: i,
          })),
        )
        .returning();
      for (const r of rows) byName.set(r.name, r.id);
    }
    specialtyIdsBySeries.set(s.code, byName);
    if (s.qualifications.length > 0) {
      await tx
        .insert(qualifications)
        .values(s.qualifications.map((q) => ({ seriesId: row.id, level: q.level, name: q.name })));
    }
  }

  const departmentNames = [...new Set(file.committees.map((c) => c.department))];
  const departmentRows = await tx
    .insert(departments)
    .values(departmentNames.map((name) => ({ name })))
    .returning();
  const departmentIdByName = new Map(departmentRows.map((d) => [d.name, d.id]));

  for (const c of file.committees) {
    const seriesId = seriesIdByCode.get(c.series);
    const departmentId = departmentIdByName.get(c.department);
    if (!seriesId || !departmentId) throw new Error(`committee ${c.code}: unknown series or department`);
    const [row] = await tx
      .insert(committees)
      .values({
        code: c.code,
        name: c.name,
        departmentId,
        seriesId,
        levels: c.levels,
        pilot: c.pilotOnlineReview,
      })
      .returning();
    if (!row) throw new Error(`committee ${c.code} not inserted`);
    const byName = specialtyIdsBySeries.get(c.series) ?? new Map<string, string>();
    const specialtyIds = c.specialties.map((name) => {
      const id = byName.get(name);
      if (!id) throw new Error(`committee ${c.code}: specialty ${name} not in series ${c.series}`);
      return id;
    });
    if (specialtyIds.length > 0) {
      await tx
        .insert(committeeSpecialties)
        .values(specialtyIds.map((specialtyId) => ({ committeeId: row.id, specialtyId })));
    }
  }
}
