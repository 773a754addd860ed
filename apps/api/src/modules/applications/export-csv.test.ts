import { describe, expect, it } from 'vitest';
import { chinaMinute, csvCell, csvLine, neutraliseFormula } from './export-csv.js';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and leaves plain text alone', () => {
    expect(csvCell('张三')).toBe('张三');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说"好"')).toBe('"说""好"""');
    expect(csvCell('两\r\n行')).toBe('"两\r\n行"');
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('keeps formulas from running in a spreadsheet', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseFormula('1-1')).toBe('1-1');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes times to the minute in China time', () => {
    expect(chinaMinute(new Date('2026-11-30T16:05:59Z'))).toBe('2026-12-01 00:05');
    expect(chinaMinute(null)).toBe('');
  });
});
