import { queryOptions, useQuery } from '@tanstack/react-query';
import { sectionResponseSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { sectionKeys } from './section-keys';

/**
 * The wire shape of one section. `data` is checked by the form against the section's own definition;
 * here it is only an object (single) or an array of rows (list).
 */
export const sectionSchema = sectionResponseSchema(
  z.union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))]),
);
export type Section = z.infer<typeof sectionSchema>;

export function sectionPath(applicationId: string, key: string): string {
  return `/applications/${encodeURIComponent(applicationId)}/sections/${encodeURIComponent(key)}`;
}

/** `GET /applications/{id}/sections/{key}`: data, status, version, strict errors and `editable`. */
export function getSection(applicationId: string, key: string): Promise<Section> {
  return apiRequest(sectionPath(applicationId, key), { schema: sectionSchema });
}

export function sectionQueryOptions(applicationId: string, key: string) {
  return queryOptions({
    queryKey: sectionKeys.detail(applicationId, key),
    queryFn: () => getSection(applicationId, key),
    // The form owns the data while open; refetching under it would fight the person typing.
    refetchOnWindowFocus: false,
    // Each visit edits what the server holds now: the page waits for a fetch after mounting.
    staleTime: 0,
  });
}

export function useSection(applicationId: string, key: string) {
  return useQuery({ ...sectionQueryOptions(applicationId, key), enabled: Boolean(applicationId && key) });
}
