import { type ApiKeyCreated, type ApiKeyScope, apiKeyScopes } from '@zhicheng/contracts';
import { bearer, type TestApp } from './helpers.js';

/** Issues a key as the person behind `token` (a unit admin or the bureau admin); fails the test otherwise. */
export async function issueKey(
  t: TestApp,
  token: string,
  body: { name?: string; scopes?: readonly ApiKeyScope[]; expiresAt?: string } = {},
): Promise<ApiKeyCreated> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: bearer(token),
    payload: { name: body.name ?? '对接测试', scopes: body.scopes ?? apiKeyScopes, ...body },
  });
  if (response.statusCode !== 201) throw new Error(`issuing a key failed: ${response.body}`);
  return response.json();
}

/** Every scope but `scope`. */
export const scopesBut = (scope: ApiKeyScope) => apiKeyScopes.filter((s) => s !== scope);
