import { applicantCreateSchema, idNumberSchema, mobileSchema, personNameSchema } from '@zhicheng/contracts';
import { z } from 'zod';
import { i18n } from '../../../i18n';
import type { PeopleKind } from '../api/people-kind';

/** Operators also need a mobile; applicants have none. The rule itself is the contract's. */
function requireMobileFor(kind: PeopleKind) {
  return (form: { mobile?: string | undefined }, ctx: z.RefinementCtx) => {
    if (kind !== 'operators') return;
    const mobile = mobileSchema.safeParse(form.mobile ?? '');
    if (!mobile.success)
      ctx.addIssue({ code: 'custom', path: ['mobile'], message: mobile.error.issues[0]?.message ?? '' });
  };
}

/** 新增: the contract's create body, the confirmation, and (operators) the mobile. */
export function createPersonFormSchema(kind: PeopleKind) {
  return applicantCreateSchema
    .safeExtend({
      confirmPassword: z.string().min(1, i18n.t('people.confirmRequired')),
      mobile: z.string().trim().optional(),
    })
    .superRefine(requireMobileFor(kind))
    .refine((form) => form.confirmPassword === form.password, {
      path: ['confirmPassword'],
      message: i18n.t('people.mismatch'),
    });
}
export type CreatePersonInput = z.input<ReturnType<typeof createPersonFormSchema>>;
export type CreatePersonOutput = z.output<ReturnType<typeof createPersonFormSchema>>;

/** 修改: name and ID number (and the operator's mobile); the login account stays. */
export function editPersonFormSchema(kind: PeopleKind) {
  return z
    .object({ name: personNameSchema, idNumber: idNumberSchema, mobile: z.string().trim().optional() })
    .superRefine(requireMobileFor(kind));
}
export type EditPersonInput = z.input<ReturnType<typeof editPersonFormSchema>>;
export type EditPersonOutput = z.output<ReturnType<typeof editPersonFormSchema>>;
