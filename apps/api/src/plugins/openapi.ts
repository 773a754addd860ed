import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { errorCodes, problemContentType } from '@zhicheng/contracts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { apiKeySecurityScheme } from '../lib/route-schemas.js';
import { apiKeyAccessOfRoute } from './authenticate.js';
import { webhookDescriptions } from './openapi-webhooks.js';

/** OpenAPI 3.1 generated from the routes' zod schemas; JSON at /api/openapi.json, UI at /api/docs. */
async function openapiPlugin(app: FastifyInstance) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '职称申报 API',
        description:
          'REST API of the professional-title qualification review system. Errors are RFC 9457 problem+json; ' +
          'see docs/api.md. People authenticate with a Bearer access token from `POST /api/v1/auth/login`; ' +
          'integrators with a Bearer API key (`zck_…`, issued under 接口对接), accepted by the operations that ' +
          'list the `apiKey` scheme, each with the scope it needs.',
        version: '1.0.0',
      },
      servers: [{ url: '/', description: 'The server that serves this document' }],
      webhooks: webhookDescriptions() as never,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          [apiKeySecurityScheme]: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'zck_ API key',
            description:
              'An integrator’s API key (`POST /api/v1/api-keys`), bound to a unit or to the bureau. It acts ' +
              'as that unit’s admin (or the bureau admin) on the operations that accept it, within the scope ' +
              'each names; elsewhere 403 insufficient_scope. Unknown, revoked or expired: 401 invalid_api_key. ' +
              'Rate-limited per key (429 rate_limited with Retry-After).',
          },
        },
      },
    },
    transform: (input) =>
      withOperationDefaults(withApiKeyAccess(jsonSchemaTransform(input), input.route), input.route.method),
    transformObject: (input) => withoutUnusedSchemas(jsonSchemaTransformObject(input)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

type Transformed = ReturnType<typeof jsonSchemaTransform>;

/**
 * Every operation gets an `operationId` (integrators' generated clients name methods after it) and a
 * `security` entry: routes that declare none are public and say so with `security: []`; a test holds
 * that list equal to the access matrix's public routes.
 */
function withOperationDefaults(transformed: Transformed, method: string | string[]): Transformed {
  // Routes without a schema (tests' probe routes) come through with none.
  const schema = (transformed.schema ?? {}) as {
    operationId?: string;
    security?: unknown;
    body?: unknown;
    consumes?: string[];
    response?: Record<string, unknown>;
  };
  const verb = (Array.isArray(method) ? method[0] : method) ?? 'get';
  const multipart = !schema.body && schema.consumes?.includes('multipart/form-data');
  return {
    ...transformed,
    schema: {
      ...schema,
      ...(multipart ? { body: multipartFileBody } : {}),
      operationId: schema.operationId ?? operationIdFor(verb, transformed.url),
      security: (schema.security ?? []) as Transformed['schema']['security'],
      ...(schema.response
        ? {
            response: asProblemResponses(
              schema.body || multipart ? { ...bodyProblems, ...schema.response } : schema.response,
            ),
          }
        : {}),
    },
  };
}

/**
 * Uploads read their multipart body themselves (no body schema to validate); the document still shows
 * it: the field `file`, as every upload route names it.
 */
const multipartFileBody = {
  type: 'object',
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'The file (repeat the field for several files where the operation says so)',
    },
  },
  required: ['file'],
};

/**
 * What any route that takes a body can answer before its handler runs: a body over the limit
 * (413 payload_too_large) or in a content type the API does not parse (415 unsupported_media_type).
 */
const bodyProblems = {
  413: { $ref: '#/components/schemas/Problem' },
  415: { $ref: '#/components/schemas/Problem' },
};

/**
 * Error responses are sent as `application/problem+json` (the error handler's `sendProblem`); document
 * them with that media type and a description naming the codes of their status.
 */
function asProblemResponses(response: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(response).map(([status, schema]) => {
      const code = Number(status);
      if (!(code >= 400) || !isProblemSchema(schema)) return [status, schema];
      const codes = Object.entries(errorCodes).filter(([, entry]) => entry.status === code);
      const description = `Problem details (RFC 9457)${codes.length > 0 ? `; \`code\` with this status: ${codes.map(([name]) => name).join(', ')}` : ''}`;
      return [status, { description, content: { [problemContentType]: { schema } } }];
    }),
  );
}

/** The contracts' Problem (by reference) or an inline extension of it (its properties and more). */
function isProblemSchema(schema: unknown): boolean {
  const node = schema as { $ref?: string; properties?: Record<string, unknown> };
  if (node.$ref) return node.$ref === '#/components/schemas/Problem';
  return ['type', 'title', 'status', 'code'].every((key) => node.properties?.[key]);
}

/**
 * Every guarded route answers API keys: those without a scope with 403 insufficient_scope, so it
 * documents a 403. A route whose guard declares a scope (`requireAuth({ scope })`) accepts keys too: its
 * security lists the `apiKey` scheme with that scope (OpenAPI 3.1 role names), its description says so,
 * and it documents the keys' 429 (the per-key rate limit).
 */
function withApiKeyAccess(transformed: Transformed, route: { onRequest?: unknown }): Transformed {
  const access = apiKeyAccessOfRoute(route);
  const schema = (transformed.schema ?? {}) as {
    description?: string;
    security?: unknown[];
    response?: Record<string, unknown>;
  };
  const problem = schema.response?.['401'];
  if (!access || !schema.response || !problem) return transformed;
  const response = { 403: problem, ...schema.response };
  if (!access.scope) return { ...transformed, schema: { ...schema, response } as Transformed['schema'] };
  const note = `API keys with the scope \`${access.scope}\` may call this operation.`;
  return {
    ...transformed,
    schema: {
      ...schema,
      description: schema.description ? `${schema.description}\n\n${note}` : note,
      security: [...(schema.security ?? []), { [apiKeySecurityScheme]: [access.scope] }],
      response: { ...response, 429: problem },
    } as Transformed['schema'],
  };
}

/** `GET /api/v1/applications/:id/sections/basicInfo` → `getApplicationsByIdSectionsBasicInfo`. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return `${method.toLowerCase()}${pascal}`;
}

type Document = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * The zod provider registers an input and an output variant of every named schema; most are used in
 * only one direction. Drop the schemas nothing refers to, so the document lists what the API uses.
 * Each kept schema also loses the `$schema` and the fragment-only `$id` (`#/components/schemas/X`) the
 * provider stamps on it: 2020-12 forbids a fragment in `$id`, and tools that honour it resolve the
 * schema's `$ref`s against that id and fail (Redocly's example validation did).
 */
function withoutUnusedSchemas(document: Document): Document {
  const doc = document as { components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas;
  if (!schemas) return document;
  const prefix = '#/components/schemas/';
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(prefix)) {
          const name = value.slice(prefix.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(value);
      }
    }
  };
  visit({ ...doc, components: { ...doc.components, schemas: {} } });
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .map(([name, schema]) => {
        const { $id: _id, $schema: _dialect, ...rest } = schema as Record<string, unknown>;
        return [name, rest];
      }),
  );
  return { ...doc, components: { ...doc.components, schemas: kept } } as Document;
}

export default fp(openapiPlugin, { name: 'openapi' });
