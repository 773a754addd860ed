import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Unit, unitSchema, type unitUpdateSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { unitKeys } from './unit-keys';

export type UnitUpdate = z.infer<typeof unitUpdateSchema>;

/** Edits the unit; `version` (If-Match) refuses the change if someone else saved first. */
export function updateUnit(version: number, body: UnitUpdate): Promise<Unit> {
  return apiRequest('/unit', {
    method: 'PATCH',
    body,
    headers: { 'If-Match': `"${version}"` },
    schema: unitSchema,
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UnitUpdate }) => updateUnit(version, body),
    onSuccess: (unit) => queryClient.setQueryData(unitKeys.profile(), unit),
  });
}
