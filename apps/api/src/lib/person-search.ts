import { users } from '@zhicheng/db';
import { ilike, like, or, type SQL, sql } from 'drizzle-orm';

/** `%`, `_` and `\` match themselves (backslash is PostgreSQL's default LIKE escape). */
function escapeLike(q: string): string {
  return q.replace(/[%_\\]/g, (c) => `\\${c}`);
}

/**
 * Below this length a search matches from the start of a name, account or ID number; from it on,
 * anywhere inside. A trigram index (pg_trgm) can only answer substrings of three characters or more,
 * and Chinese names are mostly two or three: "张伟" finds 张伟 and 张伟强 through a prefix index
 * instead of reading every account (issue #17: every queue search is served by an index).
 */
export const substringSearchMinLength = 3;

/**
 * The people search of every list (reviewer queues, accounts): one person matches when the name, the
 * account or the ID number contains `q` — or starts with it when `q` is shorter than
 * `substringSearchMinLength`. Each branch matches an index of `users` (schema/users.ts).
 */
export function personSearch(q: string): SQL | undefined {
  if (q.length >= substringSearchMinLength) {
    const pattern = `%${escapeLike(q)}%`;
    return or(ilike(users.name, pattern), ilike(users.username, pattern), ilike(users.idNumber, pattern));
  }
  const prefix = `${escapeLike(q)}%`;
  return or(
    like(users.name, prefix),
    sql`lower(${users.username}) like ${prefix.toLowerCase()}`,
    like(users.idNumber, prefix.toUpperCase()),
  );
}
