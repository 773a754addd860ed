import { describe, expect, it } from 'vitest';
import { LATIN_KEEP_WHOLE, lineBreakSegments } from './line-break.js';

const LINE_START_FORBIDDEN = [...'，。、；：？！）》」』】…,.;:?!)'];
const LINE_END_FORBIDDEN = [...'（《「『【“(['];

/** Every line a break could produce starts with a segment, and ends with one. */
function assertKinsoku(segments: string[]) {
  for (const [i, segment] of segments.entries()) {
    if (i > 0) expect(LINE_START_FORBIDDEN, `line starting with ${segment}`).not.toContain(segment[0]);
    if (i < segments.length - 1)
      expect(LINE_END_FORBIDDEN, `line ending with ${segment}`).not.toContain(segment.at(-1));
  }
}

describe('lineBreakSegments', () => {
  it('breaks Chinese between any two characters', () => {
    expect(lineBreakSegments('专业技术资格')).toEqual(['专', '业', '技', '术', '资', '格']);
  });

  it('gives the text back unchanged when joined, and nothing for an empty string', () => {
    const text = '申报人（签名）：张三，ISBN 978-7-111-12345-6。“评审”《办法》……完成——2020-01-15。';
    expect(lineBreakSegments(text).join('')).toBe(text);
    expect(lineBreakSegments('')).toEqual([]);
  });

  it('never starts a line with closing punctuation (避头)', () => {
    const segments = lineBreakSegments('内容，结果。顺序、分号；冒号：问号？叹号！括号）书名》引号」');
    expect(segments).toContain('容，');
    expect(segments).toContain('果。');
    expect(segments).toContain('号）');
    expect(segments).toContain('名》');
    expect(segments).toContain('号」');
    assertKinsoku(segments);
  });

  it('keeps runs of closing punctuation together with the character before them', () => {
    expect(lineBreakSegments('他说：“好。”')).toEqual(['他', '说：', '“好。”']);
    expect(lineBreakSegments('未完……')).toEqual(['未', '完……']);
  });

  it('never ends a line with opening punctuation (避尾)', () => {
    const segments = lineBreakSegments('见（附件）和《条例》及「说明」');
    expect(segments).toContain('（附');
    expect(segments).toContain('《条');
    expect(segments).toContain('「说');
    assertKinsoku(segments);
  });

  it('applies the same rules to ASCII punctuation next to Chinese', () => {
    const segments = lineBreakSegments('内容(说明),结束.');
    expect(segments).toEqual(['内', '容', '(说', '明),', '结', '束.']);
    assertKinsoku(segments);
  });

  it('keeps Latin words and numbers whole', () => {
    expect(lineBreakSegments('使用Knuth-Plass算法')).toEqual(['使', '用', 'Knuth-Plass', '算', '法']);
    expect(lineBreakSegments('经费12.5万元')).toEqual(['经', '费', '12.5', '万', '元']);
    expect(lineBreakSegments('邮箱a@example.com')).toEqual(['邮', '箱', 'a@example.com']);
    expect(lineBreakSegments('2020-01-15')).toEqual(['2020-01-15']);
  });

  it('keeps the spaces of mixed text as their own break points', () => {
    expect(lineBreakSegments('SCI 收录 2 篇')).toEqual(['SCI', ' ', '收', '录', ' ', '2', ' ', '篇']);
  });

  it('glues Latin text to the punctuation that must not start or end a line', () => {
    const segments = lineBreakSegments('见（GB/T 15834）。');
    expect(segments).toEqual(['见', '（GB/T', ' ', '15834）。']);
    assertKinsoku(segments);
  });

  it('cuts only an absurdly long Latin run, after its separators first', () => {
    const url = 'https://example.com/verify/ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const segments = lineBreakSegments(url);
    expect(segments.join('')).toBe(url);
    expect(segments.length).toBeGreaterThan(1);
    for (const s of segments) expect(s.length).toBeLessThanOrEqual(LATIN_KEEP_WHOLE);
    expect(segments).toContain('example.');
    const word = 'x'.repeat(LATIN_KEEP_WHOLE);
    expect(lineBreakSegments(word)).toEqual([word]);
  });

  it('handles characters outside the basic plane', () => {
    expect(lineBreakSegments('𠀀𠀁，')).toEqual(['𠀀', '𠀁，']);
  });
});
