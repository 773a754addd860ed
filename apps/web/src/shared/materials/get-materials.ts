import { queryOptions, useQuery } from '@tanstack/react-query';
import { type MaterialList, materialListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { materialKeys } from './material-keys';

/** `GET /applications/{id}/materials`: every category with its required flag, 完成状态 and files. */
export function getMaterials(applicationId: string): Promise<MaterialList> {
  return apiRequest(`/applications/${encodeURIComponent(applicationId)}/materials`, {
    schema: materialListSchema,
  });
}

export function materialsQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: materialKeys.list(applicationId),
    queryFn: () => getMaterials(applicationId),
  });
}

/** How long after an upload the list is polled for its thumbnail or page count. */
const processingWindowMs = 60_000;

/** Thumbnails and PDF page counts are made after the upload answers: true while some are due. */
export function hasPendingProcessing(list: MaterialList | undefined, now = Date.now()): boolean {
  return (list?.categories ?? []).some((c) =>
    c.files.some(
      (f) =>
        (f.contentType === 'application/pdf' ? f.pages === null : !f.hasThumbnail) &&
        now - Date.parse(f.uploadedAt) < processingWindowMs,
    ),
  );
}

export function useMaterials(applicationId: string | undefined) {
  return useQuery({
    ...materialsQueryOptions(applicationId ?? ''),
    enabled: Boolean(applicationId),
    refetchInterval: (query) => (hasPendingProcessing(query.state.data) ? 1500 : false),
  });
}
