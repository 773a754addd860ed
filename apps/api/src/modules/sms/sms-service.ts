import { randomInt } from 'node:crypto';
import type { SmsPurpose } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { sha256 } from '../auth/tokens.js';
import { smsRepository as repo } from './sms-repository.js';
import type { SmsSender } from './sms-sender.js';

export const SMS_CODE_TTL_MS = 5 * 60_000;
export const SMS_RESEND_INTERVAL_MS = 60_000;
export const SMS_MAX_PER_HOUR = 5;
const MAX_WRONG_GUESSES = 5;
const HOUR_MS = 3_600_000;

export interface SmsServiceDeps {
  db: Db;
  clock: Clock;
  sender: SmsSender;
  signature: string;
  /** Whether a code for this purpose should really be sent to this mobile (e.g. a known unit admin). */
  mayReceive(mobile: string, purpose: SmsPurpose): Promise<boolean>;
}

export type SmsService = ReturnType<typeof createSmsService>;

const purposeText: Record<SmsPurpose, string> = {
  register: '单位注册',
  reset_password: '重置密码',
  contact: '绑定手机号码',
};

function hashCode(mobile: string, purpose: string, code: string) {
  return sha256(`${mobile}:${purpose}:${code}`);
}

/** Six-digit codes: 5 minutes, single use, 60 s between sends, at most 5 per mobile per hour. */
export function createSmsService(deps: SmsServiceDeps) {
  const { db, clock } = deps;

  return {
    async sendCode(mobile: string, purpose: SmsPurpose, ctx: RequestContext) {
      const now = clock.now();
      const recent = await repo.recentSends(db, mobile, new Date(now.getTime() - HOUR_MS));
      const newest = recent[0]?.createdAt;
      if (newest && now.getTime() - newest.getTime() < SMS_RESEND_INTERVAL_MS) {
        throw tooFrequent(Math.ceil((SMS_RESEND_INTERVAL_MS - (now.getTime() - newest.getTime())) / 1000));
      }
      if (recent.length >= SMS_MAX_PER_HOUR) {
        const oldest = recent[recent.length - 1]?.createdAt ?? now;
        throw tooFrequent(
          Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 1000),
          '每小时最多发送 5 条',
        );
      }

      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      // Unknown recipients get the same answer and the same throttling, but no message:
      // nobody can probe which mobiles belong to accounts.
      const deliver = await deps.mayReceive(mobile, purpose);
      const id = await repo.insert(db, {
        mobile,
        purpose,
        codeHash: hashCode(mobile, purpose, deliver ? code : `${code}-undeliverable`),
        now,
        expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
      });
      if (deliver) {
        const text = `${deps.signature}您的${purposeText[purpose]}验证码为 ${code}，5 分钟内有效。如非本人操作，请忽略本短信。`;
        try {
          await deps.sender.send(mobile, text);
        } catch (error) {
          await repo.markUsed(db, id, now);
          throw new AppError('sms_send_failed', '短信发送失败，请稍后再试', { cause: error });
        }
      }
      await recordAudit(db, ctx, {
        action: 'sms.code_requested',
        targetType: 'mobile',
        targetId: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
        details: { purpose, delivered: deliver },
      });
      return {
        sent: true as const,
        expiresIn: SMS_CODE_TTL_MS / 1000,
        resendAfter: SMS_RESEND_INTERVAL_MS / 1000,
      };
    },

    /**
     * Checks and uses up a code in its own transaction, so a wrong guess is counted even when the
     * caller's work fails afterwards. Throws `sms_code_invalid` (on the `smsCode` field).
     */
    async consumeCode(mobile: string, purpose: SmsPurpose, code: string, field = 'smsCode') {
      const now = clock.now();
      const invalid = () =>
        new AppError('sms_code_invalid', '短信验证码错误或已过期，请重新获取', {
          errors: [{ path: field, message: '短信验证码错误或已过期' }],
        });
      const active = await repo.findActive(db, mobile, purpose, now);
      if (!active) throw invalid();
      if (active.codeHash !== hashCode(mobile, purpose, code)) {
        await repo.recordFailedAttempt(db, active.id, MAX_WRONG_GUESSES, now);
        throw invalid();
      }
      if (!(await repo.markUsed(db, active.id, now))) throw invalid();
    },
  };
}

function tooFrequent(retryAfterSeconds: number, why = '同一手机号 60 秒内只能发送一次') {
  const seconds = Math.max(1, retryAfterSeconds);
  return new AppError('sms_too_frequent', `${why}，请 ${seconds} 秒后再试`, {
    headers: { 'retry-after': String(seconds) },
    extensions: { retryAfter: seconds },
  });
}
