import { applicationKeys } from '../../../shared/applications/application-keys';

/** Query keys of the review page, under the application's own key (a decision refreshes them all). */
export const reviewKeys = {
  /** The frozen snapshot's sections, read-only (another shape than the wizard's queries). */
  sections: (applicationId: string) => [...applicationKeys.detail(applicationId), 'review-sections'] as const,
  section: (applicationId: string, key: string) => [...reviewKeys.sections(applicationId), key] as const,
};
