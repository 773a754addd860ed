import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DEMO_PASSWORD } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';

/**
 * The server's half of the password policy (#16 defect 12, ASVS 6.2.4/6.2.11); the composition rules
 * are `newPasswordSchema` in the contracts, checked before this. Every place that sets a password
 * (change, reset by SMS, registration, accounts created by an admin) calls `assertPasswordAcceptable`.
 */

// ../../../assets from both src/modules/auth and dist/modules/auth.
const LIST_URL = new URL('../../../assets/common-passwords/passwords.txt.gz', import.meta.url);

let commonPasswords: ReadonlySet<string> | undefined;

/** The vendored list of common passwords (see its README), read on first use and kept. */
function common(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    gunzipSync(readFileSync(LIST_URL)).toString('utf8').split('\n').filter(Boolean),
  );
  return commonPasswords;
}

/** Words of the product everyone can guess: its name and the demo password printed in the README. */
const PRODUCT_WORDS = ['职称', 'zhicheng', DEMO_PASSWORD];

/** The account's own words a guesser tries first. */
export interface PasswordContext {
  username?: string | null;
  name?: string | null;
  unitName?: string | null;
}

/** Why `password` is refused, in Chinese, or undefined when it is acceptable. */
export function passwordRefusal(password: string, context: PasswordContext = {}): string | undefined {
  const lower = password.toLowerCase();
  if (common().has(lower)) return '该密码过于常见，容易被猜中，请换一个';
  for (const word of PRODUCT_WORDS) {
    if (lower.includes(word.toLowerCase())) return '密码不能包含系统名称“职称”“zhicheng”或演示密码';
  }
  const own: [string | null | undefined, string][] = [
    [context.username, '密码不能包含用户名'],
    [context.name, '密码不能包含姓名'],
    [context.unitName, '密码不能包含单位名称'],
  ];
  for (const [word, message] of own) {
    if (word && isDistinctive(word) && lower.includes(word.trim().toLowerCase())) return message;
  }
  return undefined;
}

/**
 * Too short a word would refuse half of all passwords (a username "li"): Latin words count from 3
 * characters, Chinese ones (a name like 张三) from 2.
 */
function isDistinctive(word: string): boolean {
  const trimmed = word.trim();
  return trimmed.length >= (/\p{Script=Han}/u.test(trimmed) ? 2 : 3);
}

/** Throws 400 `validation_failed` naming `field` (e.g. `newPassword`, `admin.password`) when refused. */
export function assertPasswordAcceptable(password: string, context: PasswordContext, field: string): void {
  const message = passwordRefusal(password, context);
  if (message) throw AppError.validation([{ path: field, message }], '请检查标记的字段');
}
