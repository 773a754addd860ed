import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../fonts/fonts.js';
import { ASCII_ADVANCES, textWidth } from './text-width.js';

/** Advance widths as pdfkit sets them with the form's font files, in thousandths of an em. */
function advances(file: string, text: string): number[] {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(readFileSync(file)).fontSize(1000);
  return [...text].map((ch) => Math.round(doc.widthOfString(ch)));
}

describe('textWidth', () => {
  it('has the widths of the form fonts (the wider of Regular and Bold)', () => {
    const ascii = String.fromCharCode(...ASCII_ADVANCES.map((_, i) => 0x20 + i));
    const regular = advances(fontFiles.regular, ascii);
    const bold = advances(fontFiles.bold, ascii);
    expect(regular.map((w, i) => Math.max(w, bold[i] ?? 0))).toEqual([...ASCII_ADVANCES]);
    expect(advances(fontFiles.regular, '中文，（）《》')).toEqual(Array(7).fill(1000));
  });

  it('measures Chinese as one em a character and Latin by its glyphs', () => {
    expect(textWidth('评审表', 10)).toBe(30);
    expect(textWidth('0', 10)).toBeCloseTo(5.9);
    expect(textWidth('', 10)).toBe(0);
  });
});
