/**
 * Working days (工作日) for publicity windows: weekdays, minus the bureau's holidays, plus its make-up
 * working days (调休上班). Dates are calendar dates `YYYY-MM-DD` in China time; both ends count.
 */
export interface WorkCalendar {
  holidays: readonly string[];
  workdays: readonly string[];
}

/** At least this many working days for 单位公示 and 评审结果公示 (人社部令第40号). */
export const minPublicityWorkingDays = 5;

function* datesBetween(startsOn: string, endsOn: string): Generator<string> {
  const day = new Date(`${startsOn}T00:00:00Z`);
  const end = new Date(`${endsOn}T00:00:00Z`);
  while (day.getTime() <= end.getTime()) {
    yield day.toISOString().slice(0, 10);
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days from `startsOn` to `endsOn`, both included (0 when the window is empty). */
export function countWorkingDays(startsOn: string, endsOn: string, calendar: WorkCalendar): number {
  let n = 0;
  for (const date of datesBetween(startsOn, endsOn)) if (isWorkingDay(date, calendar)) n += 1;
  return n;
}

/** Today's date in China time (UTC+8, no daylight saving), `YYYY-MM-DD`. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A window has ended once its last day is over in China time. */
export function hasWindowEnded(endsOn: string, now: Date): boolean {
  return chinaDate(now) > endsOn;
}
