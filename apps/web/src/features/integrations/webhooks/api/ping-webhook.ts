import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type WebhookDelivery, webhookDeliverySchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/** Queues a `webhook.ping` delivery (signed and retried like real events). */
export function pingWebhook(id: string): Promise<WebhookDelivery> {
  return apiRequest(`/webhooks/${id}/ping`, { method: 'POST', body: {}, schema: webhookDeliverySchema });
}

export function usePingWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pingWebhook,
    onSuccess: (_delivery, id) => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) }),
  });
}
