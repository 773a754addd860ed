import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv-parse.js';

describe('parseCsv', () => {
  it('splits records on CRLF, LF and a lone CR, numbering their lines', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks; the next record keeps its line', () => {
    expect(parseCsv('"张,三","说""好""","两\r\n行"\r\nx,,""\r\n')).toEqual([
      { line: 1, fields: ['张,三', '说"好"', '两\r\n行'] },
      { line: 3, fields: ['x', '', ''] },
    ]);
  });

  it('leaves out blank lines and all-empty rows but counts their lines', () => {
    expect(parseCsv('h1,h2\r\n\r\n,\r\na,b\r\n\r\n\r\n')).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 4, fields: ['a', 'b'] },
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('a"b,c')).toEqual([{ line: 1, fields: ['a"b', 'c'] }]);
  });

  it('refuses a quote left open and text after a closing quote, naming the line', () => {
    const unclosed = (() => {
      try {
        parseCsv('a,b\r\n"open,c\r\nd');
      } catch (error) {
        return error;
      }
    })();
    expect(unclosed).toBeInstanceOf(CsvSyntaxError);
    expect(unclosed).toMatchObject({ line: 2, reason: 'unclosed_quote' });
    expect(() => parseCsv('a\n"x"y,z')).toThrow(
      expect.objectContaining({ line: 2, reason: 'text_after_quote' }),
    );
  });

  it('reads nothing from an empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
