import { i18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format-date-time';

/** What the login form does with a failed attempt. */
export type LoginFailure =
  | { kind: 'captcha'; message: string }
  | { kind: 'alert'; message: string; showCaptcha: boolean }
  | { kind: 'fields'; error: ApiError };

// The server's detail says whom to contact; the fallback text does too.
function lockedMessage(error: ApiError): string {
  if (error.detail) return error.detail;
  const until = error.extensions.lockedUntil;
  if (typeof until === 'string') return i18n.t('login.lockedUntil', { time: formatDateTime(until) });
  return error.title;
}

/** The refusal's message, with the attempts left before the lock when the server says how many. */
function refusalMessage(error: ApiError): string {
  const remaining = error.extensions.remainingAttempts;
  if (typeof remaining !== 'number' || remaining < 1) return error.displayMessage;
  return i18n.t('login.remainingAttempts', { message: error.displayMessage, n: remaining });
}

export function classifyLoginFailure(error: unknown): LoginFailure {
  if (!(error instanceof ApiError))
    return { kind: 'alert', message: i18n.t('errors.unknown'), showCaptcha: false };
  switch (error.code) {
    case 'captcha_required':
    case 'captcha_invalid':
      return { kind: 'captcha', message: error.displayMessage };
    case 'account_locked':
      return { kind: 'alert', message: lockedMessage(error), showCaptcha: false };
    case 'validation_failed':
      return { kind: 'fields', error };
    default:
      return {
        kind: 'alert',
        message: error.code === 'invalid_credentials' ? refusalMessage(error) : error.displayMessage,
        showCaptcha: error.extensions.captchaRequired === true,
      };
  }
}
