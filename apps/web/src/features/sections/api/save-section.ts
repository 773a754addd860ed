import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type Section, sectionPath, sectionSchema } from './get-section';
import { sectionKeys } from './section-keys';

export interface SectionSave {
  applicationId: string;
  key: string;
  /** The version being edited (`If-Match`); 0 before the first save. */
  version: number;
  data: unknown;
}

/**
 * `PUT /applications/{id}/sections/{key}`: stores whatever passes the shape check and answers the
 * status with the strict errors; a stale version fails with 409 `version_conflict`.
 */
export function saveSection({ applicationId, key, version, data }: SectionSave): Promise<Section> {
  return apiRequest(sectionPath(applicationId, key), {
    method: 'PUT',
    body: { data },
    headers: { 'If-Match': `"${version}"` },
    schema: sectionSchema,
  });
}

export function useSaveSection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSection,
    onSuccess: (section, { applicationId }) => {
      queryClient.setQueryData(sectionKeys.detail(applicationId, section.key), section);
      return queryClient.invalidateQueries({ queryKey: sectionKeys.list(applicationId) });
    },
  });
}
