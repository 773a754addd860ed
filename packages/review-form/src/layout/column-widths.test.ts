import { findSection, sampleFieldValue } from '@zhicheng/contracts';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../text/text-width.js';
import { CELL_CHROME, layoutColumns } from './column-widths.js';

const AVAILABLE = 510;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('layoutColumns', () => {
  it('fills the width exactly', () => {
    const { widths } = layoutColumns(['起始年月', '毕业院校'], [['2020-01', '深圳大学']], AVAILABLE);
    expect(sum(widths)).toBeCloseTo(AVAILABLE);
  });

  it('gives the widest section (15 columns) a smaller font, yet room for every unbreakable value', () => {
    const section = findSection('publications');
    const fields = section?.fields ?? [];
    expect(fields).toHaveLength(15);
    const row = [
      '论文',
      '题目',
      '刊物',
      '1234-5678',
      'CN44-1234/TV',
      '978-7-111-12345-6',
      '2020-01',
      '12',
      'e1-e9',
    ];
    const rows = [[...row, ...fields.slice(row.length).map((f) => String(sampleFieldValue(f)))]];
    const { fontSize, widths } = layoutColumns(
      fields.map((f) => f.label),
      rows,
      AVAILABLE,
    );
    expect(fontSize).toBeLessThan(8);
    expect(sum(widths)).toBeCloseTo(AVAILABLE);
    for (const [i, text] of (rows[0] ?? []).entries())
      expect(widths[i] ?? 0, text).toBeGreaterThanOrEqual(textWidth(text, fontSize) + CELL_CHROME - 0.01);
  });

  it('gives a long-text column the spare width, not the short columns', () => {
    const long = '内容'.repeat(150);
    const { widths } = layoutColumns(['起始年月', '人数', '指导效果'], [['2020-01', '3', long]], AVAILABLE);
    const [month = 0, count = 0, outcome = 0] = widths;
    expect(outcome).toBeGreaterThan(month + count);
    expect(count).toBeGreaterThanOrEqual(2 * 8.5); // at least the header's two characters
  });

  it('shrinks the font before a Latin run could overflow its cell', () => {
    const code = 'ABCDEFGHIJKLMNOPQRSTUVWX'; // 24 characters: the longest kept whole
    const headers = Array.from({ length: 9 }, (_, i) => `列${i}`);
    const row = headers.map((_, i) => (i < 4 ? code : '内容'));
    const { fontSize, widths } = layoutColumns(headers, [row], AVAILABLE);
    expect(fontSize).toBeLessThan(7.5);
    for (const [i, text] of row.entries())
      expect(widths[i] ?? 0).toBeGreaterThanOrEqual(textWidth(text, fontSize) + CELL_CHROME - 0.01);
  });
});
