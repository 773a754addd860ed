import type { Readable } from 'node:stream';

// A page object's dictionary says `/Type /Page` (the tree's inner nodes say `/Pages`, excluded here);
// compressed object streams (PDF 1.5+) say `/Type /ObjStm` and hide their page objects; `%%EOF` closes
// a document. The bytes are searched natively for `/Type` and `%%EOF` (no per-chunk string copy on the
// upload path); only the few bytes after a `/Type` are read as text.
const TYPE = Buffer.from('/Type');
const EOF_MARKER = Buffer.from('%%EOF');
const TYPE_VALUE = /^\/Type\s{0,8}\/(Page|ObjStm)(?![A-Za-z])/;
// Matches are under 32 characters; a carried-over tail longer than that can hold any match that
// straddles two chunks, and positions in it are counted only with the next chunk.
const CARRY = 64;
const MATCH_WINDOW = 32;

/**
 * Counts pages by scanning the bytes for page objects: cheap, streaming, and right for the scanned
 * documents applicants upload. PDFs whose page objects sit inside compressed object streams show no
 * match; those answer null ("unknown") rather than a wrong number.
 */
export function createPageCounter() {
  let tail = Buffer.alloc(0);
  let pages = 0;
  let objectStreams = 0;
  let ends = 0;
  /** Counts the markers that start before `until` (later ones are seen again with the next chunk). */
  const countIn = (data: Buffer, until: number) => {
    for (let at = data.indexOf(TYPE); at !== -1 && at < until; at = data.indexOf(TYPE, at + TYPE.length)) {
      const kind = TYPE_VALUE.exec(data.toString('latin1', at, at + MATCH_WINDOW))?.[1];
      if (kind === 'Page') pages += 1;
      else if (kind === 'ObjStm') objectStreams += 1;
    }
    for (let at = data.indexOf(EOF_MARKER); at !== -1 && at < until; at = data.indexOf(EOF_MARKER, at + 1)) {
      ends += 1;
    }
  };
  return {
    push(chunk: Buffer) {
      if (chunk.length > CARRY) {
        // Joins only the carried tail with the chunk's first bytes (markers starting in the tail), then
        // scans the chunk in place: joining the whole chunk copied every uploaded byte once more, as
        // much CPU as the SHA-256 (issue #17 upload profile).
        if (tail.length > 0) countIn(Buffer.concat([tail, chunk.subarray(0, CARRY)]), tail.length);
        countIn(chunk, chunk.length - CARRY);
        tail = Buffer.from(chunk.subarray(chunk.length - CARRY));
        return;
      }
      const data = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      const until = data.length - CARRY;
      if (until <= 0) {
        tail = Buffer.from(data);
        return;
      }
      countIn(data, until);
      tail = Buffer.from(data.subarray(until));
    },
    /** The count after the last chunk; null when no page object was found. */
    finish(): number | null {
      countIn(tail, tail.length);
      tail = Buffer.alloc(0);
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
