import { verificationCodeSchema } from '@zhicheng/contracts';
import { describe, expect, it } from 'vitest';
import { newVerificationCode } from './verification-code.js';

describe('verification codes', () => {
  it('are four groups of four unambiguous symbols the verify route accepts, and differ each time', () => {
    const codes = Array.from({ length: 200 }, newVerificationCode);
    for (const code of codes) expect(verificationCodeSchema.safeParse(code).success, code).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.join('')).not.toMatch(/[01OI]/);
  });
});
