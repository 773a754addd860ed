import {
  domainEventDataSchemas,
  domainEventTypes,
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_EVENT_TYPE_HEADER,
  WEBHOOK_PING_EVENT,
  WEBHOOK_SIGNATURE_HEADER,
} from '@zhicheng/contracts';
import { globalRegistry } from 'zod';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const headers = [
  {
    in: 'header',
    name: WEBHOOK_SIGNATURE_HEADER,
    required: true,
    description:
      '`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`, keyed by the webhook\'s `secret`. ' +
      'Verify it over the raw bytes and refuse a `t` older than 5 minutes (docs/api.md has a Node example).',
    schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' },
  },
  {
    in: 'header',
    name: WEBHOOK_EVENT_ID_HEADER,
    required: true,
    description: "The envelope's `id`: the same on every retry of the event; de-duplicate by it.",
    schema: { type: 'string' },
  },
  {
    in: 'header',
    name: WEBHOOK_EVENT_TYPE_HEADER,
    required: true,
    description: "The envelope's `type`.",
    schema: { type: 'string' },
  },
];

function delivery(type: string, summary: string, data: unknown) {
  return {
    post: {
      operationId: `webhook${type.replace(/(^|[._])(\w)/g, (_m, _sep, c: string) => c.toUpperCase())}`,
      summary,
      description:
        `A delivery of \`${type}\` to a subscribed webhook (\`POST /api/v1/webhooks\`). Answer 2xx within ` +
        '10 seconds to acknowledge it; anything else (a non-2xx status, a redirect, no answer) is retried with ' +
        'exponential back-off (WEBHOOK_RETRY_BASE_SECONDS × 2ⁿ, up to WEBHOOK_MAX_ATTEMPTS attempts). Every ' +
        'attempt is listed under `GET /api/v1/webhooks/{id}/deliveries`.',
      tags: ['webhooks'],
      security: [],
      parameters: headers,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              allOf: [
                ref('WebhookEnvelope'),
                { type: 'object', properties: { type: { const: type }, data }, required: ['type', 'data'] },
              ],
            },
          },
        },
      },
      responses: {
        200: { description: 'Acknowledged (any 2xx status counts; the body is not read)' },
        400: { description: 'Refused, e.g. a bad signature: the delivery is retried, then marked failed' },
      },
    },
  };
}

/**
 * The OpenAPI 3.1 `webhooks` of the document: one entry per event type a webhook can receive, with the
 * envelope (`WebhookEnvelope`), its `data` schema and the signature headers.
 */
export function webhookDescriptions(): Record<string, unknown> {
  const events = domainEventTypes.map((type) => {
    const id = globalRegistry.get(domainEventDataSchemas[type])?.id;
    if (!id) throw new Error(`the data schema of ${type} has no id`);
    return [type, delivery(type, `Event ${type}`, ref(id))] as const;
  });
  const ping = delivery(WEBHOOK_PING_EVENT, 'A test delivery (`POST /api/v1/webhooks/{id}/ping`)', {
    type: 'object',
    properties: { webhookId: { type: 'string' } },
    required: ['webhookId'],
  });
  return Object.fromEntries([...events, [WEBHOOK_PING_EVENT, ping]]);
}
