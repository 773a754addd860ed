import type { FieldDefinition } from './definitions.js';

/** The stored end month of a period still running (shown 至今); only fields with `allowPresent`. */
export const PRESENT_MONTH = 'present';

export function isPresentMonth(value: unknown): value is typeof PRESENT_MONTH {
  return value === PRESENT_MONTH;
}

/** `YYYY-MM` of `today` (UTC, as the server's clock counts). */
export function currentYearMonth(today: Date = new Date()): string {
  return today.toISOString().slice(0, 7);
}

/** `YYYY-MM-DD` of `today` (UTC). */
export function currentDate(today: Date = new Date()): string {
  return today.toISOString().slice(0, 10);
}

/** A month value for computing: `"present"` is the current month; anything else as it is. */
export function resolveMonth(value: unknown, today: Date = new Date()): unknown {
  return isPresentMonth(value) ? currentYearMonth(today) : value;
}

/**
 * The rule "no date lies in the future" (sections.md) for one `date` or `yearMonth` value: the one
 * check the server's strict rules and the web's date pickers (`disabledDate`) both use.
 */
export function isFutureValue(field: FieldDefinition, value: string, today: Date = new Date()): boolean {
  if (field.type === 'yearMonth') return !isPresentMonth(value) && value > currentYearMonth(today);
  if (field.type === 'date') return value > currentDate(today);
  return false;
}
