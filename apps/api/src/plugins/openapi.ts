import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { apiKeySecurityScheme } from '../lib/route-schemas.js';
import { apiKeyAccessOfRoute } from './authenticate.js';

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
  const schema = transformed.schema as { operationId?: string; security?: unknown };
  const verb = (Array.isArray(method) ? method[0] : method) ?? 'get';
  return {
    ...transformed,
    schema: {
      ...schema,
      operationId: schema.operationId ?? operationIdFor(verb, transformed.url),
      security: (schema.security ?? []) as Transformed['schema']['security'],
    },
  };
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
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...doc.components, schemas: kept } } as Document;
}

export default fp(openapiPlugin, { name: 'openapi' });
