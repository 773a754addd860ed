import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { type WebhookDeliveryList, webhookDeliveryListSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

const pageSize = 20;

/** One page of a webhook's deliveries, newest first; `cursor` is the previous page's `nextCursor`. */
export function listDeliveries(webhookId: string, cursor: string | null): Promise<WebhookDeliveryList> {
  const search = new URLSearchParams({ limit: String(pageSize) });
  if (cursor) search.set('cursor', cursor);
  return apiRequest(`/webhooks/${webhookId}/deliveries?${search}`, { schema: webhookDeliveryListSchema });
}

export function deliveriesQueryOptions(webhookId: string) {
  return infiniteQueryOptions({
    queryKey: webhookKeys.deliveries(webhookId),
    queryFn: ({ pageParam }) => listDeliveries(webhookId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** While a delivery waits for an attempt the list reloads itself, so retries show up as they happen. */
export function useDeliveries(webhookId: string) {
  return useInfiniteQuery({
    ...deliveriesQueryOptions(webhookId),
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((d) => d.status === 'pending')) ? 5000 : false,
  });
}
