import { useMutation } from '@tanstack/react-query';
import { type SmsPurpose, smsCodeResponseSchema } from '@zhicheng/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type SmsCodeSent = z.infer<typeof smsCodeResponseSchema>;

export function sendSmsCode(body: { mobile: string; purpose: SmsPurpose }): Promise<SmsCodeSent> {
  return apiRequest('/sms-codes', { method: 'POST', body, schema: smsCodeResponseSchema, auth: false });
}

export function useSendSmsCode() {
  return useMutation({ mutationFn: sendSmsCode });
}
