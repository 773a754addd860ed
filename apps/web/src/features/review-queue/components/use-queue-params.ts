import {
  type ApplicationFilters,
  type ApplicationStatus,
  applicationFiltersSchema,
  type QueueSort,
  queueSortSchema,
} from '@zhicheng/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The filters kept in the URL (the status tab apart), by their query parameter. */
export const filterParams = [
  'cycleId',
  'seriesId',
  'committeeId',
  'track',
  'applyType',
  'q',
  'submittedFrom',
  'submittedTo',
] as const satisfies readonly (keyof ApplicationFilters)[];
export type FilterParam = (typeof filterParams)[number];

const shape = applicationFiltersSchema.shape;

function parseFilter<K extends FilterParam>(key: K, raw: string | null): ApplicationFilters[K] | undefined {
  if (raw === null || raw === '') return undefined;
  const parsed = shape[key].safeParse(raw);
  return parsed.success ? (parsed.data as ApplicationFilters[K]) : undefined;
}

/**
 * The queue's view, kept in the URL so that a reload or a shared link shows the same: the status tab
 * (`?status=`, none for 全部), the filters and the sort. The cursor stays in the page (see the page).
 */
export function useQueueParams() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the whole input
  const view = useMemo(() => {
    const statusParsed = shape.status.safeParse(params.get('status') ?? undefined);
    const status =
      statusParsed.success && typeof statusParsed.data === 'string'
        ? (statusParsed.data as ApplicationStatus)
        : undefined;
    const filters: ApplicationFilters = {};
    for (const name of filterParams) {
      const value = parseFilter(name, params.get(name));
      if (value !== undefined) Object.assign(filters, { [name]: value });
    }
    const sortParsed = queueSortSchema.safeParse(params.get('sort'));
    const sort: QueueSort = sortParsed.success ? sortParsed.data : '-submittedAt';
    return { status, filters, sort };
  }, [key]);

  const update = (changes: Record<string, string | null | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(name);
        else next.set(name, value);
      }
      return next;
    });

  return {
    ...view,
    /** The status tab and the filters, as the list and the export send them. */
    listFilters: (view.status
      ? { ...view.filters, status: view.status }
      : view.filters) as ApplicationFilters,
    hasFilters: Object.keys(view.filters).length > 0,
    /** A key that changes whenever the list's query does (resets the cursor stack). */
    viewKey: key,
    setStatus: (status: ApplicationStatus | undefined) => update({ status }),
    setFilters: (changes: Partial<Record<FilterParam, string | null | undefined>>) => update(changes),
    setSort: (sort: QueueSort) => update({ sort: sort === '-submittedAt' ? null : sort }),
    clearFilters: () => update(Object.fromEntries(filterParams.map((name) => [name, null]))),
  };
}
