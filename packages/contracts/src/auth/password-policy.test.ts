import { describe, expect, it } from 'vitest';
import { changePasswordRequestSchema, newPasswordSchema } from '../index.js';

const messages = (value: string) => {
  const result = newPasswordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('newPasswordSchema', () => {
  it('accepts 8–64 characters with a digit, a lower-case and an upper-case letter', () => {
    expect(messages('Abcdefg1')).toEqual([]);
    expect(messages(`A1${'b'.repeat(62)}`)).toEqual([]);
    expect(messages('长密码也可以Ab1x')).toEqual([]);
  });

  it('names each broken rule in Chinese', () => {
    expect(messages('Ab1')).toContain('密码至少 8 位');
    expect(messages(`A1${'b'.repeat(63)}`)).toContain('密码最多 64 位');
    expect(messages('abcdefgh1')).toContain('密码须包含至少 1 位大写字母');
    expect(messages('ABCDEFGH1')).toContain('密码须包含至少 1 位小写字母');
    expect(messages('Abcdefghi')).toContain('密码须包含至少 1 位数字');
  });

  it('lets a passphrase of 16 characters or more skip the composition rules (ASVS 6.2)', () => {
    expect(messages('correct horse battery')).toEqual([]);
    expect(messages('我们的单位在深圳市南山区科技园里')).toEqual([]);
    expect(messages('fifteen chars!!')).toContain('密码须包含至少 1 位大写字母');
  });
});

describe('changePasswordRequestSchema', () => {
  it('refuses a new password equal to the current one, on the newPassword field', () => {
    const result = changePasswordRequestSchema.safeParse({
      currentPassword: 'Same-Pass1',
      newPassword: 'Same-Pass1',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['newPassword'],
      message: '新密码不能与当前密码相同',
    });
  });
});
