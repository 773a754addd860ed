import type { DomainEventType, Webhook, WebhookAttempt, WebhookDelivery } from '@zhicheng/contracts';
import type { DeliveryRow } from './deliveries-repository.js';
import type { WebhookRow } from './webhooks-repository.js';

/** A webhook as the API shows it: never the secret (only the 201 of its creation has it). */
export function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events as DomainEventType[],
    description: row.description,
    ownerKind: row.ownerKind,
    unitId: row.unitId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts as WebhookAttempt[],
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
