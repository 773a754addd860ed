import type { DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import { authRepository } from './auth-repository.js';
import { sha256 } from './tokens.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one captcha check (login after failures, public objections): a captcha of `GET /auth/captcha`
 * gets one guess, compared case-insensitively; wrong, expired or reused → 401 captcha_invalid.
 */
export async function consumeCaptchaAnswer(
  db: DbOrTx,
  captcha: { id: string; answer: string },
  now: Date,
  extensions?: Record<string, unknown>,
): Promise<void> {
  const ok =
    uuidPattern.test(captcha.id) &&
    (await authRepository.consumeCaptcha(db, captcha.id, sha256(captcha.answer.trim().toLowerCase()), now));
  if (!ok) {
    throw new AppError('captcha_invalid', '图形验证码错误或已过期，请重新输入', {
      errors: [{ path: 'captchaAnswer', message: '验证码错误或已过期' }],
      ...(extensions ? { extensions } : {}),
    });
  }
}
