import { calendarDays, type DbOrTx } from '@zhicheng/db';
import { and, asc, gte, lte } from 'drizzle-orm';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

/** The bureau's work calendar: only the exceptions (holidays, make-up working days) are rows. */
export const calendarRepository = {
  /** The exceptions from `from` to `to` (dates `YYYY-MM-DD`, both included), in date order. */
  between(db: DbOrTx, from: string, to: string): Promise<CalendarDayRow[]> {
    return db
      .select()
      .from(calendarDays)
      .where(and(gte(calendarDays.day, from), lte(calendarDays.day, to)))
      .orderBy(asc(calendarDays.day));
  },

  /** Replaces a year's exceptions with `days` (call inside a transaction). */
  async replaceYear(db: DbOrTx, year: number, days: readonly CalendarDayRow[]): Promise<void> {
    await db
      .delete(calendarDays)
      .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)));
    if (days.length > 0) await db.insert(calendarDays).values([...days]);
  },
};
