/** Query keys of step 2; one application's sections share a prefix so a save can refresh them all. */
export const sectionKeys = {
  all: (applicationId: string) => ['applications', 'sections', applicationId] as const,
  list: (applicationId: string) => ['applications', 'sections', applicationId, 'list'] as const,
  detail: (applicationId: string, key: string) =>
    ['applications', 'sections', applicationId, 'detail', key] as const,
  file: (fileId: string) => ['files', fileId] as const,
};
