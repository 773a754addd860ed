import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    extend: (app) => {
      // Probe routes standing in for a bug and for a database outage.
      app.get('/api/v1/test/boom', async () => {
        throw new Error('secret internal detail: password=hunter2');
      });
      app.get('/api/v1/test/db-down', async () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      });
      app.post(
        '/api/v1/test/echo',
        { schema: { body: z.object({ admin: z.object({ email: z.email('邮箱格式不正确') }) }) } },
        async (request) => request.body,
      );
    },
  });
});
afterAll(async () => {
  await t?.close();
});

function expectProblem(
  response: { headers: Record<string, unknown>; json(): Record<string, unknown> },
  status: number,
  code: string,
) {
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.headers['x-request-id']).toBeTruthy();
  const body = response.json();
  expect(body).toMatchObject({ status, code, requestId: response.headers['x-request-id'] });
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  return body;
}

describe('problem+json', () => {
  it('400 for garbage JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(response.statusCode).toBe(400);
    expectProblem(response, 400, 'bad_request');
  });

  it('400 with nested field paths for validation errors', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { admin: { email: 'not-an-email' } },
    });
    const body = expectProblem(response, 400, 'validation_failed');
    expect(body.errors).toEqual([{ path: 'admin.email', message: '邮箱格式不正确' }]);
  });

  it('415 for a content type the API does not speak', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('401 for a missing token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expectProblem(response, 401, 'unauthorized');
  });

  it('404 for an unknown route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expectProblem(response, 404, 'not_found');
  });

  it('500 with the message masked', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/test/boom' });
    const body = expectProblem(response, 500, 'internal_error');
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(body.title).toBe('服务器内部错误');
  });

  it('503 when the database cannot be reached', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/test/db-down' });
    const body = expectProblem(response, 503, 'service_unavailable');
    expect(JSON.stringify(body)).not.toContain('5432');
  });

  it('echoes a sane incoming x-request-id', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.headers['x-request-id']).toBe('abc-123');
  });
});

describe('health', () => {
  it('/healthz answers ok', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz checks the database and storage', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { database: true, storage: true } });
  });
});

describe('security headers', () => {
  it('sends a CSP and nosniff', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets the file viewer frame a PDF as a blob: URL and nothing else', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    const directives = new Map(
      String(response.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...sources]) => [name, sources.join(' ')]),
    );
    expect(directives.get('frame-src')).toBe("'self' blob:");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('default-src')).toBe("'self'");
  });
});
