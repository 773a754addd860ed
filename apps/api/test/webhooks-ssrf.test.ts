import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// The default configuration: private networks are not allowed.
let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await createTestApp();
  token = (await loginOk(t.app, 'bureauadmin')).accessToken;
});

afterAll(async () => {
  await t?.close();
});

const create = (url: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/webhooks',
    headers: bearer(token),
    payload: { url, events: ['application.status_changed'] },
  });

describe('webhook targets (SSRF)', () => {
  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook', '127.0.0.1'],
    ['private 10/8', 'https://10.20.30.40/hook', '10.20.30.40'],
    ['private 192.168/16', 'https://192.168.1.10/hook', '192.168.1.10'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['CGNAT', 'https://100.64.1.1/hook', '100.64.1.1'],
    ['IPv6 loopback', 'http://[::1]:3000/hook', '::1'],
    ['IPv6 unique-local', 'https://[fd00::1]/hook', 'fd00::1'],
    ['IPv4-mapped IPv6', 'https://[::ffff:10.0.0.1]/hook', '::ffff:a00:1'],
    ['a name resolving to loopback', 'http://localhost:3000/hook', undefined],
  ])('refuses %s with 422 webhook_target_forbidden', async (_name, url, address) => {
    const response = await create(url);
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem).toMatchObject({ code: 'webhook_target_forbidden' });
    expect(problem.errors).toEqual([{ path: 'url', message: expect.stringContaining('内网或本机') }]);
    if (address) expect(problem.detail).toContain(address);
  });

  it('refuses a name that does not resolve, on the URL field', async () => {
    const response = await create('https://no-such-host.invalid/hook');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'url', message: '无法解析该地址的域名' }]);
  });

  it('accepts a public address', async () => {
    const response = await create('https://93.184.215.14/hook');
    expect(response.statusCode).toBe(201);
  });
});
