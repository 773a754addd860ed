import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type WebhookList, webhookListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

export function listWebhooks(page: number, pageSize: number): Promise<WebhookList> {
  const search = new URLSearchParams({ limit: String(pageSize) });
  if (page > 1) search.set('cursor', String((page - 1) * pageSize));
  return apiRequest(`/webhooks?${search}`, { schema: webhookListSchema });
}

export function webhooksQueryOptions(page: number, pageSize: number) {
  return queryOptions({
    queryKey: webhookKeys.list(page, pageSize),
    queryFn: () => listWebhooks(page, pageSize),
    placeholderData: keepPreviousData,
  });
}

export function useWebhooks(page: number, pageSize: number) {
  return useQuery(webhooksQueryOptions(page, pageSize));
}
