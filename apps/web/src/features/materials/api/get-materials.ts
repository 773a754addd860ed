import { queryOptions, useQuery } from '@tanstack/react-query';
import { type MaterialList, materialListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';

/** `GET /applications/{id}/materials`: every category with its required flag, 完成状态 and files. */
export function getMaterials(applicationId: string): Promise<MaterialList> {
  return apiRequest(`/applications/${encodeURIComponent(applicationId)}/materials`, {
    schema: materialListSchema,
  });
}

export function materialsQueryKey(applicationId: string) {
  return ['applications', 'materials', applicationId] as const;
}

export function materialsQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: materialsQueryKey(applicationId),
    queryFn: () => getMaterials(applicationId),
  });
}

export function useMaterials(applicationId: string | undefined) {
  return useQuery({ ...materialsQueryOptions(applicationId ?? ''), enabled: Boolean(applicationId) });
}
