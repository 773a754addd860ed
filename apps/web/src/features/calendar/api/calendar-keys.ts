/** Query keys of the bureau's work calendar (工作日历), per year. */
export const calendarKeys = {
  all: ['admin-calendar'] as const,
  year: (year: number) => [...calendarKeys.all, year] as const,
};
