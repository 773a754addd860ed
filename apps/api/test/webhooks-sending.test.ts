import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { sendAttempt } from '../src/modules/webhooks/send-attempt.js';
import { signWebhookBody } from '../src/modules/webhooks/signature.js';
import { checkTarget, type HostResolver, isForbiddenAddress } from '../src/modules/webhooks/target-guard.js';
import { startReceiver, verifySignature } from './webhooks-receiver.js';

describe('webhook signature', () => {
  it('signs t + "." + body with HMAC-SHA256 (a vector computed with openssl)', () => {
    const header = signWebhookBody(
      'whsec_test',
      '{"id":"e1","type":"webhook.ping"}',
      new Date(1700000000_999),
    );
    expect(header).toBe('t=1700000000,v1=b39b149726e8bcd68a93d8f0e796839c972c19329d200879321279c373f5e777');
  });

  it('fails verification for another body, another secret or an old timestamp', () => {
    const body = '{"a":1}';
    const header = signWebhookBody('s1', body, new Date(1_800_000_000_000));
    expect(verifySignature(header, body, 's1', 1_800_000_010)).toBe(true);
    expect(verifySignature(header, '{"a":2}', 's1', 1_800_000_010)).toBe(false);
    expect(verifySignature(header, body, 's2', 1_800_000_010)).toBe(false);
    expect(verifySignature(header, body, 's1', 1_800_000_000 + 301)).toBe(false);
  });
});

describe('webhook target guard', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '11.0.0.1', '2001:4860:4860::8888'])(
    'allows %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );

  const fakeDns =
    (table: Record<string, string[]>): HostResolver =>
    async (host) => {
      const found = table[host];
      if (!found) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
  const dns = fakeDns({
    'public.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    'mixed.example': ['93.184.215.14', '10.0.0.5'],
    'loopback.example': ['127.0.0.1'],
  });

  it('checks every address a name resolves to: one private address refuses the target', async () => {
    const check = (url: string, allowPrivateNetworks = false) =>
      checkTarget(new URL(url), { resolve: dns, allowPrivateNetworks });
    expect(await check('https://public.example/hook')).toMatchObject({ ok: true });
    expect(await check('https://mixed.example/hook')).toEqual({
      ok: false,
      reason: 'forbidden',
      address: '10.0.0.5',
    });
    expect(await check('https://loopback.example/hook')).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await check('http://[::1]:8080/hook')).toMatchObject({ ok: false, address: '::1' });
    expect(await check('https://nowhere.example/')).toEqual({ ok: false, reason: 'unresolvable' });
    expect(await check('https://loopback.example/hook', true)).toMatchObject({ ok: true });
  });
});

describe('one delivery attempt', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
  });

  const body = JSON.stringify({
    id: 'e-1',
    type: 'webhook.ping',
    occurredAt: '2026-12-01T00:00:00.000Z',
    data: {},
  });
  const base = {
    secret: 'whsec_abc',
    body,
    eventId: 'e-1',
    eventType: 'webhook.ping',
    at: new Date(),
    timeoutMs: 5000,
    resolve: (async () => {
      throw new Error('the system resolver must not be asked');
    }) as HostResolver,
    allowPrivateNetworks: true,
  };

  it('POSTs the exact body, signed, with the event id and type, and reports a 2xx as success', async () => {
    const outcome = await sendAttempt({ ...base, url: receiver.url });
    expect(outcome).toMatchObject({ responseStatus: 200, error: null });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0);
    const [got] = receiver.received;
    expect(got).toMatchObject({ method: 'POST', url: '/hook', body });
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.headers['x-zhicheng-event-id']).toBe('e-1');
    expect(got?.headers['x-zhicheng-event-type']).toBe('webhook.ping');
    const signature = got?.headers['x-zhicheng-signature'] as string;
    expect(verifySignature(signature, got?.body ?? '', 'whsec_abc', Math.floor(Date.now() / 1000))).toBe(
      true,
    );
  });

  it('connects to the address it checked, not to what a later DNS answer says', async () => {
    const resolve = vi.fn<HostResolver>(async () => [{ address: '127.0.0.1', family: 4 }]);
    const outcome = await sendAttempt({
      ...base,
      resolve,
      url: `http://receiver.invalid:${receiver.port}/hook`,
    });
    // `.invalid` never resolves in real DNS: the request arrived only through the pinned address.
    expect(outcome.responseStatus).toBe(200);
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(receiver.received[0]?.headers.host).toBe(`receiver.invalid:${receiver.port}`);
  });

  it('refuses a name that now resolves to loopback (DNS rebinding) without connecting', async () => {
    const outcome = await sendAttempt({
      ...base,
      allowPrivateNetworks: false,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      url: `http://rebound.example:${receiver.port}/hook`,
    });
    expect(outcome).toMatchObject({ responseStatus: null, error: expect.stringContaining('127.0.0.1') });
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses a loopback IP literal by default', async () => {
    const outcome = await sendAttempt({ ...base, allowPrivateNetworks: false, url: receiver.url });
    expect(outcome.error).toContain('内网或本机');
    expect(receiver.received).toHaveLength(0);
  });

  it('does not follow a redirect: the 3xx is the outcome', async () => {
    receiver.respondWith(302);
    const outcome = await sendAttempt({ ...base, url: receiver.url });
    expect(outcome).toMatchObject({ responseStatus: 302, error: null });
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received.map((r) => r.url)).toEqual(['/hook']);
  });

  it('gives up after the timeout', async () => {
    receiver.hangUp();
    const outcome = await sendAttempt({ ...base, url: receiver.url, timeoutMs: 300 });
    expect(outcome).toMatchObject({ responseStatus: null, error: expect.stringContaining('超时') });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(250);
    expect(outcome.durationMs).toBeLessThan(3000);
  });

  it('reports a refused connection', async () => {
    const url = receiver.url;
    await receiver.close();
    const outcome = await sendAttempt({ ...base, url });
    expect(outcome).toMatchObject({ responseStatus: null, error: '连接失败：ECONNREFUSED' });
    receiver = await startReceiver();
  });
});

describe('webhook configuration', () => {
  const base = { DATA_DIR: '/tmp/zc-config-test', JWT_SECRET: 'x'.repeat(40) };

  it('defaults to 30 s back-off, 8 attempts and public targets only', () => {
    expect(loadConfig(base).webhooks).toEqual({
      retryBaseSeconds: 30,
      maxAttempts: 8,
      allowPrivateNetworks: false,
      timeoutMs: 10_000,
    });
  });

  it('reads WEBHOOK_* and names a bad one', () => {
    const config = loadConfig({
      ...base,
      WEBHOOK_RETRY_BASE_SECONDS: '5',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    });
    expect(config.webhooks).toMatchObject({
      retryBaseSeconds: 5,
      maxAttempts: 3,
      allowPrivateNetworks: true,
    });
    expect(() => loadConfig({ ...base, WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_NETWORKS/,
    );
  });
});
