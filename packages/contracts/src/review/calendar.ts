import { z } from 'zod';

const date = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

/** `GET /admin/calendar?year=`: one year of the bureau's work calendar. */
export const calendarQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, '年度不正确').max(2100, '年度不正确'),
});

/** `PUT /admin/calendar` and its answer: the holidays and make-up working days (调休上班) of a year. */
export const workCalendarSchema = z
  .object({
    year: z.number().int().min(2000, '年度不正确').max(2100, '年度不正确'),
    holidays: z.array(date).max(60, '节假日不超过60天'),
    workdays: z.array(date).max(30, '调休上班日不超过30天'),
  })
  .superRefine((c, ctx) => {
    for (const [key, dates] of [
      ['holidays', c.holidays],
      ['workdays', c.workdays],
    ] as const) {
      dates.forEach((d, i) => {
        if (!d.startsWith(`${c.year}-`)) {
          ctx.addIssue({ code: 'custom', path: [key, i], message: `日期须在 ${c.year} 年内` });
        }
      });
    }
    c.workdays.forEach((d, i) => {
      if (c.holidays.includes(d)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i],
          message: '同一天不能既是节假日又是调休上班日',
        });
      }
    });
  })
  .meta({ id: 'WorkCalendar' });
export type WorkCalendarYear = z.infer<typeof workCalendarSchema>;
