import { z } from 'zod';

/**
 * The composition rules, shared by the web forms and the API. The list of common (breached) passwords and
 * the check against the account's own words (username, name, unit, product name) live on the server
 * (`apps/api/src/modules/auth/password-check.ts`): the list is too big for the browser.
 */
export const passwordRules = { min: 8, max: 64, passphraseMin: 16 } as const;

/** Human-readable rule, shown next to password fields. */
export const passwordRuleText =
  '8–64 位，至少包含 1 位数字、1 位小写字母和 1 位大写字母；16 位及以上的长密码（如一句话）不限字符种类。' +
  '不能是常见密码，也不能包含用户名、姓名、单位名称或“职称”“zhicheng”';

/**
 * A new password: 8–64 characters with a digit, a lower- and an upper-case letter, or a passphrase of
 * at least 16 characters without those rules (ASVS 6.2: length protects more than composition).
 */
export const newPasswordSchema = z
  .string()
  .min(passwordRules.min, `密码至少 ${passwordRules.min} 位`)
  .max(passwordRules.max, `密码最多 ${passwordRules.max} 位`)
  .superRefine((password, ctx) => {
    if (password.length >= passwordRules.passphraseMin) return;
    const missing = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (!/\d/.test(password)) missing('密码须包含至少 1 位数字');
    if (!/[a-z]/.test(password)) missing('密码须包含至少 1 位小写字母');
    if (!/[A-Z]/.test(password)) missing('密码须包含至少 1 位大写字母');
  })
  .describe(
    '8–64 characters with a digit, a lower- and an upper-case letter, or 16–64 characters of any kind. ' +
      "The server also refuses common passwords and ones holding the account's username, name or unit " +
      'name, 职称/zhicheng or the demo password (400 naming the field).',
  );
