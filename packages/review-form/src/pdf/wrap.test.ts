import { describe, expect, it } from 'vitest';
import { longChineseText } from '../sample/sample-text.js';
import { textWidth } from '../text/text-width.js';
import { wrapLines } from './wrap.js';

const CLOSING = [...'，。、；：？！）》」'];
const OPENING = [...'（《「'];

describe('wrapLines', () => {
  it('fills lines up to the width and gives the text back, with no hyphen and no character lost', () => {
    const text = longChineseText(2000, 1);
    const lines = wrapLines(text, 200, 9);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(80);
    for (const line of lines) {
      expect(textWidth(line, 9)).toBeLessThanOrEqual(200);
      expect(CLOSING, line).not.toContain(line[0]);
      expect(OPENING, line).not.toContain(line.at(-1));
      expect(line.endsWith('-')).toBe(false);
    }
    // Greedy: no line would also have held the next line's first character.
    for (const [i, line] of lines.slice(0, -1).entries())
      expect(textWidth(line + (lines[i + 1]?.[0] ?? ''), 9)).toBeGreaterThan(200 - 9 * 2);
  });

  it('keeps Latin words and numbers whole and drops the spaces at a break', () => {
    const lines = wrapLines('项目编号 ISBN 978-7-111-12345-6 经费 12.5 万元', 100, 9);
    expect(lines.some((l) => l.includes('978-7-111-12345-6'))).toBe(true);
    expect(lines.some((l) => l.includes('12.5'))).toBe(true);
    for (const line of lines) expect(line).toBe(line.trim());
  });

  it('breaks at explicit line breaks and gives an empty text one empty line', () => {
    expect(wrapLines('甲\n乙', 100, 9)).toEqual(['甲', '乙']);
    expect(wrapLines('', 100, 9)).toEqual(['']);
  });

  it('cuts a piece wider than the whole line rather than let it overflow', () => {
    const lines = wrapLines('ABCDEFGHIJKLMNOPQRSTUVWX', 30, 9);
    expect(lines.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWX');
    for (const line of lines) expect(textWidth(line, 9)).toBeLessThanOrEqual(30);
  });
});
