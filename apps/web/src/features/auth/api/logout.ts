import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';

export function logout(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST', body: {}, auth: 'optional' });
}

/** Ends the session on the server, then locally whatever the server said. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      authStore.clear('logged_out');
      queryClient.clear();
    },
  });
}
