import { createHash } from 'node:crypto';
import type { ApiKey } from '@zhicheng/contracts';
import { apiKeys, auditEvents } from '@zhicheng/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from './api-keys-fixtures.js';
import { createAccount, createCompleteApplication, createForeignUnitAdmin } from './application-factory.js';
import { makeIdNumber } from './fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let unitAdmin: string;
let bureau: string;
let demoUnitId: string;

const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const listKeys = async (token: string): Promise<ApiKey[]> =>
  (await get('/api/v1/api-keys', token)).json().items;

beforeAll(async () => {
  t = await createTestApp();
  unitAdmin = (await loginOk(t.app, 'unitadmin')).accessToken;
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
  demoUnitId = (await get('/api/v1/me', unitAdmin)).json().unit.id;
});
afterAll(async () => {
  await t?.close();
});

/** A submitted application of a new applicant in `unitId` (the demo unit by default). */
async function submittedApplication(unitId?: string) {
  const applicant = await createAccount(t, 'applicant', unitId);
  const draft = await createCompleteApplication(t, applicant.token, applicant.userId);
  const submitted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${draft.id}/transitions`,
    headers: bearer(applicant.token),
    payload: { action: 'submit' },
  });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
  return draft.id;
}

describe('API keys: issuing, listing, revoking', () => {
  it('issues a unit admin a key bound to the unit, shows the secret once and lists only its prefix', async () => {
    const created = await issueKey(t, unitAdmin, {
      name: '人事系统',
      scopes: ['stats:read', 'applications:read'],
      expiresAt: new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString(),
    });
    expect(created).toMatchObject({
      name: '人事系统',
      ownerKind: 'unit',
      unitId: demoUnitId,
      scopes: ['applications:read', 'stats:read'],
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(created.key).toMatch(/^zck_[0-9A-Za-z]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    const listed = await get('/api/v1/api-keys', unitAdmin);
    expect(listed.statusCode).toBe(200);
    const item = listed.json().items.find((k: ApiKey) => k.id === created.id);
    expect(item).toMatchObject({
      prefix: created.prefix,
      scopes: created.scopes,
      expiresAt: created.expiresAt,
    });
    expect(item).not.toHaveProperty('key');
    expect(listed.body).not.toContain(created.key);
  });

  it('gives the bureau admin bureau-wide keys; each owner sees and revokes only its own', async () => {
    const bureauKey = await issueKey(t, bureau, { scopes: ['stats:read'] });
    expect(bureauKey).toMatchObject({ ownerKind: 'bureau', unitId: null });
    const unitKey = await issueKey(t, unitAdmin);
    const foreign = await createForeignUnitAdmin(t);

    expect((await listKeys(bureau)).map((k) => k.id)).toContain(bureauKey.id);
    expect((await listKeys(bureau)).map((k) => k.id)).not.toContain(unitKey.id);
    expect((await listKeys(unitAdmin)).map((k) => k.id)).not.toContain(bureauKey.id);
    expect(await listKeys(foreign.token)).toEqual([]);

    for (const [token, id] of [
      [foreign.token, unitKey.id],
      [unitAdmin, bureauKey.id],
      [bureau, unitKey.id],
    ] as const) {
      const refused = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/api-keys/${id}`,
        headers: bearer(token),
      });
      expect(refused.statusCode).toBe(404);
    }
    expect((await get('/api/v1/applications/counts', unitKey.key)).statusCode).toBe(200);
  });

  it('refuses other roles, empty scopes and an expiry in the past', async () => {
    const operator = (await loginOk(t.app, 'unitoperator')).accessToken;
    const refused = await get('/api/v1/api-keys', operator);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');

    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: bearer(unitAdmin), payload });
    const noScopes = await post({ name: '空权限', scopes: [] });
    expect(noScopes.statusCode).toBe(400);
    expect(noScopes.json().errors.map((e: { path: string }) => e.path)).toContain('scopes');
    const unknownScope = await post({ name: '未知权限', scopes: ['applications:write'] });
    expect(unknownScope.statusCode).toBe(400);
    const past = await post({
      name: '已过期',
      scopes: ['applications:read'],
      expiresAt: new Date(t.clock.now().getTime() - 1000).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors).toEqual([{ path: 'expiresAt', message: '到期时间须晚于当前时间' }]);
  });

  it('revokes a key at once: its next request is 401 invalid_api_key; revoking again changes nothing', async () => {
    const created = await issueKey(t, unitAdmin, { scopes: ['applications:read'] });
    expect((await get('/api/v1/applications', created.key)).statusCode).toBe(200);

    const revoke = () =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${created.id}`, headers: bearer(unitAdmin) });
    const revoked = await revoke();
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toBe(t.clock.now().toISOString());

    const after = await get('/api/v1/applications', created.key);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('invalid_api_key');

    expect((await revoke()).json().revokedAt).toBe(revoked.json().revokedAt);
    const listed = (await listKeys(unitAdmin)).find((k) => k.id === created.id);
    expect(listed?.revokedAt).toBe(revoked.json().revokedAt);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, created.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['api_key.created', 'api_key.revoked']);
  });
});

describe('API keys: authenticating', () => {
  it('refuses unknown and malformed keys with 401 invalid_api_key', async () => {
    for (const key of [`zck_${'A'.repeat(43)}`, 'zck_short', 'zck_']) {
      const response = await get('/api/v1/applications', key);
      expect(response.statusCode, key).toBe(401);
      expect(response.json().code).toBe('invalid_api_key');
    }
  });

  it('is not a person: /me, /me/password and key management answer 403 insufficient_scope', async () => {
    const key = (await issueKey(t, unitAdmin)).key;
    const bureauKey = (await issueKey(t, bureau)).key;
    for (const [method, url, token] of [
      ['GET', '/api/v1/me', key],
      ['POST', '/api/v1/me/password', key],
      ['GET', '/api/v1/api-keys', key],
      ['POST', '/api/v1/api-keys', key],
      ['DELETE', '/api/v1/api-keys/00000000-0000-4000-8000-000000000000', key],
      ['GET', '/api/v1/api-keys', bureauKey],
      ['GET', '/api/v1/admin/audit-events', bureauKey],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: bearer(token),
        ...(method === 'POST' ? { payload: { name: 'x', scopes: ['stats:read'] } } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().code).toBe('insufficient_scope');
    }
  });

  it('acts only within its scopes', async () => {
    const statsOnly = (await issueKey(t, bureau, { scopes: ['stats:read'] })).key;
    expect((await get('/api/v1/stats', statsOnly)).statusCode).toBe(200);
    const refused = await get('/api/v1/applications', statsOnly);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'insufficient_scope', requiredScope: 'applications:read' });

    const reader = (await issueKey(t, unitAdmin, { scopes: ['applications:read'] })).key;
    expect((await get('/api/v1/applications', reader)).statusCode).toBe(200);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/unit/applicants',
      headers: bearer(reader),
      payload: {},
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().code).toBe('insufficient_scope');
  });

  it('sees exactly what its unit admin sees; another unit’s application is not found', async () => {
    const own = await submittedApplication();
    const foreignAdmin = await createForeignUnitAdmin(t);
    const foreign = await submittedApplication(foreignAdmin.unitId);
    const key = (await issueKey(t, unitAdmin, { scopes: ['applications:read'] })).key;

    const ids = async (token: string) =>
      (await get('/api/v1/applications?limit=100', token)).json().items.map((a: { id: string }) => a.id);
    const byKey = await ids(key);
    expect(byKey).toContain(own);
    expect(byKey).not.toContain(foreign);
    expect(byKey).toEqual(await ids(unitAdmin));
    expect((await get('/api/v1/applications/counts', key)).json()).toEqual(
      (await get('/api/v1/applications/counts', unitAdmin)).json(),
    );

    expect((await get(`/api/v1/applications/${own}`, key)).statusCode).toBe(200);
    for (const path of ['', '/sections', '/materials', '/timeline']) {
      const response = await get(`/api/v1/applications/${foreign}${path}`, key);
      expect(response.statusCode, path).toBe(404);
    }
    // A bureau key sees both, as the bureau admin does.
    const bureauKey = (await issueKey(t, bureau, { scopes: ['applications:read'] })).key;
    expect(await ids(bureauKey)).toEqual(expect.arrayContaining([own, foreign]));
  });

  it('names the key in the audit events it causes, with its creator as the actor', async () => {
    const key = await issueKey(t, unitAdmin, {
      name: '人事系统同步',
      scopes: ['applicants:write', 'reviews:write'],
    });
    const me = (await get('/api/v1/me', unitAdmin)).json();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/unit/applicants',
      headers: bearer(key.key),
      payload: {
        username: 'keyapplicant1',
        password: 'Applicant-2026',
        name: '钱接口',
        idNumber: makeIdNumber('19900307', '447'),
      },
    });
    expect(created.statusCode).toBe(201);
    const application = await submittedApplication();
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${application}/transitions`,
      headers: bearer(key.key),
      payload: { action: 'start_review' },
    });
    expect(started.statusCode).toBe(200);

    for (const [action, targetId] of [
      ['account.created', created.json().id],
      ['application.start_review', application],
    ]) {
      const [event] = await t.database.db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.action} = ${action} and ${auditEvents.targetId} = ${targetId}`);
      expect(event, action).toMatchObject({ actorId: me.id, actorRole: 'unit_admin' });
      expect(event?.details).toMatchObject({ apiKey: { id: key.id, name: '人事系统同步' } });
    }
    // The same change made by the person carries no key.
    const byPerson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/unit/applicants',
      headers: bearer(unitAdmin),
      payload: {
        username: 'keyapplicant2',
        password: 'Applicant-2026',
        name: '孙本人',
        idNumber: makeIdNumber('19900307', '111'),
      },
    });
    expect(byPerson.statusCode).toBe(201);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, byPerson.json().id));
    expect(event?.details ?? {}).not.toHaveProperty('apiKey');
  });

  it('keeps only the SHA-256 of the secret', async () => {
    const created = await issueKey(t, unitAdmin);
    await get('/api/v1/applications', created.key);
    const [row] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row?.keyHash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(row?.prefix).toBe(created.prefix);
    const secretPart = created.key.slice(created.prefix.length);
    const everyKeyRow = JSON.stringify(await t.database.db.select().from(apiKeys));
    const everyAuditRow = JSON.stringify(await t.database.db.select().from(auditEvents));
    expect(everyKeyRow).not.toContain(secretPart);
    expect(everyAuditRow).not.toContain(secretPart);
  });
});

describe('API keys: time', () => {
  it('records the last use, at most about once a minute', async () => {
    const created = await issueKey(t, unitAdmin, { scopes: ['applications:read'] });
    const lastUsed = async () => (await listKeys(unitAdmin)).find((k) => k.id === created.id)?.lastUsedAt;
    expect(await lastUsed()).toBeNull();

    const firstUse = t.clock.now().toISOString();
    await get('/api/v1/applications/counts', created.key);
    expect(await lastUsed()).toBe(firstUse);

    t.clock.advance(30_000);
    await get('/api/v1/applications/counts', created.key);
    expect(await lastUsed()).toBe(firstUse);

    t.clock.advance(31_000);
    await get('/api/v1/applications/counts', created.key);
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
  });

  it('stops a key at its expiry with 401 invalid_api_key', async () => {
    const created = await issueKey(t, unitAdmin, {
      scopes: ['applications:read'],
      expiresAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(),
    });
    expect((await get('/api/v1/applications/counts', created.key)).statusCode).toBe(200);
    t.clock.advance(3_600_000);
    const expired = await get('/api/v1/applications/counts', created.key);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('invalid_api_key');
  });
});
