/** What the 审计日志 list is filtered by (the API's `action` and `actorId`, both exact matches). */
export interface AuditFilters {
  action?: string;
  actorId?: string;
}

/** Query keys of the bureau's 审计日志 page. */
export const auditKeys = {
  all: ['audit'] as const,
  /** Every page of one filtered view. */
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
  /** One page: the first (`cursor` null) or the one after a previous page's `nextCursor`. */
  page: (filters: AuditFilters, cursor: string | null) => [...auditKeys.list(filters), { cursor }] as const,
};
