// The CSV writer lives in contracts (the web builds CSV files with it too).
export { csvBom, csvCell, csvLine, neutraliseFormula } from '@zhicheng/contracts';

/** `YYYY-MM-DD HH:mm` in China time (UTC+8, no daylight saving); empty when there is no time. */
export function chinaMinute(at: Date | null): string {
  if (!at) return '';
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
