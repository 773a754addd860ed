import { type Role, roles } from '@zhicheng/contracts';
import { demoAccounts } from '@zhicheng/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  probeUrl,
  type RouteExpectation,
  routeExpectations,
  routeKey,
  routesOfTree,
} from './access-matrix-routes.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
/** One demo account per role, logged in once for the whole file. */
const tokens = new Map<Role, string>();
const usernameOf = (role: Role) => demoAccounts.find((a) => a.role === role)?.username ?? '';

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) tokens.set(role, (await loginOk(t.app, usernameOf(role))).accessToken);
});
afterAll(async () => {
  await t?.close();
});

/** Refresh and logout act on the session itself: they get a throwaway one so cached tokens stay valid. */
const sessionBound = (r: RouteExpectation) => /\/auth\/(refresh|logout)$/.test(r.path);

/** One request to a route as `who`, with an empty body where it takes one (the guard runs before it). */
async function probe(r: RouteExpectation, who: Role | 'anonymous') {
  let headers: Record<string, string> = who === 'anonymous' ? {} : bearer(tokens.get(who) ?? '');
  let cookies: Record<string, string> = {};
  if (sessionBound(r)) {
    const session = await loginOk(t.app, who === 'anonymous' ? 'applicant02' : usernameOf(who));
    cookies = { zc_refresh: session.refresh };
    headers = who === 'anonymous' ? {} : bearer(session.accessToken);
  }
  const hasBody = r.method !== 'GET' && r.method !== 'DELETE';
  return t.app.inject({
    method: r.method,
    url: probeUrl(r.path),
    headers,
    cookies,
    ...(hasBody ? { payload: {} } : {}),
  });
}

describe('access matrix: every route has an expectation', () => {
  it('lists every /api/v1 route of the OpenAPI document in the table, and nothing else', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const registered = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/v1/') && !path.startsWith('/api/v1/test/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`));
    const table = routeExpectations.map(routeKey);
    // A new route without an access expectation fails here: add it to access-matrix-routes.ts.
    expect(registered.filter((k) => !table.includes(k)).sort()).toEqual([]);
    expect(table.filter((k) => !registered.includes(k)).sort()).toEqual([]);
    expect(new Set(table).size).toBe(table.length);
  });

  it('documents exactly the public routes with `security: []`, every other one with the bearer token', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, { security?: unknown[] }>>)
      .filter(([path]) => path.startsWith('/api/v1/') && !path.startsWith('/api/v1/test/'))
      .flatMap(([path, byMethod]) =>
        Object.entries(byMethod).map(([m, op]) => ({
          key: `${m.toUpperCase()} ${path}`,
          security: op.security,
        })),
      );
    const documentedPublic = operations.filter((o) => o.security?.length === 0).map((o) => o.key);
    const publicRoutes = routeExpectations.filter((r) => r.access === 'public').map(routeKey);
    expect(documentedPublic.sort()).toEqual([...publicRoutes].sort());
    // Routes that API keys may call list the key scheme too, with the scope they need.
    const scopes = new Map(routeExpectations.map((r) => [routeKey(r), r.scope]));
    for (const o of operations.filter((x) => !documentedPublic.includes(x.key))) {
      const scope = scopes.get(o.key);
      expect(o.security, o.key).toEqual([{ bearerAuth: [] }, ...(scope ? [{ apiKey: [scope] }] : [])]);
    }
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (byMethod) => Object.values(byMethod).map((op) => op.operationId),
    );
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists every /api/v1 route of Fastify's route tree too, those hidden from the document included", () => {
    const registered = routesOfTree(t.app.printRoutes({ commonPrefix: false })).filter(
      (k) => k.includes(' /api/v1/') && !k.includes(' /api/v1/test/'),
    );
    expect(registered.length).toBeGreaterThan(100);
    expect([...registered].sort()).toEqual(routeExpectations.map(routeKey).sort());
  });
});

describe('access matrix: anonymous callers', () => {
  it('answers 401 unauthorized on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const r of routeExpectations.filter((x) => x.access !== 'public')) {
      const response = await probe(r, 'anonymous');
      if (response.statusCode !== 401 || response.json().code !== 'unauthorized') {
        wrong.push(`${routeKey(r)} → ${response.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets them through the public routes (sign-in, registration, password reset, catalogue)', async () => {
    const wrong: string[] = [];
    for (const r of routeExpectations.filter((x) => x.access === 'public')) {
      const response = await probe(r, 'anonymous');
      if ([401, 403].includes(response.statusCode) || response.statusCode >= 500) {
        wrong.push(`${routeKey(r)} → ${response.statusCode} ${response.body}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('access matrix: each demo role', () => {
  it.each(roles.map((role) => [role, usernameOf(role)]))(
    '%s (%s) passes exactly the guards meant for it; every other route answers 403 forbidden',
    async (role) => {
      const wrong: string[] = [];
      for (const r of routeExpectations) {
        const allowed = r.access === 'public' || r.access === 'signed-in' || r.access.includes(role);
        const response = await probe(r, role);
        const refused = response.statusCode === 401 || response.statusCode === 403;
        if (allowed && refused) wrong.push(`${routeKey(r)} → ${response.statusCode}, expected through`);
        // Through the guard, a made-up id or an empty body is the caller's mistake, never a crash.
        if (response.statusCode >= 500)
          wrong.push(`${routeKey(r)} → ${response.statusCode} ${response.body}`);
        if (!allowed && (response.statusCode !== 403 || response.json().code !== 'forbidden')) {
          wrong.push(`${routeKey(r)} → ${response.statusCode}, expected 403 forbidden`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
