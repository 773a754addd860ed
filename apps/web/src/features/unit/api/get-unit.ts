import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Unit, unitSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { unitKeys } from './unit-keys';

export function getUnit(): Promise<Unit> {
  return apiRequest('/unit', { schema: unitSchema });
}

export function unitQueryOptions() {
  return queryOptions({ queryKey: unitKeys.profile(), queryFn: getUnit });
}

export function useUnit() {
  return useQuery(unitQueryOptions());
}
