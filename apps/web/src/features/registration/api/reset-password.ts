import { useMutation } from '@tanstack/react-query';
import type { passwordResetRequestSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** A unit admin's forgotten password: proven by an SMS code to the registered mobile. */
export function resetPassword(body: PasswordResetRequest): Promise<void> {
  return apiRequest<void>('/auth/password-reset', { method: 'POST', body, auth: false });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
