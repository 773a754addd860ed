import { lineBreakSegments } from './line-break.js';

/**
 * The segments of `lineBreakSegments` in the shape react-pdf's hyphenation callback wants, without
 * the hyphen it would add. @react-pdf/textkit 7 turns two adjacent syllables into a box, a penalty and
 * a box, and a line broken at a penalty gets a '-' glyph appended (issues #692, #1662, #3235: Chinese
 * lines ending in '-'). An empty string between two syllables becomes a zero-width glue node instead
 * (the workaround from issue #1418): a legal break point that adds nothing.
 */
export function hyphenationCallback(word: string): string[] {
  if (!word) return [];
  const segments = lineBreakSegments(word);
  const parts: string[] = [];
  for (const [i, segment] of segments.entries()) {
    if (i > 0) parts.push('');
    parts.push(segment);
  }
  return parts;
}
