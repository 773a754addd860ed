import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiKey, apiKeySchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../../lib/api-client';
import { apiKeyKeys } from './api-key-keys';

/** `DELETE /api-keys/{id}`: revokes the key at once; the answer is the revoked key. */
export function revokeApiKey(id: string): Promise<ApiKey> {
  return apiRequest(`/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE', schema: apiKeySchema });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
