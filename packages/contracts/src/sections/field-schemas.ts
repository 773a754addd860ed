import { z } from 'zod';
import { idNumberProblem } from '../validation/check-digits.js';
import { controlCharacterMessage, text } from '../validation/fields.js';
import type { FieldDefinition } from './definitions.js';
import { PRESENT_MONTH } from './month-rules.js';

const yearMonthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (m ?? 1) - 1 && date.getUTCDate() === d;
}

/**
 * What one field may hold, before any "required" rule: the type, the length, the options. A value
 * breaking this is refused with 400 and nothing is stored. Empty values (null, '') always pass here.
 */
export function fieldShapeSchema(field: FieldDefinition): z.ZodType {
  const label = field.label;
  let schema: z.ZodType;
  switch (field.type) {
    case 'number': {
      let n = z.number({ error: `${label}须为数字` });
      if (field.min !== undefined) n = n.min(field.min, `${label}不能小于 ${field.min}`);
      if (field.max !== undefined) n = n.max(field.max, `${label}不能大于 ${field.max}`);
      return z.preprocess(emptyToNull, n.nullable().optional());
    }
    case 'select':
      schema = z
        .string()
        .refine(
          (v) => (field.options ?? []).includes(v),
          `${label}须为以下之一：${(field.options ?? []).join('、')}`,
        );
      break;
    case 'yearMonth': {
      const month = z.string().regex(yearMonthPattern, `${label}格式应为 YYYY-MM，如 2024-09`);
      // A period still running ends "present" (至今), where the definition allows it.
      schema = field.allowPresent ? z.union([z.literal(PRESENT_MONTH), month]) : month;
      break;
    }
    case 'date':
      schema = z
        .string()
        .regex(datePattern, `${label}格式应为 YYYY-MM-DD，如 2024-09-01`)
        .refine(isRealDate, `${label}不是有效的日期`);
      break;
    case 'email':
      schema = z.email(`${label}格式不正确`).max(field.maxLength ?? 100);
      break;
    case 'mobile':
      schema = z.string().regex(/^1[3-9]\d{9}$/, `${label}须为 11 位手机号码`);
      break;
    case 'idNumber':
      schema = z.string().refine((v) => idNumberProblem(v) === null, `${label}不是有效的身份证号码`);
      break;
    case 'photo':
      schema = z.string().max(64, `${label}无效`);
      break;
    default: {
      let s = text({
        multiLine: field.type === 'textarea',
        error: `${label}须为文字`,
        message: `${label}${controlCharacterMessage}`,
      });
      if (field.maxLength !== undefined) s = s.max(field.maxLength, `${label}最多 ${field.maxLength} 个字`);
      if (field.pattern)
        s = s.regex(
          new RegExp(field.pattern),
          field.patternMessage ?? (field.help ? `${label}：${field.help}` : `${label}格式不正确`),
        );
      schema = s;
    }
  }
  // An empty string is "not filled yet", which the shape allows; it is stored as null.
  return z.preprocess(emptyToNull, schema.nullable().optional());
}

function emptyToNull(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
