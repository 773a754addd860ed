import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type WebhookCreate, type WebhookCreated, webhookCreatedSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/** Subscribes a URL; the answer carries the signing secret, the only time it is shown. */
export function createWebhook(body: WebhookCreate): Promise<WebhookCreated> {
  return apiRequest('/webhooks', { method: 'POST', body, schema: webhookCreatedSchema });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
