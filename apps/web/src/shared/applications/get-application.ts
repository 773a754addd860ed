import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Application, applicationSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { applicationKeys } from './application-keys';

/** `GET /applications/{id}`: one application with its names and the actions allowed now. */
export function getApplication(id: string): Promise<Application> {
  return apiRequest(`/applications/${encodeURIComponent(id)}`, { schema: applicationSchema });
}

export function applicationQueryOptions(id: string) {
  return queryOptions({ queryKey: applicationKeys.detail(id), queryFn: () => getApplication(id) });
}

export function useApplication(id: string | undefined) {
  return useQuery({ ...applicationQueryOptions(id ?? ''), enabled: Boolean(id) });
}
