import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from '../api/audit-keys';

/** The URL parameters the page keeps its filters in: the API's own query parameter names. */
const filterParams = ['action', 'actorId'] as const satisfies readonly (keyof AuditFilters)[];
/** The API's limit on either filter (`auditEventsQuerySchema`); a longer value in the URL is ignored. */
const maxLength = 100;

/** The 审计日志 filters, kept in the URL so a view can be shared and reloaded. */
export function useAuditParams() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the whole input
  const filters = useMemo(() => {
    const found: AuditFilters = {};
    for (const name of filterParams) {
      const value = params.get(name)?.trim();
      if (value && value.length <= maxLength) found[name] = value;
    }
    return found;
  }, [key]);

  const setFilters = (changes: Partial<Record<keyof AuditFilters, string | null | undefined>>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        const trimmed = value?.trim();
        if (trimmed) next.set(name, trimmed);
        else next.delete(name);
      }
      return next;
    });

  return {
    filters,
    /** Changes whenever the filters do (a new view starts again at its first page). */
    viewKey: key,
    hasFilters: Object.keys(filters).length > 0,
    setFilters,
    clearFilters: () => setFilters({ action: null, actorId: null }),
  };
}

export type AuditParams = ReturnType<typeof useAuditParams>;
