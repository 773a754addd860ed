import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I): the password is read off a screen and typed by someone else.
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnpqrstuvwxyz';
const digits = '23456789';

/** A one-time password meeting the policy: 12 characters with upper, lower and digits. */
export function generateTemporaryPassword(length = 12): string {
  const all = upper + lower + digits;
  const chars = [pick(upper), pick(lower), pick(digits)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(0, i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

function pick(alphabet: string): string {
  return alphabet.charAt(randomInt(0, alphabet.length));
}
