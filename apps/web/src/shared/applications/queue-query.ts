import type { ApplicationFilters } from '@zhicheng/contracts';
import { applicationKeys } from './application-keys';

/** Query keys of the reviewers' queues and counts: under the application lists, so every decision refreshes them. */
export const queueKeys = {
  all: () => [...applicationKeys.lists(), 'queue'] as const,
  counts: (filters: ApplicationFilters) => [...queueKeys.all(), 'counts', filters] as const,
  page: (filters: ApplicationFilters, sort: string, cursor: string | null, limit: number) =>
    [...queueKeys.all(), 'page', filters, sort, cursor, limit] as const,
};

/** The filters as a query string (`status` repeated when several), without the leading `?`. */
export function filtersToSearch(filters: ApplicationFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.set(key, String(value));
  }
  return search;
}
