import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Cycle, type cycleCreateSchema, cycleSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { cycleKeys } from './cycle-keys';

/** `POST /admin/cycles` (409 when it overlaps another cycle). */
export function createCycle(body: z.input<typeof cycleCreateSchema>): Promise<Cycle> {
  return apiRequest('/admin/cycles', { method: 'POST', body, schema: cycleSchema });
}

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}
