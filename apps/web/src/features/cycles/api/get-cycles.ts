import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Cycle, cycleSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { cycleKeys } from './cycle-keys';

const cyclesSchema = z.object({ items: z.array(cycleSchema) });

/** `GET /admin/cycles`: every review cycle, newest first (bureau only). */
export async function getCycles(): Promise<Cycle[]> {
  return (await apiRequest('/admin/cycles', { schema: cyclesSchema })).items;
}

export function cyclesQueryOptions() {
  return queryOptions({ queryKey: cycleKeys.list(), queryFn: getCycles });
}

export function useCycles() {
  return useQuery(cyclesQueryOptions());
}
