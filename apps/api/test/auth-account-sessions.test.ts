import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceOf } from '../src/modules/auth/user-agent.js';
import { bearer, createTestApp, DEMO_PASSWORD, refreshCookieOf, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const WINDOWS_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

async function loginFrom(username: string, userAgent: string, ip: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: DEMO_PASSWORD },
    headers: { 'user-agent': userAgent },
    remoteAddress: ip,
  });
  expect(response.statusCode).toBe(200);
  return { accessToken: response.json().accessToken as string, refresh: refreshCookieOf(response) ?? '' };
}

const sessions = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: bearer(token) });
const endSession = (token: string, id: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/me/sessions/${id}`, headers: bearer(token) });
const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });

describe('账号安全: own sessions (#16 defect 15, ASVS 7.5.2)', () => {
  it('lists live sessions with device, IP, times and which one is this', async () => {
    const office = await loginFrom('applicant01', WINDOWS_CHROME, '10.20.0.1');
    t.clock.advance(5_000);
    const phone = await loginFrom('applicant01', IPHONE_SAFARI, '10.20.0.2');
    const response = await sessions(phone.accessToken);
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    const mine = items.filter((s: { ip: string }) => s.ip?.startsWith('10.20.0.'));
    expect(mine).toEqual([
      expect.objectContaining({ device: 'Safari 17 · iOS', ip: '10.20.0.2', current: true }),
      expect.objectContaining({ device: 'Chrome 131 · Windows', ip: '10.20.0.1', current: false }),
    ]);
    expect(Date.parse(mine[0].lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(mine[1].lastSeenAt));
    // The office session's own token still works until it is ended.
    expect((await me(office.accessToken)).statusCode).toBe(200);
  });

  it('ending another session stops its access token and its refresh cookie at once', async () => {
    const office = await loginFrom('applicant02', WINDOWS_CHROME, '10.21.0.1');
    const phone = await loginFrom('applicant02', IPHONE_SAFARI, '10.21.0.2');
    const list = (await sessions(phone.accessToken)).json().items;
    const officeSession = list.find((s: { ip: string }) => s.ip === '10.21.0.1');

    const ended = await endSession(phone.accessToken, officeSession.id);
    expect(ended.statusCode).toBe(204);

    const blocked = await me(office.accessToken);
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().code).toBe('session_expired');
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { zc_refresh: office.refresh },
    });
    expect(refreshed.statusCode).toBe(401);
    expect((await sessions(phone.accessToken)).json().items.map((s: { id: string }) => s.id)).not.toContain(
      officeSession.id,
    );
    expect((await me(phone.accessToken)).statusCode).toBe(200);
    // Already ended: nothing left to end.
    expect((await endSession(phone.accessToken, officeSession.id)).statusCode).toBe(404);
  });

  it("cannot see or end someone else's session", async () => {
    const victim = await loginFrom('unitoperator', WINDOWS_CHROME, '10.22.0.1');
    const attacker = await loginFrom('applicant01', WINDOWS_CHROME, '10.22.0.2');
    const victimSessions = (await sessions(victim.accessToken)).json().items;
    const attackerIds = (await sessions(attacker.accessToken)).json().items.map((s: { id: string }) => s.id);
    for (const s of victimSessions) expect(attackerIds).not.toContain(s.id);

    const target = victimSessions.find((s: { current: boolean }) => s.current);
    const response = await endSession(attacker.accessToken, target.id);
    expect(response.statusCode).toBe(404);
    expect((await me(victim.accessToken)).statusCode).toBe(200);
  });
});

describe('deviceOf', () => {
  it('names common browsers and systems, and admits what it does not know', () => {
    expect(deviceOf(WINDOWS_CHROME)).toBe('Chrome 131 · Windows');
    expect(deviceOf(IPHONE_SAFARI)).toBe('Safari 17 · iOS');
    expect(
      deviceOf(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toBe('Edge 131 · Windows');
    expect(deviceOf(undefined)).toBe('未知设备');
    expect(deviceOf('curl/8.5.0')).toBe('未知设备');
  });
});
