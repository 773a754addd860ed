import type { Readable } from 'node:stream';

// A page object's dictionary says `/Type /Page` (the tree's inner nodes say `/Pages`, excluded here).
const PAGE_OBJECT = /\/Type\s{0,8}\/Page(?![A-Za-z])/g;
// Matches are under 32 characters; a carried-over tail longer than that can hold any match that
// straddles two chunks, and positions in it are counted only with the next chunk.
const CARRY = 64;

/**
 * Counts pages by scanning the bytes for page objects: cheap, streaming, and right for the scanned
 * documents applicants upload. PDFs whose page objects sit inside compressed object streams show no
 * match; those answer null ("unknown") rather than a wrong number.
 */
export function createPageCounter() {
  let tail = '';
  let pages = 0;
  const countIn = (text: string, until: number) => {
    for (const match of text.matchAll(PAGE_OBJECT)) if (match.index < until) pages += 1;
  };
  return {
    push(chunk: Buffer) {
      const text = tail + chunk.toString('latin1');
      const until = text.length - CARRY;
      if (until <= 0) {
        tail = text;
        return;
      }
      countIn(text, until);
      tail = text.slice(until);
    },
    /** The count after the last chunk; null when no page object was found. */
    finish(): number | null {
      countIn(tail, tail.length);
      tail = '';
      return pages > 0 ? pages : null;
    },
  };
}

export async function countPdfPages(stream: Readable): Promise<number | null> {
  const counter = createPageCounter();
  for await (const chunk of stream) counter.push(chunk as Buffer);
  return counter.finish();
}
