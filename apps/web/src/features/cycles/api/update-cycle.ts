import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Cycle, cycleSchema, type cycleUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { cycleKeys } from './cycle-keys';

/** `PATCH /admin/cycles/{id}`: rename or move the dates (409 when it would overlap another cycle). */
export function updateCycle(input: { id: string; body: z.input<typeof cycleUpdateSchema> }): Promise<Cycle> {
  return apiRequest(`/admin/cycles/${encodeURIComponent(input.id)}`, {
    method: 'PATCH',
    body: input.body,
    schema: cycleSchema,
  });
}

export function useUpdateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}
