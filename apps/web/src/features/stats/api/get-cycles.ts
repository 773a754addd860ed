import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Cycle, cycleSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { statsKeys } from './stats-keys';

const cyclesSchema = z.object({ items: z.array(cycleSchema) });

/** `GET /cycles`: every review cycle (the dashboards' 申报批次 picker). */
export async function getCycles(): Promise<Cycle[]> {
  return (await apiRequest('/cycles', { schema: cyclesSchema })).items;
}

export function useCycles() {
  return useQuery(queryOptions({ queryKey: statsKeys.cycles(), queryFn: getCycles, staleTime: 5 * 60_000 }));
}
