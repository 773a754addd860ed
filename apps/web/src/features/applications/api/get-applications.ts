import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Application, applicationListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { applicationKeys } from '../../../shared/applications/application-keys';

/** `GET /applications`: the applicant's own applications (an applicant has few: one page of 100). */
export async function getApplications(): Promise<Application[]> {
  const { items } = await apiRequest('/applications?limit=100', { schema: applicationListSchema });
  return items;
}

export function applicationsQueryOptions() {
  return queryOptions({ queryKey: applicationKeys.mine(), queryFn: getApplications });
}

export function useApplications() {
  return useQuery(applicationsQueryOptions());
}
