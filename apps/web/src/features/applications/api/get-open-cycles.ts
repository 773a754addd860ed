import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Cycle, cycleSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { openCycleKeys } from './open-cycle-keys';

const openCyclesSchema = z.object({ items: z.array(cycleSchema) });

/** `GET /cycles?open=true`: the cycle applications are created in now (at most one). */
export async function getOpenCycles(): Promise<Cycle[]> {
  const { items } = await apiRequest('/cycles?open=true', { schema: openCyclesSchema });
  return items;
}

export function openCyclesQueryOptions() {
  return queryOptions({ queryKey: openCycleKeys.all, queryFn: getOpenCycles });
}

/** The open cycle, or null when none is open. */
export function useOpenCycle() {
  return useQuery({ ...openCyclesQueryOptions(), select: (cycles) => cycles[0] ?? null });
}
