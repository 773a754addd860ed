import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { applicantListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';

/** Query keys of the unit's applicant counts (待办事项), kept fresh by the applicant pages' edits. */
export const applicantCountKeys = {
  all: ['applicant-counts'] as const,
};

async function countApplicants(status?: 'active'): Promise<number> {
  const query = status ? `?limit=1&status=${status}` : '?limit=1';
  const list = await apiRequest(`/unit/applicants${query}`, { schema: applicantListSchema });
  return list.total;
}

/** How many applicant accounts the unit has, and how many of them are active. */
export async function getApplicantCounts(): Promise<{ total: number; active: number }> {
  const [total, active] = await Promise.all([countApplicants(), countApplicants('active')]);
  return { total, active };
}

export function applicantCountsQueryOptions() {
  return queryOptions({ queryKey: applicantCountKeys.all, queryFn: getApplicantCounts });
}

export function useApplicantCounts() {
  return useQuery(applicantCountsQueryOptions());
}

/** After an applicant account is created, deleted, enabled or disabled. */
export function invalidateApplicantCounts(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: applicantCountKeys.all });
}
