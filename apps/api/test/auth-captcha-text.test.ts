import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArithmeticQuestion } from '../src/modules/auth/captcha-text.js';
import { createTestApp, DEMO_PASSWORD, login, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A text captcha and the answer a person would give to its question. */
async function textCaptcha() {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/captcha/text' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  const { id, question } = response.json() as { id: string; question: string };
  const match = /^(\d) (加|减) (\d) 等于几？$/.exec(question);
  if (!match) throw new Error(`unexpected question ${question}`);
  const [a, b] = [Number(match[1]), Number(match[3])];
  return { id, question, answer: String(match[2] === '加' ? a + b : a - b) };
}

/** Three failures for `user` from `ip`, so the next login needs a captcha. */
async function failThrice(user: string, ip: string) {
  for (let i = 0; i < 3; i++) await login(t.app, user, 'Wrong-pass1', {}, ip);
  const refused = await login(t.app, user, DEMO_PASSWORD, {}, ip);
  expect(refused.json().code).toBe('captcha_required');
}

describe('the text captcha, the non-image alternative (WCAG 3.3.8)', () => {
  it('asks a sum or difference of one-digit numbers in plain text, never a negative answer', () => {
    const picks = [7, 5, 0];
    expect(createArithmeticQuestion(() => picks.shift() ?? 0)).toEqual({
      question: '7 加 5 等于几？',
      answer: '12',
    });
    const minus = [3, 8, 1];
    expect(createArithmeticQuestion(() => minus.shift() ?? 0)).toEqual({
      question: '8 减 3 等于几？',
      answer: '5',
    });
  });

  it('lets a login that needs a captcha through with the right answer, once', async () => {
    const ip = '10.0.7.1';
    await failThrice('unitoperator', ip);
    const { id, answer } = await textCaptcha();
    const ok = await login(
      t.app,
      'unitoperator',
      DEMO_PASSWORD,
      { captchaId: id, captchaAnswer: answer },
      ip,
    );
    expect(ok.statusCode, ok.body).toBe(200);

    // Single use: the same id and answer are refused the second time (another account needing one).
    await failThrice('slsecretary', ip);
    const reused = await login(
      t.app,
      'slsecretary',
      DEMO_PASSWORD,
      { captchaId: id, captchaAnswer: answer },
      ip,
    );
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ code: 'captcha_invalid', captchaRequired: true });
  });

  it('refuses a wrong answer and an answer after 5 minutes', async () => {
    const ip = '10.0.7.2';
    await failThrice('applicant02', ip);
    const wrong = await textCaptcha();
    const refused = await login(
      t.app,
      'applicant02',
      DEMO_PASSWORD,
      { captchaId: wrong.id, captchaAnswer: String(Number(wrong.answer) + 1) },
      ip,
    );
    expect(refused.json().code).toBe('captcha_invalid');
    expect(refused.json().errors[0].path).toBe('captchaAnswer');

    const late = await textCaptcha();
    t.clock.advance(5 * 60_000 + 1000);
    const expired = await login(
      t.app,
      'applicant02',
      DEMO_PASSWORD,
      { captchaId: late.id, captchaAnswer: late.answer },
      ip,
    );
    expect(expired.json().code).toBe('captcha_invalid');
  });
});
