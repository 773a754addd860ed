import { countWorkingDays, type WorkCalendarYear } from '@zhicheng/contracts';
import type { Db, DbOrTx } from '@zhicheng/db';
import type { Actor } from '../../lib/actor.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { type CalendarDayRow, calendarRepository as repo } from './calendar-repository.js';

function toCalendar(rows: readonly CalendarDayRow[]): { holidays: string[]; workdays: string[] } {
  return {
    holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.day),
    workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.day),
  };
}

/** Working days from `startsOn` to `endsOn` (both included) by the calendar stored in `db`. */
export async function workingDaysBetween(db: DbOrTx, startsOn: string, endsOn: string): Promise<number> {
  return countWorkingDays(startsOn, endsOn, toCalendar(await repo.between(db, startsOn, endsOn)));
}

export type CalendarService = ReturnType<typeof createCalendarService>;

/** 工作日历: the holidays and make-up working days (调休上班) the bureau maintains per year. */
export function createCalendarService(deps: { db: Db }) {
  const { db } = deps;

  return {
    async year(year: number): Promise<WorkCalendarYear> {
      return { year, ...toCalendar(await repo.between(db, `${year}-01-01`, `${year}-12-31`)) };
    },

    workingDays(startsOn: string, endsOn: string): Promise<number> {
      return workingDaysBetween(db, startsOn, endsOn);
    },

    /** Replaces the whole year in one transaction; repeated dates count once. */
    async replaceYear(actor: Actor, input: WorkCalendarYear, ctx: RequestContext): Promise<WorkCalendarYear> {
      const holidays = [...new Set(input.holidays)].sort();
      const workdays = [...new Set(input.workdays)].sort();
      await db.transaction(async (tx) => {
        await repo.replaceYear(tx, input.year, [
          ...holidays.map((day) => ({ day, kind: 'holiday' as const })),
          ...workdays.map((day) => ({ day, kind: 'workday' as const })),
        ]);
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'calendar.updated',
          targetType: 'calendar',
          targetId: String(input.year),
          details: { year: input.year, holidays: holidays.length, workdays: workdays.length },
        });
      });
      return { year: input.year, holidays, workdays };
    },
  };
}
