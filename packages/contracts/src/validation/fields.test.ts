import { describe, expect, it } from 'vitest';
import { emailSchema } from './fields.js';

const messages = (value: string) => emailSchema.safeParse(value).error?.issues.map((i) => i.message);

describe('emailSchema', () => {
  it('asks for an address that is missing, and calls a malformed one malformed', () => {
    expect(messages('')).toEqual(['请输入电子邮箱']);
    expect(messages('   ')).toEqual(['请输入电子邮箱']);
    expect(messages('not-an-email')).toEqual(['邮箱格式不正确']);
    expect(emailSchema.safeParse('li.si@example.com').success).toBe(true);
  });
});
