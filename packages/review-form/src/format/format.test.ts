import { findSection } from '@zhicheng/contracts';
import { describe, expect, it } from 'vitest';
import { chineseNumeral } from './chinese-numeral.js';
import { formatDate, parseInstant } from './dates.js';
import { formatFieldValue, isBlankRow } from './field-value.js';

const education = findSection('education');
const field = (key: string) => {
  const f = education?.fields.find((x) => x.key === key);
  if (!f) throw new Error(key);
  return f;
};

describe('formatFieldValue', () => {
  it('prints an end month of "present" as 至今, and other months as they are', () => {
    expect(formatFieldValue(field('endMonth'), 'present')).toBe('至今');
    expect(formatFieldValue(field('endMonth'), '2024-09')).toBe('2024-09');
  });

  it('prints select values, numbers and empty values', () => {
    expect(formatFieldValue(field('degree'), '硕士')).toBe('硕士');
    expect(formatFieldValue(field('schoolingYears'), 4)).toBe('4');
    expect(formatFieldValue(field('school'), null)).toBe('');
    expect(formatFieldValue(field('school'), { unexpected: true })).toBe('');
  });

  it('treats a row of empty values as blank', () => {
    expect(isBlankRow(education?.fields ?? [], { school: ' ', degree: null })).toBe(true);
    expect(isBlankRow(education?.fields ?? [], { school: '深圳大学' })).toBe(false);
  });
});

describe('dates', () => {
  it('prints the day in China Standard Time whatever the machine zone', () => {
    expect(formatDate('2026-11-27T16:30:00Z')).toBe('2026-11-28');
    expect(formatDate('2026-11-28')).toBe('2026-11-28');
  });

  it('refuses an unparsable generatedAt', () => {
    expect(() => parseInstant('soon')).toThrow(RangeError);
    expect(parseInstant('2026-11-28T00:00:00Z').getTime()).toBe(Date.UTC(2026, 10, 28));
  });
});

describe('chineseNumeral', () => {
  it('writes section numbers in Chinese', () => {
    expect([1, 10, 12, 20, 23].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '二十三']);
  });
});
