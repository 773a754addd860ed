import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type LoginRequest, type LoginResponse, loginResponseSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';

export function login(body: LoginRequest): Promise<LoginResponse> {
  return apiRequest('/auth/login', { method: 'POST', body, schema: loginResponseSchema, auth: false });
}

/** Logs in and starts the session; nothing cached from a previous user survives. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      queryClient.clear();
      authStore.setSession(session);
    },
  });
}
