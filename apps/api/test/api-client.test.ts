import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type ApiClient, createApiClient } from '@zhicheng/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication } from './application-factory.js';
import { makeIdNumber } from './fixtures.js';
import { createTestApp, DEMO_PASSWORD, type TestApp } from './helpers.js';
import { contractFetch, createResponseContract, type OpenApiDocument } from './response-contract.js';

/**
 * Integrator flows through @zhicheng/api-client against the real server over HTTP. The client's types
 * come from the committed docs/openapi.json, and every response is checked against that same document,
 * so a server that drifts from it (or a stale client) fails here.
 */
const committedDocument: OpenApiDocument = JSON.parse(
  readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8'),
);
const contract = createResponseContract(committedDocument);

let t: TestApp;
let baseUrl: string;
let unitAdmin: ApiClient;

function clientFor(credential: { accessToken?: string; apiKey?: string } = {}) {
  return createApiClient({ baseUrl, ...credential, fetch: contractFetch(contract) });
}

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const { data, error } = await clientFor().POST('/api/v1/auth/login', {
    body: { username: 'unitadmin', password: DEMO_PASSWORD },
  });
  if (!data) throw new Error(`demo unit admin login failed: ${JSON.stringify(error)}`);
  expect(data.user.role).toBe('unit_admin');
  unitAdmin = clientFor({ accessToken: data.accessToken });
});
afterAll(async () => {
  await t?.close();
});

describe('the typed API client against the real server', () => {
  it('reports a refused login as a problem with its code', async () => {
    const { data, error, response } = await clientFor().POST('/api/v1/auth/login', {
      body: { username: 'unitadmin', password: 'not-the-password' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(error?.code).toBe('invalid_credentials');
  });

  it('refuses a call without credentials with 401 unauthorized', async () => {
    const { error, response } = await clientFor().GET('/api/v1/applications');
    expect(response.status).toBe(401);
    expect(error?.code).toBe('unauthorized');
  });

  it('creates an applicant account in the unit', async () => {
    const username = `client${process.pid % 10000}`;
    const { data, error, response } = await unitAdmin.POST('/api/v1/unit/applicants', {
      body: {
        username,
        password: 'Applicant-2026',
        name: '接口测试',
        idNumber: makeIdNumber('19920304', '418'),
      },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ username, name: '接口测试' });

    const list = await unitAdmin.GET('/api/v1/unit/applicants', { params: { query: { q: username } } });
    expect(list.data?.items.map((a) => a.username)).toContain(username);

    const again = await unitAdmin.POST('/api/v1/unit/applicants', {
      body: {
        username,
        password: 'Applicant-2026',
        name: '接口测试',
        idNumber: makeIdNumber('19920304', '426'),
      },
    });
    expect(again.response.status).toBe(409);
    expect(again.error?.code).toBe('username_taken');
  });

  it('lists applications with filters page by page, reads one and moves it with an Idempotency-Key', async () => {
    // Three submitted applications of the demo unit, each by its own applicant.
    const submitted: string[] = [];
    for (let i = 0; i < 3; i++) {
      const applicant = await createAccount(t);
      const draft = await createCompleteApplication(t, applicant.token, applicant.userId);
      const moved = await clientFor({ accessToken: applicant.token }).POST(
        '/api/v1/applications/{id}/transitions',
        { params: { path: { id: draft.id } }, body: { action: 'submit' } },
      );
      expect(moved.error).toBeUndefined();
      expect(moved.data?.status).toBe('submitted');
      submitted.push(draft.id);
    }

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await unitAdmin.GET('/api/v1/applications', {
        params: { query: { status: ['submitted'], limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      if (!page.data) throw new Error(JSON.stringify(page.error));
      expect(page.data.total).toBe(3);
      expect(page.data.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.items.map((item) => item.id));
      cursor = page.data.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 5);
    expect(pages).toBe(2);
    expect(seen.sort()).toEqual([...submitted].sort());

    const id = submitted[0] ?? '';
    const detail = await unitAdmin.GET('/api/v1/applications/{id}', { params: { path: { id } } });
    expect(detail.data).toMatchObject({ id, status: 'submitted' });
    expect(detail.data?.allowedActions).toContain('start_review');

    const key = randomUUID();
    const first = await unitAdmin.POST('/api/v1/applications/{id}/transitions', {
      params: { path: { id }, header: { 'idempotency-key': key } },
      body: { action: 'start_review' },
    });
    expect(first.data?.status).toBe('unit_review');
    // The repeat (a retry after a lost response) answers the first response without acting again.
    const repeat = await unitAdmin.POST('/api/v1/applications/{id}/transitions', {
      params: { path: { id }, header: { 'idempotency-key': key } },
      body: { action: 'start_review' },
    });
    expect(repeat.response.status).toBe(200);
    expect(repeat.data).toEqual(first.data);
    // Without the key the same action is a new request, refused in the new status.
    const without = await unitAdmin.POST('/api/v1/applications/{id}/transitions', {
      params: { path: { id } },
      body: { action: 'start_review' },
    });
    expect(without.response.status).toBe(409);
    expect(without.error?.code).toBe('invalid_transition');

    const counts = await unitAdmin.GET('/api/v1/applications/counts');
    expect(counts.data?.byStatus).toMatchObject({ submitted: 2, unit_review: 1 });
  });

  it('works as an integrator with an API key: read, import applicants, refused beyond its scopes, revoked', async () => {
    const created = await unitAdmin.POST('/api/v1/api-keys', {
      body: { name: '人事系统同步', scopes: ['applications:read', 'applicants:write'] },
    });
    if (!created.data) throw new Error(JSON.stringify(created.error));
    expect(created.response.status).toBe(201);
    expect(created.data.key).toMatch(/^zck_/);
    const integrator = clientFor({ apiKey: created.data.key });

    const list = await integrator.GET('/api/v1/applications', { params: { query: { limit: 5 } } });
    expect(list.response.status).toBe(200);
    expect(list.data?.total).toBeGreaterThanOrEqual(3);

    const username = `csv${process.pid % 10000}`;
    const csv = `姓名,账号,身份证号\n王五,${username},${makeIdNumber('19880808', '517')}\n`;
    const imported = await integrator.POST('/api/v1/unit/applicants/import', {
      body: { file: csv },
      bodySerializer: ({ file }) => {
        const form = new FormData();
        form.append('file', new Blob([file], { type: 'text/csv' }), 'applicants.csv');
        return form;
      },
    });
    expect(imported.error).toBeUndefined();
    expect(imported.data).toMatchObject({ created: 1, skipped: 0, errors: [] });
    expect(imported.data?.accounts.map((a) => a.username)).toEqual([username]);

    const id = list.data?.items[0]?.id ?? '';
    const refused = await integrator.POST('/api/v1/applications/{id}/transitions', {
      params: { path: { id } },
      body: { action: 'approve' },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ code: 'insufficient_scope', requiredScope: 'reviews:write' });

    const revoked = await unitAdmin.DELETE('/api/v1/api-keys/{id}', {
      params: { path: { id: created.data.id } },
    });
    expect(revoked.response.status).toBe(200);
    const after = await integrator.GET('/api/v1/applications');
    expect(after.response.status).toBe(401);
    expect(after.error?.code).toBe('invalid_api_key');
  });

  it('checked every response against the committed document', () => {
    // Each of the 22 client calls above (login included) matched an operation of the document.
    expect(contract.checked).toBe(22);
  });
});
