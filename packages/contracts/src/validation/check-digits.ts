/**
 * Check-digit algorithms of Chinese national identifiers. Inputs are normalised (trimmed, upper-case,
 * '-' and spaces removed) before checking, so "12345678-8" and "12345678 8" are accepted like "123456788".
 */

export function normaliseCode(value: string): string {
  return value.trim().toUpperCase().replace(/[-\s]/g, '');
}

// GB 11714: 8 body characters (digits or upper-case letters, A=10 … Z=35) + 1 check character.
const orgCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

export function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (const [i, weight] of orgCodeWeights.entries()) sum += charValue36(body.charAt(i)) * weight;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function isValidOrgCode(raw: string): boolean {
  const code = normaliseCode(raw);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false;
  return orgCodeCheckChar(code.slice(0, 8)) === code.charAt(8);
}

// GB 32100: 18 characters over 31 symbols (digits and letters without I, O, Z, S, V).
const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(body: string): string {
  let sum = 0;
  for (const [i, weight] of usccWeights.entries()) sum += usccAlphabet.indexOf(body.charAt(i)) * weight;
  return usccAlphabet.charAt((31 - (sum % 31)) % 31);
}

/** Unified social credit code; its characters 9–17 embed the GB 11714 organisation code, checked too. */
export function isValidUscc(raw: string): boolean {
  const code = normaliseCode(raw);
  if (code.length !== 18 || [...code].some((ch) => !usccAlphabet.includes(ch))) return false;
  if (usccCheckChar(code.slice(0, 17)) !== code.charAt(17)) return false;
  return isValidOrgCode(code.slice(8, 17));
}

// GB 11643: 17 digits + check character (0-9 or X); digits 7–14 are the birth date.
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckChars = '10X98765432';

export function idNumberCheckChar(body: string): string {
  let sum = 0;
  for (const [i, weight] of idWeights.entries()) sum += Number(body.charAt(i)) * weight;
  return idCheckChars.charAt(sum % 11);
}

export type IdNumberProblem = 'format' | 'birth_date' | 'check_digit';

/** Why an ID number is invalid, or null when it is valid (`today` bounds the birth date). */
export function idNumberProblem(raw: string, today: Date = new Date()): IdNumberProblem | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const birth = birthDateOf(id);
  if (!birth || birth > today || birth.getUTCFullYear() < 1900) return 'birth_date';
  return idNumberCheckChar(id.slice(0, 17)) === id.charAt(17) ? null : 'check_digit';
}

/** The birth date encoded in an 18-character ID number, or null when it is not a real date. */
export function birthDateOf(id: string): Date | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? date : null;
}

/** Gender from the 17th digit: odd → 男, even → 女. */
export function genderOf(id: string): '男' | '女' {
  return Number(id.charAt(16)) % 2 === 1 ? '男' : '女';
}

/** `110105********1234`: first 6 and last 4 characters shown, for lists, exports and logs. */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return '';
  if (id.length <= 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

function charValue36(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
}
