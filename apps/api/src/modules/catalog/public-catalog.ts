import { type Catalog, innovativeConditions, levels } from '@zhicheng/contracts';
import type { AdminCatalog } from './catalog-repository.js';

/**
 * What applicants choose from: active entries only (a committee only while its department and series
 * are active too), with the innovative-talent conditions.
 */
export function toPublicCatalog(full: AdminCatalog): Catalog {
  const activeDepartments = new Set(full.departments.filter((d) => d.active).map((d) => d.id));
  const activeSeries = full.series.filter((s) => s.active);
  const activeSeriesIds = new Set(activeSeries.map((s) => s.id));
  return {
    levels: [...levels],
    series: activeSeries.map((s) => ({
      id: s.id,
      code: s.code,
      name: s.name,
      specialties: s.specialties
        .filter((sp) => sp.active)
        .map(({ id, name, group }) => ({ id, name, group })),
      qualifications: s.qualifications
        .filter((q) => q.active)
        .map(({ id, level, name }) => ({ id, level, name })),
    })),
    departments: full.departments.filter((d) => d.active).map(({ id, name }) => ({ id, name })),
    committees: full.committees
      .filter((c) => c.active && activeDepartments.has(c.departmentId) && activeSeriesIds.has(c.seriesId))
      .map(({ active: _active, ...c }) => c),
    innovativeConditions: innovativeConditions.map((c) => ({ ...c })),
  };
}
