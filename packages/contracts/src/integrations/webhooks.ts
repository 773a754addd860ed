import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from '../common/list.js';
import { domainEventTypeSchema } from '../events/domain-events.js';
import { webhookCreatedExample, webhookCreateExample } from '../openapi-examples.js';

/** `POST /webhooks`: a URL subscribed to events in the owner's scope (unit or bureau). */
export const webhookCreateSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: '请填写以 http:// 或 https:// 开头的地址' })
      .max(2000, '地址过长'),
    events: z.array(domainEventTypeSchema).min(1, '请至少订阅一种事件'),
    description: z.string().trim().max(200, '说明不超过200字').optional(),
  })
  .meta({ id: 'WebhookCreate', examples: [webhookCreateExample] });
export type WebhookCreate = z.infer<typeof webhookCreateSchema>;

export const webhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(domainEventTypeSchema),
    description: z.string().nullable(),
    ownerKind: z.enum(['unit', 'bureau']),
    unitId: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Webhook' });
export type Webhook = z.infer<typeof webhookSchema>;

/** The 201 response: the signing secret, shown once. */
export const webhookCreatedSchema = webhookSchema
  .extend({ secret: z.string() })
  .meta({ id: 'WebhookCreated', examples: [webhookCreatedExample] });
export type WebhookCreated = z.infer<typeof webhookCreatedSchema>;

export const webhookListSchema = listResponseSchema(webhookSchema).meta({ id: 'WebhookList' });
export type WebhookList = z.infer<typeof webhookListSchema>;

export const webhookAttemptSchema = z
  .object({
    at: z.iso.datetime(),
    /** The receiver's HTTP status; null when no response came (refused, timed out, blocked target). */
    responseStatus: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
  })
  .meta({ id: 'WebhookAttempt' });

export const webhookDeliveryStatuses = ['pending', 'succeeded', 'failed'] as const;

export const webhookDeliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(webhookDeliveryStatuses),
    attempts: z.array(webhookAttemptSchema),
    nextAttemptAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
export type WebhookAttempt = z.infer<typeof webhookAttemptSchema>;

/** `?limit=&cursor=` of the deliveries list; the cursor is the last delivery id of the previous page. */
export const webhookDeliveriesQuerySchema = listQuerySchema.extend({
  cursor: z.uuid('分页游标无效').optional(),
});

/** `GET /webhooks/{id}/deliveries`: newest first; `nextCursor` continues after the last item. */
export const webhookDeliveryListSchema = listResponseSchema(webhookDeliverySchema).meta({
  id: 'WebhookDeliveryList',
});
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryListSchema>;

/** The event type of `POST /webhooks/{id}/ping`: a test delivery through the same path as real events. */
export const WEBHOOK_PING_EVENT = 'webhook.ping';

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-zhicheng-signature';
/** The envelope's `id` (the same on every retry: receivers de-duplicate by it) and `type`. */
export const WEBHOOK_EVENT_ID_HEADER = 'x-zhicheng-event-id';
export const WEBHOOK_EVENT_TYPE_HEADER = 'x-zhicheng-event-type';
