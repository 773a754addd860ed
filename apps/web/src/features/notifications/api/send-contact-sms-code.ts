import { smsCodeResponseSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { SmsCodeSent } from '../../../shared/sms/sms-code-button';

/** `POST /me/contact/sms-code`: a code to the mobile the person wants on their account. */
export function sendContactSmsCode(mobile: string): Promise<SmsCodeSent> {
  return apiRequest('/me/contact/sms-code', {
    method: 'POST',
    body: { mobile },
    schema: smsCodeResponseSchema,
  });
}
