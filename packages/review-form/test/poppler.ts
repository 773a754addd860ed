import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler-utils (pdftotext, pdffonts, pdfinfo) read what a person's PDF viewer would show. */
function withFile<T>(pdf: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'review-form-'));
  const file = join(dir, 'form.pdf');
  try {
    writeFileSync(file, pdf);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(tool: string, args: string[]): string {
  return execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface TextOptions {
  /**
   * Content-stream order, one rendered line per output line. Unlike the default mode it does not
   * join a line ending in '-' with the next (dehyphenation), so an inserted hyphen stays visible.
   */
  raw?: boolean;
  first?: number;
  last?: number;
}

export function pdfText(pdf: Uint8Array, { raw = false, first, last }: TextOptions = {}): string {
  const args = [
    ...(raw ? ['-raw'] : []),
    ...(first ? ['-f', String(first)] : []),
    ...(last ? ['-l', String(last)] : []),
  ];
  return withFile(pdf, (file) => run('pdftotext', [...args, file, '-']));
}

/** Text with every space and line break removed: a wrapped line reads as one string again. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(pdf: Uint8Array): FontRow[] {
  const lines = withFile(pdf, (file) => run('pdffonts', [file]))
    .split('\n')
    .slice(2)
    .filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type... encoding emb sub uni objectId gen: the flags are the 5th, 4th and 3rd from the end.
    const [emb, sub] = cols.slice(-5, -3);
    return {
      name: cols[0] ?? '',
      type: cols.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
    };
  });
}

export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const out = withFile(pdf, (file) => run('pdfinfo', ['-isodates', file]));
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export interface WordBox {
  page: number;
  xMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word pdftotext finds, with its box in points from the page's top left. */
export function pdfWords(pdf: Uint8Array): WordBox[] {
  const html = withFile(pdf, (file) => run('pdftotext', ['-bbox', file, '-']));
  const words: WordBox[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), xMax: Number(m[2]), yMax: Number(m[3]), text: m[4] ?? '' });
  }
  return words;
}

/** Images drawn (an alpha channel's soft mask is not counted as an image of its own). */
export function pdfImageCount(pdf: Uint8Array): number {
  const rows = withFile(pdf, (file) => run('pdfimages', ['-list', file]))
    .split('\n')
    .slice(2);
  return rows.filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
}
