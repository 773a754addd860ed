import { queryOptions, useQuery } from '@tanstack/react-query';
import { type WorkCalendarYear, workCalendarSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { calendarKeys } from './calendar-keys';

/** `GET /admin/calendar?year=`: one year's holidays and make-up working days (bureau). */
export function getAdminCalendar(year: number): Promise<WorkCalendarYear> {
  return apiRequest(`/admin/calendar?year=${year}`, { schema: workCalendarSchema });
}

export function adminCalendarQueryOptions(year: number) {
  return queryOptions({ queryKey: calendarKeys.year(year), queryFn: () => getAdminCalendar(year) });
}

export function useAdminCalendar(year: number) {
  return useQuery(adminCalendarQueryOptions(year));
}
