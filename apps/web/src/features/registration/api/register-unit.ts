import { useMutation } from '@tanstack/react-query';
import { registrationResponseSchema, type UnitRegistration } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type UnitRegistered = z.infer<typeof registrationResponseSchema>;

export function registerUnit(body: UnitRegistration): Promise<UnitRegistered> {
  return apiRequest('/units', { method: 'POST', body, schema: registrationResponseSchema, auth: false });
}

export function useRegisterUnit() {
  return useMutation({ mutationFn: registerUnit });
}
