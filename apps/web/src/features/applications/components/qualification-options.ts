import { type Catalog, type CatalogCommittee, committeeCandidates, type Level } from '@zhicheng/contracts';

type Series = Catalog['series'][number];

export interface ChoiceSoFar {
  seriesId?: string | undefined;
  specialtyId?: string | undefined;
  level?: Level | undefined;
}

export function findSeries(catalog: Catalog, seriesId: string | undefined): Series | undefined {
  return seriesId ? catalog.series.find((s) => s.id === seriesId) : undefined;
}

/** The series' specialties, grouped by `group` (ungrouped ones last, under `ungroupedLabel`). */
export interface SpecialtyOption {
  label: string;
  value?: string;
  options?: { value: string; label: string }[];
}

export function specialtyGroups(series: Series | undefined, ungroupedLabel: string): SpecialtyOption[] {
  if (!series) return [];
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const specialty of series.specialties) {
    const label = specialty.group ?? ungroupedLabel;
    const key = specialty.group ?? '\u0000ungrouped';
    const group = groups.get(key) ?? { label, options: [] };
    group.options.push({ value: specialty.id, label: specialty.name });
    groups.set(key, group);
  }
  const ungrouped = groups.get('\u0000ungrouped');
  groups.delete('\u0000ungrouped');
  const list = [...groups.values()];
  if (ungrouped) list.push(ungrouped);
  // One flat list when nothing is grouped: an OptGroup of everything says nothing.
  return list.length === 1 && !series.specialties.some((s) => s.group) ? (list[0]?.options ?? []) : list;
}

/** The catalogue's levels (in order) for which the series has at least one qualification. */
export function levelsOf(catalog: Catalog, series: Series | undefined): Level[] {
  if (!series) return [];
  return catalog.levels.filter((level) => series.qualifications.some((q) => q.level === level));
}

export function qualificationsOf(series: Series | undefined, level: Level | undefined) {
  if (!series || !level) return [];
  return series.qualifications.filter((q) => q.level === level);
}

/** The committees that may review the choice; empty until series, specialty and level are chosen. */
export function candidatesFor(catalog: Catalog, choice: ChoiceSoFar): CatalogCommittee[] {
  const { seriesId, specialtyId, level } = choice;
  if (!seriesId || !specialtyId || !level) return [];
  return committeeCandidates(catalog, { seriesId, specialtyId, level });
}

export function departmentName(
  catalog: Catalog,
  committee: CatalogCommittee | undefined,
): string | undefined {
  if (!committee) return undefined;
  return catalog.departments.find((d) => d.id === committee.departmentId)?.name;
}
