/**
 * Where a line may break, as a pure function: the text is cut into segments and a line may end only
 * between two segments. `pdf/wrap.ts` fills lines with them; a break adds nothing (no hyphen).
 *
 * Rules (GB/T 15834 and the usual 避头尾 of Chinese typesetting):
 * - Chinese, Japanese and Korean characters may break between any two of them, with no hyphen.
 * - Latin words and numbers stay whole; a run of Latin letters, digits and ASCII punctuation
 *   ("ISBN 978-7-111", "a@example.com", "2020-01-15") is one segment.
 * - No line starts with closing punctuation (，。、；：？！）》」 …) and none ends with opening
 *   punctuation (（《「 …): such marks are glued to their neighbour's segment.
 * - Only a pathologically long Latin run (longer than a narrow cell could ever hold) is cut: first
 *   after its separators, then, as a last resort, into fixed chunks, so that nothing overflows.
 */

const CLOSING = new Set([...'，。、；：？！）》」』】〉〕〗”’…‥·%％,.;:?!)]}>']);
const OPENING = new Set([...'（《「『【〈〔〖“‘([{<']);
const DASHES = new Set([...'—―～']);

/** Han, kana, hangul, bopomofo, CJK symbols and full-width forms: each is its own unit. */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /\s/u;

/** Latin runs up to this length are never cut. */
export const LATIN_KEEP_WHOLE = 24;
/** Last-resort chunk length for a run with no separator (a 100-letter "word"). */
export const LATIN_CHUNK = 24;
const LATIN_SEPARATORS = /(?<=[-/@._\\|&=?#])/u;

type Atom = { text: string; latin: boolean };

/** Splits text into atoms: one per CJK character or space, one per run of anything else. */
function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  let latin = '';
  const flush = () => {
    if (latin) atoms.push(...cutLongLatin(latin).map((t) => ({ text: t, latin: true })));
    latin = '';
  };
  for (const ch of text) {
    if (SPACE.test(ch) || CJK.test(ch) || CLOSING.has(ch) || OPENING.has(ch) || DASHES.has(ch)) {
      // ASCII marks inside a Latin run ("3.14", "f(x)") belong to the run, not to the CJK rules.
      if (latin && !SPACE.test(ch) && !CJK.test(ch) && ch.charCodeAt(0) < 0x80) {
        latin += ch;
        continue;
      }
      flush();
      atoms.push({ text: ch, latin: false });
    } else {
      latin += ch;
    }
  }
  flush();
  return atoms;
}

function cutLongLatin(run: string): string[] {
  if (run.length <= LATIN_KEEP_WHOLE) return [run];
  return run.split(LATIN_SEPARATORS).flatMap((piece) => {
    const chunks: string[] = [];
    for (let i = 0; i < piece.length; i += LATIN_CHUNK) chunks.push(piece.slice(i, i + LATIN_CHUNK));
    return chunks;
  });
}

function firstChar(s: string): string {
  return [...s][0] ?? '';
}

function lastChar(s: string): string {
  return [...s].at(-1) ?? '';
}

/** Whether a line may end between `before` and `after`. */
function mayBreakBetween(before: Atom, after: Atom): boolean {
  if (before.latin && after.latin) return true; // only pieces of a cut long run meet here
  const a = lastChar(before.text);
  const b = firstChar(after.text);
  if (SPACE.test(a) || SPACE.test(b)) return true;
  if (CLOSING.has(b) || OPENING.has(a)) return false;
  // A doubled dash or ellipsis (——, ……) is one mark and never split.
  if (DASHES.has(a) && DASHES.has(b)) return false;
  return true;
}

/**
 * Cuts text into unbreakable segments; joining them gives the text back unchanged. An empty string
 * gives no segment.
 */
export function lineBreakSegments(text: string): string[] {
  const atoms = atomize(text);
  const segments: string[] = [];
  let current: Atom | null = null;
  for (const atom of atoms) {
    if (current && !mayBreakBetween(current, atom)) {
      current = { text: current.text + atom.text, latin: atom.latin };
    } else {
      if (current) segments.push(current.text);
      current = atom;
    }
  }
  if (current) segments.push(current.text);
  return segments;
}
