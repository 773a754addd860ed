import { z } from 'zod';
import { emailSchema, mobileSchema, smsCodeSchema } from '../validation/fields.js';

/**
 * `GET|PUT /me/contact`: where the caller is reached besides the app (SMS, e-mail), as they entered it;
 * null when not on the account. `version` is the account's, for `If-Match`.
 */
export const contactDetailsSchema = z
  .object({
    mobile: z.string().nullable(),
    email: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ContactDetails' });
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

/**
 * `PUT /me/contact`: the fields given change, the others stay. `email: null` removes the address, which
 * turns e-mail notifications off. Changing either needs `currentPassword` (a stolen token alone must not
 * move the account's contacts: a unit admin's mobile receives the password-reset code). A new mobile
 * also needs `smsCode`, the code `POST /me/contact/sms-code` sent to it; the mobile can be replaced, not
 * removed (SMS notifications can be switched off instead). The old mobile is told of the change.
 */
export const contactUpdateSchema = z
  .object({
    email: emailSchema.nullable(),
    mobile: mobileSchema,
    smsCode: smsCodeSchema,
    currentPassword: z.string().min(1, '请输入当前密码').max(128),
  })
  .partial()
  .strict()
  .meta({ id: 'ContactUpdate' });
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

/** `POST /me/contact/sms-code`: a code to the mobile the caller wants on the account, proving it is theirs. */
export const contactSmsCodeRequestSchema = z
  .object({ mobile: mobileSchema })
  .strict()
  .meta({ id: 'ContactSmsCodeRequest' });
