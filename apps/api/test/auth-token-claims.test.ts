import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const me = (accessToken: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(accessToken) });

/** The claims of a real access token, re-signed with the app's own secret after `edit`. */
async function forged(edit: (claims: Record<string, unknown>) => void) {
  const session = await loginOk(t.app, 'applicant01');
  const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1] ?? '', 'base64url').toString());
  edit(claims);
  return { genuine: session.accessToken, token: signHs256(claims) };
}

/** Signs by hand, so the token carries exactly `claims` and nothing a JWT library would add. */
function signHs256(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  const signature = createHmac('sha256', testConfig().jwtSecret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('access token claims (#16 defect 14)', () => {
  it('the genuine token and an unchanged re-signed copy are accepted', async () => {
    const { genuine, token } = await forged(() => {});
    expect((await me(genuine)).statusCode).toBe(200);
    expect((await me(token)).statusCode).toBe(200);
  });

  for (const claim of ['exp', 'iat', 'aud', 'iss']) {
    it(`refuses a token signed with the right secret but without "${claim}"`, async () => {
      const { token } = await forged((claims) => {
        delete claims[claim];
      });
      const response = await me(token);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('unauthorized');
    });
  }

  it('refuses a token for another audience or from another issuer', async () => {
    for (const edit of [
      (claims: Record<string, unknown>) => {
        claims.aud = 'another-api';
      },
      (claims: Record<string, unknown>) => {
        claims.iss = 'someone-else';
      },
    ]) {
      const { token } = await forged(edit);
      const response = await me(token);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('unauthorized');
    }
  });
});
