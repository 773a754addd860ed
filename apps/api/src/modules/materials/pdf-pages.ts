import type { Readable } from 'node:stream';

// A page object's dictionary says `/Type /Page` (the tree's inner nodes say `/Pages`, excluded here).
const PAGE_OBJECT = /\/Type\s{0,8}\/Page(?![A-Za-z])/g;
// Compressed object streams (PDF 1.5+) hide their page objects; the end-of-file marker closes a document.
const OBJECT_STREAM = /\/Type\s{0,8}\/ObjStm(?![A-Za-z])/g;
const END_OF_FILE = /%%EOF/g;
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
  let objectStreams = 0;
  let ends = 0;
  const matchesIn = (text: string, pattern: RegExp, until: number) => {
    let n = 0;
    for (const match of text.matchAll(pattern)) if (match.index < until) n += 1;
    return n;
  };
  const countIn = (text: string, until: number) => {
    pages += matchesIn(text, PAGE_OBJECT, until);
    objectStreams += matchesIn(text, OBJECT_STREAM, until);
    ends += matchesIn(text, END_OF_FILE, until);
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
    /**
     * Whether the bytes read as a PDF (call after `finish`): page objects seen, or, for compressed
     * documents whose pages cannot be counted without inflating them, object streams and an end marker.
     * `%PDF-` followed by anything else (an HTML page, say) has neither.
     */
    looksLikePdf(): boolean {
      return pages > 0 || (objectStreams > 0 && ends > 0);
    },
  };
}

export async function countPdfPages(stream: Readable): Promise<number | null> {
  const counter = createPageCounter();
  for await (const chunk of stream) counter.push(chunk as Buffer);
  return counter.finish();
}
