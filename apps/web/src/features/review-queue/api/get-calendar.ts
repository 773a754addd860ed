import { queryOptions, useQueries } from '@tanstack/react-query';
import { type WorkCalendarYear, workCalendarSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { reviewQueueKeys } from './review-queue-keys';

/** `GET /calendar?year=`: the bureau's holidays and make-up working days of a year. */
export function getCalendar(year: number): Promise<WorkCalendarYear> {
  return apiRequest(`/calendar?year=${year}`, { schema: workCalendarSchema });
}

export function calendarQueryOptions(year: number) {
  return queryOptions({
    queryKey: reviewQueueKeys.calendar(year),
    queryFn: () => getCalendar(year),
    staleTime: 10 * 60_000,
  });
}

/** The calendars of the given years, merged: null until every one has loaded. */
export function useWorkCalendar(years: readonly number[]) {
  return useQueries({
    queries: years.map((year) => calendarQueryOptions(year)),
    combine: (results) => ({
      calendar: results.every((r) => r.data)
        ? {
            holidays: results.flatMap((r) => r.data?.holidays ?? []),
            workdays: results.flatMap((r) => r.data?.workdays ?? []),
          }
        : null,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}
