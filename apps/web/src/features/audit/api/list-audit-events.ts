import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { auditEventsResponseSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { type AuditFilters, auditKeys } from './audit-keys';

export const auditPageSize = 50;

/** One page of `GET /admin/audit-events`: `{ items, nextCursor, total }`. */
export type AuditEventPage = z.infer<typeof auditEventsResponseSchema>;

/**
 * `GET /admin/audit-events`: one page, newest first, of the events matching `filters`; `cursor` is the
 * previous page's `nextCursor` (null: the first page).
 */
export function listAuditEvents(filters: AuditFilters, cursor: string | null): Promise<AuditEventPage> {
  const search = new URLSearchParams({ limit: String(auditPageSize) });
  if (filters.action) search.set('action', filters.action);
  if (filters.actorId) search.set('actorId', filters.actorId);
  if (cursor) search.set('cursor', cursor);
  return apiRequest(`/admin/audit-events?${search}`, { schema: auditEventsResponseSchema });
}

// A page query (not an infinite one): useInfiniteQuery in a second page would move TanStack's infinite
// query code into a chunk the login page loads, over its bundle budget.
export function auditEventsQueryOptions(filters: AuditFilters, cursor: string | null) {
  return queryOptions({
    queryKey: auditKeys.page(filters, cursor),
    queryFn: () => listAuditEvents(filters, cursor),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(filters: AuditFilters, cursor: string | null) {
  return useQuery(auditEventsQueryOptions(filters, cursor));
}
