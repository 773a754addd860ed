/**
 * Dates print in China Standard Time (UTC+8, no daylight saving), so the day on the paper does not
 * depend on the time zone of the machine that renders it.
 */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2026-11-28` for an ISO date or date-time; a plain `YYYY-MM-DD` is returned as it is. */
export function formatDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of `generatedAt`; an unparsable value is refused rather than stamped with "now". */
export function parseInstant(iso: string): Date {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`generatedAt is not an ISO date-time: ${iso}`);
  return new Date(time);
}
