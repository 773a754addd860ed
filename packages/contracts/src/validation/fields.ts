import { z } from 'zod';
import { idNumberProblem, isValidOrgCode, isValidUscc, normaliseCode } from './check-digits.js';

export { controlCharacterMessage, hasControlCharacter, text } from './text.js';

import { text } from './text.js';

const idNumberMessages = {
  format: '身份证号应为 18 位，最后一位可以是数字或 X',
  birth_date: '身份证号中的出生日期不正确',
  check_digit: '身份证号校验位不正确，请核对',
} as const;

/** 18-character resident ID (GB 11643), normalised to upper case. */
export const idNumberSchema = text()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: idNumberMessages[problem] });
  });

/** 9-character organisation code (GB 11714) or 18-character unified social credit code (GB 32100). */
export const orgCodeSchema = z
  .string()
  .transform(normaliseCode)
  .superRefine((value, ctx) => {
    if (value.length === 18) {
      if (!isValidUscc(value))
        ctx.addIssue({ code: 'custom', message: '统一社会信用代码校验不通过，请核对' });
      return;
    }
    if (value.length !== 9) {
      ctx.addIssue({ code: 'custom', message: '请填写 9 位组织机构代码（不含“-”）或 18 位统一社会信用代码' });
      return;
    }
    if (!isValidOrgCode(value)) ctx.addIssue({ code: 'custom', message: '组织机构代码校验位不正确，请核对' });
  });

export const usernameRuleText = '6–14 位字母或数字';
export const usernameSchema = text()
  .trim()
  .regex(/^[A-Za-z0-9]{6,14}$/, `用户名须为${usernameRuleText}`);

export const mobileSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码');

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{7,20}$/, '请填写有效的电话号码，如 0755-88888888');

// An empty address is a missing one, not a malformed one (the same rule, so the JSON schema is unchanged).
export const emailSchema = z
  .email({
    error: (issue) => (String(issue.input ?? '').trim() === '' ? '请输入电子邮箱' : '邮箱格式不正确'),
  })
  .max(100, '邮箱最多 100 个字符');

export const personNameSchema = text().trim().min(1, '请填写姓名').max(50, '姓名最多 50 个字符');

export const smsCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, '请填写 6 位短信验证码');
