import { describe, expect, it } from 'vitest';
import { idNumberSchema, orgCodeSchema, usernameSchema } from '../index.js';
import { genderOf, idNumberProblem, isValidOrgCode, isValidUscc, maskIdNumber } from './check-digits.js';

describe('GB 11714 organisation code', () => {
  it('accepts valid codes, also lower-case and with the "-" before the check character', () => {
    for (const code of ['123456788', 'MA5DEMO15', 'ma5demo15', '12345678-8', 'MA5DEMO1-5']) {
      expect(isValidOrgCode(code), code).toBe(true);
    }
  });

  it('refuses a wrong check character, a wrong length and bad characters', () => {
    for (const code of ['123456789', '12345678', '1234567888', '1234567#8', 'MA5DEMO16']) {
      expect(isValidOrgCode(code), code).toBe(false);
    }
  });
});

describe('GB 32100 unified social credit code', () => {
  it('accepts valid codes (published examples), also lower-case', () => {
    for (const code of ['91350100M000100Y43', '9144030071526726XG', '9144030071526726xg']) {
      expect(isValidUscc(code), code).toBe(true);
    }
    expect(orgCodeSchema.parse('9144030071526726xg')).toBe('9144030071526726XG');
  });

  it('refuses a wrong check character, letters outside the alphabet, and a broken embedded org code', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M0001O0Y43')).toBe(false); // O is not in the alphabet
    expect(isValidUscc('914403007152672690')).toBe(false);
    expect(orgCodeSchema.safeParse('91350100M000100Y44').error?.issues[0]?.message).toBe(
      '统一社会信用代码校验不通过，请核对',
    );
  });
});

describe('GB 11643 ID number', () => {
  it('accepts valid numbers, with x or X as check character', () => {
    expect(idNumberProblem('440305197801010033')).toBeNull();
    expect(idNumberProblem('44030519850312001X')).toBeNull();
    expect(idNumberProblem('44030519850312001x')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(idNumberProblem('44030519780101003')).toBe('format');
    expect(idNumberProblem('440305197802300035')).toBe('birth_date'); // 30 February
    expect(idNumberProblem('440305297801010033')).toBe('birth_date'); // year 2978
    expect(idNumberProblem('440305197801010034')).toBe('check_digit');
  });

  it('derives the gender from the 17th digit', () => {
    expect(genderOf('44030519850312001X')).toBe('男');
    expect(genderOf('440305198808080026')).toBe('女');
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskIdNumber('110105199001011234')).toBe('110105********1234');
  });
});

describe('field schemas', () => {
  it('normalise and explain in Chinese', () => {
    expect(orgCodeSchema.parse('12345678-8')).toBe('123456788');
    expect(orgCodeSchema.safeParse('123456789').error?.issues[0]?.message).toBe(
      '组织机构代码校验位不正确，请核对',
    );
    expect(orgCodeSchema.safeParse('1234').error?.issues[0]?.message).toContain('9 位组织机构代码');
    expect(idNumberSchema.parse('44030519850312001x')).toBe('44030519850312001X');
  });

  it('usernames are 6–14 letters or digits', () => {
    expect(usernameSchema.safeParse('zhang01').success).toBe(true);
    expect(usernameSchema.safeParse('abc12').success).toBe(false);
    expect(usernameSchema.safeParse('a'.repeat(15)).success).toBe(false);
    expect(usernameSchema.safeParse('zhang_01').success).toBe(false);
    expect(usernameSchema.safeParse('张三丰abc12').success).toBe(false);
  });
});
