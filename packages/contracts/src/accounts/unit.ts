import { z } from 'zod';
import { emailSchema, mobileSchema, phoneSchema } from '../validation/fields.js';
import { socialSecurityNoSchema, unitNameSchema } from './registration.js';

export const unitSchema = z
  .object({
    id: z.string(),
    orgCode: z.string(),
    name: z.string(),
    socialSecurityNo: z.string(),
    admin: z.object({
      id: z.string(),
      name: z.string(),
      username: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      mobile: z.string().nullable(),
    }),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof unitSchema>;

/**
 * `PATCH /unit`: the editable fields. The org code and the admin person are fixed (a unit cannot
 * change its admin itself). `adminEmail` and `adminMobile` are accepted only unchanged: they are the
 * admin's sign-in contacts, changed with `PUT /me/contact` (current password, SMS code to the new mobile).
 */
export const unitUpdateSchema = z
  .object({
    name: unitNameSchema,
    socialSecurityNo: socialSecurityNoSchema,
    adminEmail: emailSchema,
    adminPhone: phoneSchema,
    adminMobile: mobileSchema,
  })
  .partial()
  .strict()
  .meta({ id: 'UnitUpdate' });

export const registrationResponseSchema = z
  .object({
    unit: z.object({ id: z.string(), orgCode: z.string(), name: z.string() }),
    admin: z.object({ id: z.string(), username: z.string(), name: z.string() }),
  })
  .meta({ id: 'UnitRegistered' });
