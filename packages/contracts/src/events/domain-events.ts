import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { webhookEnvelopeExample } from '../openapi-examples.js';
import { publicityStageSchema } from '../review/publicity.js';
import { applicationActionSchema, applicationStatusSchema, outcomeSchema } from '../status/status-machine.js';

/**
 * Domain events: what happened, written to the outbox in the same transaction as the change (ADR 0008)
 * and delivered to webhooks (as the `data` of the envelope below) and to notifications. Adding a field
 * is fine; renaming or dropping one breaks integrators.
 */
const applicationRefSchema = z.object({
  applicationId: z.string(),
  cycleId: z.string(),
  unitId: z.string(),
  departmentId: z.string(),
  committeeId: z.string(),
  applicant: z.object({ id: z.string(), name: z.string() }),
});

/** Every transition of the status machine (submit, approve, return, …). */
export const applicationStatusChangedSchema = applicationRefSchema
  .extend({
    action: applicationActionSchema,
    fromStatus: applicationStatusSchema,
    toStatus: applicationStatusSchema,
    outcome: outcomeSchema.nullable(),
    actorRole: roleSchema,
    opinion: z.string().nullable(),
    /** A return's 一次性告知: what to correct and by when. */
    correction: z
      .object({
        sections: z.array(z.string()),
        materials: z.array(z.string()),
        correctBy: z.iso.date().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ApplicationStatusChangedEvent' });

/** A publicity window recorded for some applications (单位公示 or 评审结果公示). */
export const publicityWindowRecordedSchema = z
  .object({
    windowId: z.string(),
    stage: publicityStageSchema,
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    applications: z.array(applicationRefSchema),
  })
  .meta({ id: 'PublicityWindowRecordedEvent' });

export const domainEventDataSchemas = {
  /** The applicant submitted (also emitted as `application.status_changed`). */
  'application.submitted': applicationStatusChangedSchema,
  'application.status_changed': applicationStatusChangedSchema,
  'publicity.window_recorded': publicityWindowRecordedSchema,
} as const;

export type DomainEventType = keyof typeof domainEventDataSchemas;
export const domainEventTypes = Object.keys(domainEventDataSchemas) as DomainEventType[];
export const domainEventTypeSchema = z.enum(domainEventTypes as [DomainEventType, ...DomainEventType[]]);

export type DomainEventData<T extends DomainEventType = DomainEventType> = z.infer<
  (typeof domainEventDataSchemas)[T]
>;

/** A stored event as its consumers get it. */
export type DomainEvent = {
  [T in DomainEventType]: { id: string; type: T; occurredAt: string; data: DomainEventData<T> };
}[DomainEventType];

/** The body of every webhook delivery (Stripe-like envelope); `id` de-duplicates retries. */
export const webhookEnvelopeSchema = z
  .object({
    id: z.string(),
    type: z.union([domainEventTypeSchema, z.literal('webhook.ping')]),
    occurredAt: z.iso.datetime(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookEnvelope', examples: [webhookEnvelopeExample] });
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
