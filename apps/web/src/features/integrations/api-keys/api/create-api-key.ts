import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiKeyCreate, type ApiKeyCreated, apiKeyCreatedSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../../lib/api-client';
import { apiKeyKeys } from './api-key-keys';

/** `POST /api-keys`: the answer carries the secret `key`, the only time it is ever shown. */
export function createApiKey(body: ApiKeyCreate): Promise<ApiKeyCreated> {
  return apiRequest('/api-keys', { method: 'POST', body, schema: apiKeyCreatedSchema });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
