import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../client.js';
import {
  committeeSpecialties,
  committees,
  departments,
  qualifications,
  series,
  specialties,
} from '../../schema/index.js';

/** One way to apply: a committee, one of its levels, the qualifications and specialties it takes there. */
export interface Choice {
  committeeId: string;
  committeeCode: string;
  departmentId: string;
  seriesId: string;
  level: string;
  qualifications: readonly { id: string; name: string }[];
  specialties: readonly { id: string; name: string }[];
}

export interface CatalogChoices {
  choices: Choice[];
  departments: { id: string; name: string }[];
  committees: { id: string; code: string; departmentId: string }[];
}

/**
 * Every (committee, level) of the seeded catalogue with what an applicant may pick there, in code order
 * (so a seed gives the same picks on every database). A committee listing no specialties takes all of its
 * series (the rule of `committeeCandidates` in contracts, which the test checks every choice against).
 */
export async function loadCatalogChoices(db: Db): Promise<CatalogChoices> {
  const departmentRows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.active, true))
    .orderBy(asc(departments.name));
  const committeeRows = await db
    .select()
    .from(committees)
    .where(eq(committees.active, true))
    .orderBy(asc(committees.code));
  const specialtyRows = await db
    .select({ id: specialties.id, name: specialties.name, seriesId: specialties.seriesId })
    .from(specialties)
    .where(eq(specialties.active, true))
    .orderBy(asc(specialties.code));
  const qualificationRows = await db
    .select({
      id: qualifications.id,
      name: qualifications.name,
      seriesId: qualifications.seriesId,
      level: qualifications.level,
    })
    .from(qualifications)
    .where(eq(qualifications.active, true))
    .orderBy(asc(qualifications.name));
  const activeSeries = new Set(
    (await db.select({ id: series.id }).from(series).where(eq(series.active, true))).map((s) => s.id),
  );
  const links = await db.select().from(committeeSpecialties);

  const choices: Choice[] = [];
  for (const c of committeeRows) {
    if (!activeSeries.has(c.seriesId)) continue;
    const listed = new Set(links.filter((l) => l.committeeId === c.id).map((l) => l.specialtyId));
    const taken = specialtyRows.filter(
      (s) => s.seriesId === c.seriesId && (listed.size === 0 || listed.has(s.id)),
    );
    for (const level of c.levels) {
      const quals = qualificationRows.filter((q) => q.seriesId === c.seriesId && q.level === level);
      if (quals.length === 0 || taken.length === 0) continue;
      choices.push({
        committeeId: c.id,
        committeeCode: c.code,
        departmentId: c.departmentId,
        seriesId: c.seriesId,
        level,
        qualifications: quals.map((q) => ({ id: q.id, name: q.name })),
        specialties: taken.map((s) => ({ id: s.id, name: s.name })),
      });
    }
  }
  return {
    choices,
    departments: departmentRows,
    committees: committeeRows.map((c) => ({ id: c.id, code: c.code, departmentId: c.departmentId })),
  };
}
