import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangePasswordRequest, type LoginResponse, loginResponseSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { accountKeys } from '../../../shared/account/account-keys';

export function changePassword(body: ChangePasswordRequest): Promise<LoginResponse> {
  return apiRequest('/me/password', { method: 'POST', body, schema: loginResponseSchema });
}

/** Changing the password revokes every session and issues a fresh one, which we keep. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: async (session) => {
      authStore.setSession(session);
      await queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}
