import { describe, expect, it } from 'vitest';
import { isComputedYearsField, suggestedYears, yearsUntilAugust31 } from './computed-years.js';

const in2026 = new Date('2026-03-15T08:00:00+08:00');

describe('yearsUntilAugust31', () => {
  it('counts whole years up to 31 August of the current year', () => {
    expect(yearsUntilAugust31('2008-07', in2026)).toBe(18);
    expect(yearsUntilAugust31('2008-08', in2026)).toBe(18);
    expect(yearsUntilAugust31('2008-09', in2026)).toBe(17);
  });

  it('accepts full dates and counts the year reached on 31 August', () => {
    expect(yearsUntilAugust31('2016-08-31', in2026)).toBe(10);
    expect(yearsUntilAugust31('2016-09-01', in2026)).toBe(9);
  });

  it('uses 31 August of the current year even after that day has passed', () => {
    expect(yearsUntilAugust31('2010-09', new Date('2026-12-01T00:00:00Z'))).toBe(15);
  });

  it('treats "present" (至今) as the current month', () => {
    expect(yearsUntilAugust31('present', new Date('2026-09-15T00:00:00Z'))).toBe(0);
    expect(yearsUntilAugust31('present', in2026)).toBe(yearsUntilAugust31('2026-03', in2026));
  });

  it('gives 0 for a start after the cut-off and null for what is not a month', () => {
    expect(yearsUntilAugust31('2026-10', in2026)).toBe(0);
    expect(yearsUntilAugust31('', in2026)).toBeNull();
    expect(yearsUntilAugust31(null, in2026)).toBeNull();
    expect(yearsUntilAugust31('2024-13', in2026)).toBeNull();
  });
});

describe('suggestedYears', () => {
  it('counts professionalYears from workStartMonth and appointedYears from the qualification date', () => {
    const values = { workStartMonth: '2008-07', currentQualificationDate: '2019-12-20' };
    expect(suggestedYears('professionalYears', values, in2026)).toBe(18);
    expect(suggestedYears('appointedYears', values, in2026)).toBe(6);
    expect(suggestedYears('appointedYears', {}, in2026)).toBeNull();
  });

  it('knows which fields are counted this way', () => {
    expect(isComputedYearsField('professionalYears')).toBe(true);
    expect(isComputedYearsField('headTeacherYears')).toBe(false);
  });
});
