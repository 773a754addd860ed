import { queryOptions, useQuery } from '@tanstack/react-query';
import { departmentListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';

export function getDepartments() {
  return apiRequest('/admin/departments', { schema: departmentListSchema });
}

export function departmentsQueryOptions() {
  return queryOptions({ queryKey: ['admin', 'departments'], queryFn: getDepartments, staleTime: 5 * 60_000 });
}

export function useDepartments(enabled = true) {
  return useQuery({ ...departmentsQueryOptions(), enabled });
}
