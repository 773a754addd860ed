import { randomBytes } from 'node:crypto';

// 32 symbols without 0/O and 1/I, so a code read off paper is typed back without ambiguity.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new verification code, `XXXX-XXXX-XXXX-XXXX` (80 random bits: not guessable, short to type). */
export function newVerificationCode(): string {
  const symbols = [...randomBytes(16)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return symbols.match(/.{4}/g)?.join('-') ?? symbols;
}
