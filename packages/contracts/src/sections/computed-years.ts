import { resolveMonth } from './month-rules.js';

/**
 * Years "按截止当年8月31日计算": the printed form counts service up to 31 August of the review year,
 * so the applicant is offered that figure as a suggestion instead of working it out by hand.
 */

/** The fields counted this way, and the basic-info field each one counts from. */
export const computedYearsSources = {
  professionalYears: 'workStartMonth',
  appointedYears: 'currentQualificationDate',
} as const;

export type ComputedYearsField = keyof typeof computedYearsSources;

export function isComputedYearsField(key: string): key is ComputedYearsField {
  return Object.hasOwn(computedYearsSources, key);
}

const startPattern = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * Whole years from `start` (`YYYY-MM`, counted from the 1st, or `YYYY-MM-DD`; `"present"` is the
 * current month) up to 31 August of `today`'s year; 0 when the start lies after that day, null when
 * `start` is not a month or a date.
 */
export function yearsUntilAugust31(start: unknown, today: Date = new Date()): number | null {
  const value = resolveMonth(start, today);
  if (typeof value !== 'string') return null;
  const match = startPattern.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  // 31 August is on or after every day of months up to August, so only later months lose a year.
  const years = today.getFullYear() - year - (month > 8 ? 1 : 0);
  return Math.max(0, years);
}

/** The suggestion for `field` from the section's current values, or null when it cannot be computed. */
export function suggestedYears(
  field: ComputedYearsField,
  values: Record<string, unknown>,
  today: Date = new Date(),
): number | null {
  return yearsUntilAugust31(values[computedYearsSources[field]], today);
}
