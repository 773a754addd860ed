import { queryOptions, useQuery } from '@tanstack/react-query';
import { departmentListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { catalogKeys } from './catalog-keys';

/** `GET /admin/departments` (bureau): every department, inactive ones included. */
export function getDepartments() {
  return apiRequest('/admin/departments', { schema: departmentListSchema });
}

export function departmentsQueryOptions() {
  return queryOptions({
    queryKey: catalogKeys.departments(),
    queryFn: getDepartments,
    staleTime: 5 * 60_000,
  });
}

export function useDepartments(enabled = true) {
  return useQuery({ ...departmentsQueryOptions(), enabled });
}
