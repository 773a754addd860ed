import { applicationKeys } from '../../../shared/applications/application-keys';

/** Query keys of step 2, under the application's own key (a status change refreshes them too). */
export const sectionKeys = {
  all: (applicationId: string) => [...applicationKeys.detail(applicationId), 'sections'] as const,
  list: (applicationId: string) => [...sectionKeys.all(applicationId), 'list'] as const,
  detail: (applicationId: string, key: string) => [...sectionKeys.all(applicationId), 'detail', key] as const,
};
