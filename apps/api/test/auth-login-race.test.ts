import { users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, login, TEST_CAPTCHA_ANSWER, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function userRow(username: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row;
}

describe('parallel wrong-password logins (#16)', () => {
  it('count atomically: captcha after 3, locked after 5, and the lock holds until it expires', async () => {
    const username = 'swjreviewer';
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(t.app, username, `Wrong-pass${i}`, {}, `10.9.${i}.1`)),
    );
    const bodies = responses.map((r) => r.json());
    for (const r of responses) expect([401, 423]).toContain(r.statusCode);
    // Refusals that did not yet ask for a captcha (a lock refusal is not one of them).
    const withoutCaptcha = bodies.filter((b) => b.code !== 'account_locked' && b.captchaRequired !== true);
    expect(withoutCaptcha.length).toBeLessThanOrEqual(3);
    expect(bodies.some((b) => b.code === 'account_locked')).toBe(true);
    for (const b of bodies.filter((x) => x.code === 'invalid_credentials'))
      expect(b.remainingAttempts).toBeGreaterThanOrEqual(1);

    const locked = await userRow(username);
    expect(locked.lockedUntil).not.toBeNull();
    expect(locked.lockedUntil?.getTime()).toBeGreaterThan(t.clock.now().getTime());

    // The right password, with a solved captcha, is refused while the lock lasts.
    const captcha = await t.app.inject({ method: 'GET', url: '/api/v1/auth/captcha' });
    const right = await login(
      t.app,
      username,
      DEMO_PASSWORD,
      { captchaId: captcha.json().id, captchaAnswer: TEST_CAPTCHA_ANSWER },
      '10.9.200.1',
    );
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');

    // After expiry the right password gets in and the count starts again.
    t.clock.advance(15 * 60_000 + 1000);
    const later = await login(t.app, username, DEMO_PASSWORD, {}, '10.9.201.1');
    expect(later.statusCode).toBe(200);
    const cleared = await userRow(username);
    expect(cleared.failedLoginCount).toBe(0);
    expect(cleared.lockedUntil).toBeNull();
  });
});
