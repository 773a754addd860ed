import { applicationKeys } from '../../../shared/applications/application-keys';

/** Query keys of step 4 and 查看进度, under the application's own key (a status change refreshes them). */
export const submissionKeys = {
  completeness: (applicationId: string) =>
    [...applicationKeys.detail(applicationId), 'completeness'] as const,
  /** The read-only overview of the sections (another shape than step 2's queries). */
  sectionsOverview: (applicationId: string) =>
    [...applicationKeys.detail(applicationId), 'sections-overview'] as const,
};
