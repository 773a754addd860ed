import { changePasswordRequestSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { i18n } from '../../../i18n';

/** The contract's body plus the confirmation field, which only the form has. */
export function changePasswordFormSchema() {
  return changePasswordRequestSchema
    .safeExtend({ confirmPassword: z.string().min(1, i18n.t('password.confirmRequired')) })
    .refine((form) => form.confirmPassword === form.newPassword, {
      path: ['confirmPassword'],
      message: i18n.t('password.mismatch'),
    });
}

export type ChangePasswordForm = z.infer<ReturnType<typeof changePasswordFormSchema>>;
