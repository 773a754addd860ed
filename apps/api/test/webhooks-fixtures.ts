import type { WebhookCreated, WebhookDeliveryList } from '@zhicheng/contracts';
import { testConfig } from '../src/config.js';
import { bearer, type TestApp } from './helpers.js';

/** Webhook settings for tests: a local receiver is allowed, retries come after 1 s, 2 s, … */
export function webhookTestConfig(overrides: Partial<ReturnType<typeof testConfig>['webhooks']> = {}) {
  return { ...testConfig().webhooks, allowPrivateNetworks: true, retryBaseSeconds: 1, ...overrides };
}

export async function createWebhook(
  t: TestApp,
  token: string,
  body: { url: string; events?: string[]; description?: string },
): Promise<WebhookCreated> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/webhooks',
    headers: bearer(token),
    payload: { events: ['application.status_changed'], ...body },
  });
  if (response.statusCode !== 201) throw new Error(`webhook not created: ${response.body}`);
  return response.json();
}

export async function listDeliveries(t: TestApp, token: string, webhookId: string, query = '') {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/webhooks/${webhookId}/deliveries${query}`,
    headers: bearer(token),
  });
  if (response.statusCode !== 200) throw new Error(`deliveries: ${response.body}`);
  return response.json() as WebhookDeliveryList;
}

/** Waits until the queue has nothing due or running (delayed retries excepted). */
export async function settle(t: TestApp) {
  await t.app.backgroundIdle();
}
