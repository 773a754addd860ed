import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type WorkCalendarYear, workCalendarSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { calendarKeys } from './calendar-keys';

/** `PUT /admin/calendar`: replaces one year's holidays and make-up working days. */
export function saveCalendar(body: WorkCalendarYear): Promise<WorkCalendarYear> {
  return apiRequest('/admin/calendar', { method: 'PUT', body, schema: workCalendarSchema });
}

export function useSaveCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCalendar,
    onSuccess: (saved) => {
      queryClient.setQueryData(calendarKeys.year(saved.year), saved);
    },
  });
}
