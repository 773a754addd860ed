import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countPdfPages, createPageCounter } from './pdf-pages.js';

const pdfWithPages = (n: number) =>
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    `2 0 obj << /Type /Pages /Kids [] /Count ${n} >> endobj`,
    ...Array.from({ length: n }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R >> endobj`),
    '%%EOF',
  ].join('\n');

describe('countPdfPages', () => {
  it('counts page objects and not the page tree', async () => {
    expect(await countPdfPages(Readable.from([Buffer.from(pdfWithPages(3))]))).toBe(3);
  });

  it('counts a match split across chunks exactly once, whatever the chunk size', async () => {
    const bytes = Buffer.from(pdfWithPages(5).replaceAll('/Type /Page ', '/Type/Page\n'));
    for (const size of [1, 3, 7, 16, 63, 64, 65, 66, 97, 128, 200]) {
      const counter = createPageCounter();
      for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
      expect(counter.finish(), `chunk size ${size}`).toBe(5);
    }
  });

  it('does not count "/Type /Pages" even when the "s" arrives in the next chunk', () => {
    const counter = createPageCounter();
    counter.push(Buffer.from(`${'x'.repeat(100)}/Type /Page`));
    counter.push(Buffer.from(`s /Count 0 >>${'x'.repeat(100)}`));
    expect(counter.finish()).toBeNull();
  });

  it('answers null when no page object is visible (compressed object streams)', async () => {
    expect(
      await countPdfPages(Readable.from([Buffer.from('%PDF-1.7\n<< /Type /ObjStm >>\n%%EOF')])),
    ).toBeNull();
  });

  it('tells a PDF from bytes that only start with %PDF-', () => {
    const scanned = (text: string) => {
      const counter = createPageCounter();
      counter.push(Buffer.from(text));
      counter.finish();
      return counter.looksLikePdf();
    };
    expect(scanned(pdfWithPages(1))).toBe(true);
    // Compressed documents hide their pages in object streams: accepted when the file is whole.
    expect(scanned('%PDF-1.7\n<< /Type /ObjStm /N 3 >>\nstream\n...\nendstream\n%%EOF')).toBe(true);
    expect(scanned('%PDF-1.7\n<< /Type /ObjStm /N 3 >>\nstream\n...')).toBe(false);
    expect(scanned('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>')).toBe(false);
  });
});
