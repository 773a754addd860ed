import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bearerSecurity, problemResponses } from '../src/lib/route-schemas.js';
import { createTestApp, type TestApp } from './helpers.js';
import { createResponseContract, type ObservedResponse, type OpenApiDocument } from './response-contract.js';

const json = { 'content-type': 'application/json; charset=utf-8' };
const problemJson = { 'content-type': 'application/problem+json; charset=utf-8' };

/** A small document in the shape the API's has: component refs, a problem response, a 204. */
const document: OpenApiDocument = {
  paths: {
    '/api/v1/things/{id}': {
      get: {
        operationId: 'getThingsById',
        responses: {
          200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          404: {
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        },
      },
      delete: { operationId: 'deleteThingsById', responses: { 204: {} } },
    },
    '/api/v1/things/counts': {
      get: {
        operationId: 'getThingsCounts',
        responses: { 200: { content: { 'application/json': { schema: { type: 'integer' } } } } },
      },
    },
    '/api/v1/things/{id}/file': {
      get: {
        operationId: 'getThingsByIdFile',
        responses: { 200: { content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid' }, at: { type: 'string', format: 'date-time' } },
        required: ['id', 'at'],
        additionalProperties: false,
      },
      Problem: {
        type: 'object',
        properties: { status: { type: 'integer' }, code: { type: 'string' } },
        required: ['status', 'code'],
      },
    },
  },
};

const id = '0b6f3f1e-3c4a-4d8e-9a51-6f2c1d7e8a90';
const thing = (overrides: Partial<ObservedResponse> = {}): ObservedResponse => ({
  method: 'GET',
  url: `/api/v1/things/${id}?x=1`,
  statusCode: 200,
  headers: json,
  body: JSON.stringify({ id, at: '2026-05-01T08:00:00.000Z' }),
  ...overrides,
});

describe('the response contract', () => {
  const contract = createResponseContract(document);

  it('accepts a response that matches its operation', () => {
    expect(contract.violations(thing())).toEqual([]);
    expect(
      contract.violations(
        thing({ statusCode: 404, headers: problemJson, body: '{"status":404,"code":"not_found"}' }),
      ),
    ).toEqual([]);
    expect(contract.violations(thing({ method: 'DELETE', statusCode: 204, headers: {}, body: '' }))).toEqual(
      [],
    );
    expect(
      contract.violations(
        thing({
          url: `/api/v1/things/${id}/file`,
          headers: { 'content-type': 'image/png' },
          body: '\u0089PNG',
        }),
      ),
    ).toEqual([]);
  });

  it('refuses an undocumented status', () => {
    expect(contract.violations(thing({ statusCode: 409, headers: problemJson, body: '{}' }))).toEqual([
      'status 409 is not documented (documented: 200, 404)',
    ]);
  });

  it('refuses a media type the response does not list', () => {
    const found = contract.violations(
      thing({ statusCode: 404, headers: json, body: '{"status":404,"code":"not_found"}' }),
    );
    expect(found).toEqual([
      'content type application/json is not documented for status 404 (documented: application/problem+json)',
    ]);
    expect(contract.violations(thing({ headers: {} }))).toEqual(['status 200 has no content type']);
  });

  it('refuses a body that does not match the schema, naming the field', () => {
    const [violation] = contract.violations(
      thing({ body: JSON.stringify({ id: 'not-a-uuid', at: 'x', extra: 1 }) }),
    );
    expect(violation).toContain('the body does not match the schema');
    expect(violation).toContain('/id must match format "uuid"');
    expect(violation).toContain('/at must match format "date-time"');
    expect(violation).toContain('must NOT have additional properties');
    expect(contract.violations(thing({ body: '{"id":' }))).toEqual(['the application/json body is not JSON']);
  });

  it('refuses a body where the operation documents none', () => {
    expect(contract.violations(thing({ method: 'DELETE', statusCode: 204, body: '{}' }))).toHaveLength(1);
  });

  it('matches a static path before a parameter, as the router does', () => {
    expect(contract.violations(thing({ url: '/api/v1/things/counts', body: '3' }))).toEqual([]);
    expect(contract.violations(thing({ url: '/api/v1/things/counts', body: '"3"' }))).toHaveLength(1);
  });

  it('leaves requests the document does not describe unchecked, and counts the checked ones', () => {
    const before = contract.checked;
    expect(contract.violations(thing({ url: '/api/v1/nothing', statusCode: 404 }))).toEqual([]);
    expect(contract.violations(thing({ method: 'POST', statusCode: 404 }))).toEqual([]);
    expect(contract.violations(thing({ url: '/api/v1/test/boom', statusCode: 500 }))).toEqual([]);
    expect(contract.checked).toBe(before);
    contract.violations(thing());
    expect(contract.checked).toBe(before + 1);
  });

  it('throws with the operation, the violations and the body', () => {
    expect(() => contract.assert(thing({ statusCode: 418, body: 'teapot' }))).toThrow(
      /GET \/api\/v1\/things\/.+ → 418 differs from its OpenAPI operation getThingsById \(GET \/api\/v1\/things\/\{id\}\)/,
    );
  });
});

describe('createTestApp checks every injected response', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      extend: (app) => {
        // A route whose handler answers outside its own documentation.
        app.withTypeProvider<ZodTypeProvider>().get(
          '/api/v1/contract-probe',
          {
            schema: {
              security: bearerSecurity,
              querystring: z.object({ lie: z.enum(['status', 'type']).optional() }),
              response: { 200: z.object({ ok: z.boolean() }), ...problemResponses },
            },
          },
          async (request, reply) => {
            // Raw sends past the serializer, as a handler that bypasses its schema would.
            const raw = reply as unknown as FastifyReply;
            if (request.query.lie === 'status') return raw.code(418).type('text/plain').send('teapot');
            if (request.query.lie === 'type') return raw.code(200).type('text/plain').send('ok');
            return { ok: true };
          },
        );
      },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('passes a documented response and rejects the inject of an undocumented one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/contract-probe' })).json()).toEqual({
      ok: true,
    });
    await expect(t.app.inject({ method: 'GET', url: '/api/v1/contract-probe?lie=status' })).rejects.toThrow(
      'status 418 is not documented',
    );
    await expect(t.app.inject({ method: 'GET', url: '/api/v1/contract-probe?lie=type' })).rejects.toThrow(
      'content type text/plain is not documented for status 200',
    );
  });

  it('documents the problem responses as application/problem+json and accepts them', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/contract-probe?lie=size' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
