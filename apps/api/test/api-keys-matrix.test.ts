import { type ApiKeyScope, apiKeyScopes } from '@zhicheng/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeUrl, type RouteExpectation, routeExpectations, routeKey } from './access-matrix-routes.js';
import { issueKey, scopesBut } from './api-keys-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
type Owner = 'unit' | 'bureau';
/** Per owner: a key with every scope, and per scope one with only it and one with all the others. */
const keys = new Map<string, string>();
const keyOf = (owner: Owner, which: string) => keys.get(`${owner}:${which}`) ?? '';
const roleOf = { unit: 'unit_admin', bureau: 'bureau_admin' } as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [owner, username] of [
    ['unit', 'unitadmin'],
    ['bureau', 'bureauadmin'],
  ] as const) {
    const token = (await loginOk(t.app, username)).accessToken;
    keys.set(`${owner}:all`, (await issueKey(t, token)).key);
    for (const scope of apiKeyScopes) {
      keys.set(`${owner}:only ${scope}`, (await issueKey(t, token, { scopes: [scope] })).key);
      keys.set(`${owner}:but ${scope}`, (await issueKey(t, token, { scopes: scopesBut(scope) })).key);
    }
  }
});
afterAll(async () => {
  await t?.close();
});

function probe(r: RouteExpectation, key: string) {
  const hasBody = r.method !== 'GET' && r.method !== 'DELETE';
  return t.app.inject({
    method: r.method,
    url: probeUrl(r.path),
    headers: bearer(key),
    ...(hasBody ? { payload: {} } : {}),
  });
}

const guarded = routeExpectations.filter((r) => r.access !== 'public');

describe('API keys: every route of the access matrix', () => {
  it('names only the four scopes, and some route needs each', () => {
    const used = new Set(guarded.map((r) => r.scope).filter(Boolean));
    expect([...used].sort()).toEqual([...apiKeyScopes].sort());
  });

  it.each(['unit', 'bureau'] as const)(
    'answers a %s key 403 insufficient_scope on every route that names no scope',
    async (owner) => {
      const wrong: string[] = [];
      for (const r of guarded.filter((x) => !x.scope)) {
        const response = await probe(r, keyOf(owner, 'all'));
        if (response.statusCode !== 403 || response.json().code !== 'insufficient_scope') {
          wrong.push(`${routeKey(r)} → ${response.statusCode} ${response.body.slice(0, 80)}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each(['unit', 'bureau'] as const)(
    'lets a %s key through a scoped route exactly when it holds the scope (and its admin role may pass)',
    async (owner) => {
      const wrong: string[] = [];
      for (const r of guarded.filter((x) => x.scope)) {
        const scope = r.scope as ApiKeyScope;
        const without = await probe(r, keyOf(owner, `but ${scope}`));
        if (without.statusCode !== 403 || without.json().code !== 'insufficient_scope') {
          wrong.push(`${routeKey(r)} without ${scope} → ${without.statusCode}`);
        }
        const role = roleOf[owner];
        const roleMayPass = r.access === 'signed-in' || (r.access !== 'public' && r.access.includes(role));
        const response = await probe(r, keyOf(owner, `only ${scope}`));
        if (response.statusCode >= 500)
          wrong.push(`${routeKey(r)} → ${response.statusCode} ${response.body}`);
        if (roleMayPass && [401, 403].includes(response.statusCode)) {
          wrong.push(`${routeKey(r)} with ${scope} → ${response.statusCode}, expected through`);
        }
        if (!roleMayPass && (response.statusCode !== 403 || response.json().code !== 'forbidden')) {
          wrong.push(
            `${routeKey(r)} with ${scope} → ${response.statusCode}, expected 403 forbidden (${role})`,
          );
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
