import { unitRegistrationSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { i18n } from '../../../i18n';

/** The contract's registration body plus the password confirmation only the form has. */
export function registrationFormSchema() {
  const admin = unitRegistrationSchema.shape.admin.safeExtend({
    confirmPassword: z.string().min(1, i18n.t('registration.confirmRequired')),
  });
  return unitRegistrationSchema
    .safeExtend({ admin })
    .refine((form) => form.admin.confirmPassword === form.admin.password, {
      path: ['admin', 'confirmPassword'],
      message: i18n.t('registration.mismatch'),
    });
}

type Schema = ReturnType<typeof registrationFormSchema>;
export type RegistrationFormInput = z.input<Schema>;
export type RegistrationFormOutput = z.output<Schema>;

export const registrationFields = [
  'orgCode',
  'name',
  'socialSecurityNo',
  'admin.name',
  'admin.idNumber',
  'admin.socialSecurityComputerNo',
  'admin.email',
  'admin.username',
  'admin.password',
  'admin.confirmPassword',
  'admin.phone',
  'admin.mobile',
  'smsCode',
] as const;

export const emptyRegistration: RegistrationFormInput = {
  orgCode: '',
  name: '',
  socialSecurityNo: '',
  admin: {
    name: '',
    idNumber: '',
    socialSecurityComputerNo: '',
    email: '',
    username: '',
    password: '',
    confirmPassword: '',
    phone: '',
    mobile: '',
  },
  smsCode: '',
};
