import { resolveMonth } from './month-rules.js';

/**
 * Work history rows may not overlap by more than one month (spec: a warning, not an error): a job
 * ending in the month the next one starts is normal; longer overlaps usually mean a typo.
 */

export interface WorkHistoryOverlap {
  /** Row indexes (0-based), first < second. */
  first: number;
  second: number;
  /** Months both rows cover, counting both the start and the end month. */
  months: number;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = monthPattern.exec(value);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

interface Span {
  row: number;
  start: number;
  end: number;
}

function spanOf(row: Record<string, unknown>, index: number, today: Date): Span | null {
  const start = monthIndex(row.startMonth);
  // A job still running (至今) lasts up to the current month.
  const end = monthIndex(resolveMonth(row.endMonth, today));
  if (start === null || end === null || end < start) return null;
  return { row: index, start, end };
}

/** Every pair of rows sharing more than `allowedMonths` months; rows without both months are skipped. */
export function workHistoryOverlaps(
  rows: readonly Record<string, unknown>[],
  allowedMonths = 1,
  today: Date = new Date(),
): WorkHistoryOverlap[] {
  const spans = rows.map((row, i) => spanOf(row, i, today)).filter((s): s is Span => s !== null);
  const overlaps: WorkHistoryOverlap[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i] as Span;
      const b = spans[j] as Span;
      const months = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
      if (months > allowedMonths) overlaps.push({ first: a.row, second: b.row, months });
    }
  }
  return overlaps;
}
