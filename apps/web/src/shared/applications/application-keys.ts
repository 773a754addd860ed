import type { QueryClient } from '@tanstack/react-query';
import type { Application } from '@zhicheng/contracts';

/**
 * Query keys of the application resource. Everything a feature loads about one application (its
 * sections, materials, timeline, completeness) is keyed under `detail(id)`, so that
 * {@link invalidateApplication} refreshes all of it after a status change.
 */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  /** The applicant's own applications. */
  mine: () => [...applicationKeys.lists(), 'mine'] as const,
  detail: (id: string) => [...applicationKeys.all, 'detail', id] as const,
  /** Every status change of one application (查看进度, the review page). */
  timeline: (id: string) => [...applicationKeys.detail(id), 'timeline'] as const,
  /** Its publicity windows (单位公示, 评审结果公示): the review page, 公示管理. */
  publicity: (id: string) => [...applicationKeys.detail(id), 'publicity'] as const,
};

/** After a create or an edit answered with the application: show it at once, reload the lists. */
export function setApplication(queryClient: QueryClient, application: Application): Promise<void> {
  queryClient.setQueryData(applicationKeys.detail(application.id), application);
  return queryClient.invalidateQueries({ queryKey: applicationKeys.lists() });
}

/**
 * After a status change (or a re-application from it): the lists, the application and everything
 * loaded about it (editability, completeness, timeline, sections, materials) are read again.
 */
export function invalidateApplication(queryClient: QueryClient, id: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) }),
  ]).then(() => undefined);
}
