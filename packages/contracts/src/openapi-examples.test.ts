import { describe, expect, it } from 'vitest';
import { globalRegistry, type z } from 'zod';
import { applicationSchema } from './applications/application.js';
import { problemSchema } from './errors/problem.js';
import { webhookEnvelopeSchema } from './events/domain-events.js';
import { apiKeyCreatedSchema, apiKeyCreateSchema } from './integrations/api-keys.js';
import { applicantImportReportSchema } from './integrations/applicant-import.js';
import { webhookCreatedSchema, webhookCreateSchema } from './integrations/webhooks.js';
import { transitionRequestSchema } from './lifecycle/transitions.js';
import { notificationSchema } from './notifications/notifications.js';
import * as examples from './openapi-examples.js';
import { applicationListItemSchema, applicationListSchema } from './review/queue.js';

const cases: [string, z.ZodType, unknown[]][] = [
  ['Application', applicationSchema, [examples.applicationExample]],
  ['ApplicationListItem', applicationListItemSchema, [examples.applicationListItemExample]],
  ['ApplicationList', applicationListSchema, [examples.applicationListExample]],
  ['TransitionRequest', transitionRequestSchema, examples.transitionRequestExamples],
  ['Problem', problemSchema, examples.problemExamples],
  ['ApiKeyCreate', apiKeyCreateSchema, [examples.apiKeyCreateExample]],
  ['ApiKeyCreated', apiKeyCreatedSchema, [examples.apiKeyCreatedExample]],
  ['WebhookCreate', webhookCreateSchema, [examples.webhookCreateExample]],
  ['WebhookCreated', webhookCreatedSchema, [examples.webhookCreatedExample]],
  ['WebhookEnvelope', webhookEnvelopeSchema, [examples.webhookEnvelopeExample]],
  ['ApplicantImportReport', applicantImportReportSchema, [examples.applicantImportReportExample]],
  ['Notification', notificationSchema, [examples.notificationExample]],
];

describe('OpenAPI examples', () => {
  it.each(cases)('%s carries its examples, and each parses unchanged', (id, schema, values) => {
    const meta = globalRegistry.get(schema);
    expect(meta?.id).toBe(id);
    expect(meta?.examples).toEqual(values);
    for (const value of values) {
      const parsed = schema.safeParse(value);
      expect(parsed.error?.issues ?? []).toEqual([]);
      // Nothing stripped or defaulted: the example is exactly what the schema accepts.
      expect(parsed.data).toEqual(value);
    }
  });

  it('a status change event example is a valid event of its type', async () => {
    const { domainEventDataSchemas } = await import('./events/domain-events.js');
    const data = domainEventDataSchemas['application.status_changed'].parse(
      examples.webhookEnvelopeExample.data,
    );
    expect(data).toEqual(examples.webhookEnvelopeExample.data);
  });
});
