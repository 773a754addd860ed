import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiKey, apiKeyListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../../lib/api-client';
import { apiKeyKeys } from './api-key-keys';

/** `GET /api-keys`: the caller's unit's (or the bureau's) keys, newest first, revoked ones included. */
export async function listApiKeys(): Promise<ApiKey[]> {
  return (await apiRequest('/api-keys', { schema: apiKeyListSchema })).items;
}

export function apiKeysQueryOptions() {
  return queryOptions({ queryKey: apiKeyKeys.list(), queryFn: listApiKeys });
}

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions());
}
