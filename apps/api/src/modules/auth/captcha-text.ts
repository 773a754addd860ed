import { randomInt } from 'node:crypto';

/** Picks an integer in [min, max]; tests may pass a predictable one. */
export type PickInt = (min: number, max: number) => number;

const pickSecure: PickInt = (min, max) => randomInt(min, max + 1);

/**
 * The text alternative to the image captcha (WCAG 3.3.8, GB/T 37668): a one-digit sum or difference
 * read as plain text, so a screen reader or a person who cannot make out the image can answer it.
 * The answer is never negative, so it is always typed as plain digits.
 */
export function createArithmeticQuestion(pick: PickInt = pickSecure): { question: string; answer: string } {
  const a = pick(1, 9);
  const b = pick(1, 9);
  if (pick(0, 1) === 0) return { question: `${a} 加 ${b} 等于几？`, answer: String(a + b) };
  const [big, small] = a >= b ? [a, b] : [b, a];
  return { question: `${big} 减 ${small} 等于几？`, answer: String(big - small) };
}
