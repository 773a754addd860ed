import { describe, expect, it } from 'vitest';
import { renderReviewForm } from '../src/index.js';
import { longChineseText } from '../src/sample/sample-text.js';
import { minimalInput } from './minimal-input.js';
import { pdfText, squeeze } from './poppler.js';

const CLOSING = [...'，。、；：？！）》」'];
const OPENING = [...'（《「'];

describe('a 2,000-character self-evaluation (the longest textarea)', () => {
  it('prints whole: every character, in order, with no hyphen added at any line break', async () => {
    const paragraph = longChineseText(2000);
    expect([...paragraph]).toHaveLength(2000);
    expect(paragraph).not.toMatch(/[\s-]/);
    const pdf = await renderReviewForm(minimalInput({ selfEvaluation: { selfEvaluation: paragraph } }));
    // Raw mode keeps a line-final '-' (the default mode would silently join it away); the footer
    // lines are dropped, since a page break puts them inside the paragraph's text.
    const raw = pdfText(pdf, { raw: true });
    const lines = raw.split('\n').filter((line) => !line.includes('专业技术资格评审表'));
    const text = squeeze(lines.join('\n'));
    const start = text.indexOf(paragraph.slice(0, 20));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(text.slice(start, start + paragraph.length)).toBe(paragraph);
    expect(text.slice(start, start + paragraph.length + 1)).not.toContain('-');
  });

  it('wraps over many lines, none starting with closing or ending with opening punctuation', async () => {
    const paragraph = longChineseText(2000, 3);
    const pdf = await renderReviewForm(minimalInput({ selfEvaluation: { selfEvaluation: paragraph } }));
    const lines = pdfText(pdf, { raw: true })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && paragraph.includes(line));
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) {
      expect(CLOSING, `line starts with ${line.slice(0, 3)}`).not.toContain(line[0]);
      expect(OPENING, `line ends with ${line.slice(-3)}`).not.toContain(line.at(-1));
      expect(line.endsWith('-')).toBe(false);
    }
  });
});
