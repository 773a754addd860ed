import { z } from 'zod';
import { commonPasswords } from './common-passwords.js';

export const passwordRules = { min: 8, max: 64 } as const;

/** Human-readable rule, shown next to password fields. */
export const passwordRuleText = '8–64 位，至少包含 1 位数字、1 位小写字母和 1 位大写字母，且不能是常见密码';

/** A new password: 8–64 chars, digit + lower + upper, not a common password. */
export const newPasswordSchema = z
  .string()
  .min(passwordRules.min, `密码至少 ${passwordRules.min} 位`)
  .max(passwordRules.max, `密码最多 ${passwordRules.max} 位`)
  .regex(/\d/, '密码须包含至少 1 位数字')
  .regex(/[a-z]/, '密码须包含至少 1 位小写字母')
  .regex(/[A-Z]/, '密码须包含至少 1 位大写字母')
  .refine((p) => !commonPasswords.has(p.toLowerCase()), '该密码过于常见，请换一个');
