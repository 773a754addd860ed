import { type PublicSmsPurpose, smsCodeResponseSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { SmsCodeSent } from '../../../shared/sms/sms-code-button';

/** `POST /sms-codes` (no sign-in): a code for 单位注册 or 忘记密码. */
export function sendSmsCode(body: { mobile: string; purpose: PublicSmsPurpose }): Promise<SmsCodeSent> {
  return apiRequest('/sms-codes', { method: 'POST', body, schema: smsCodeResponseSchema, auth: false });
}
