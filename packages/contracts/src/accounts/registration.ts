import { z } from 'zod';
import { newPasswordSchema } from '../auth/password-policy.js';
import {
  emailSchema,
  idNumberSchema,
  mobileSchema,
  orgCodeSchema,
  personNameSchema,
  phoneSchema,
  smsCodeSchema,
  text,
  usernameSchema,
} from '../validation/fields.js';

/** What an SMS code is for; `contact` (a signed-in person's new mobile) is sent by `POST /me/contact/sms-code`. */
export const smsPurposeSchema = z.enum(['register', 'reset_password', 'contact']);
export type SmsPurpose = z.infer<typeof smsPurposeSchema>;
/** The purposes `POST /sms-codes` (no sign-in) sends codes for. */
export const publicSmsPurposeSchema = smsPurposeSchema.extract(['register', 'reset_password']);
export type PublicSmsPurpose = z.infer<typeof publicSmsPurposeSchema>;

export const smsCodeRequestSchema = z
  .object({ mobile: mobileSchema, purpose: publicSmsPurposeSchema })
  .meta({ id: 'SmsCodeRequest' });

export const smsCodeResponseSchema = z
  .object({
    sent: z.literal(true),
    expiresIn: z.number().int().describe('seconds the code stays valid'),
    resendAfter: z.number().int().describe('seconds before another code may be requested'),
  })
  .meta({ id: 'SmsCodeSent' });

export const unitNameSchema = text().trim().min(2, '请填写单位名称').max(100, '单位名称最多 100 个字符');
export const socialSecurityNoSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{4,20}$/, '单位社保号为 4–20 位数字或字母');
export const socialSecurityComputerNoSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{4,20}$/, '社保电脑号为 4–20 位数字或字母');

/** `POST /units`: what the seed's registration form asks for (the web form adds a confirmation). */
export const unitRegistrationSchema = z
  .object({
    orgCode: orgCodeSchema,
    name: unitNameSchema,
    socialSecurityNo: socialSecurityNoSchema,
    admin: z.object({
      name: personNameSchema,
      idNumber: idNumberSchema,
      socialSecurityComputerNo: socialSecurityComputerNoSchema,
      email: emailSchema,
      username: usernameSchema,
      password: newPasswordSchema,
      phone: phoneSchema,
      mobile: mobileSchema,
    }),
    smsCode: smsCodeSchema,
  })
  .meta({ id: 'UnitRegistration' });
export type UnitRegistration = z.infer<typeof unitRegistrationSchema>;

export const passwordResetRequestSchema = z
  .object({
    username: text().trim().min(1, '请填写用户名').max(64),
    mobile: mobileSchema,
    smsCode: smsCodeSchema,
    newPassword: newPasswordSchema,
  })
  .meta({ id: 'PasswordResetRequest' });
