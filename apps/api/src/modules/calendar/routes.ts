import { calendarQuerySchema, problemSchema, workCalendarSchema } from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { CalendarService } from './calendar-service.js';

const tags = ['calendar'];
const calendarDescription =
  'Holidays and make-up working days (调休上班) of the year, sorted; every other day follows the ' +
  'weekday. Working days for publicity windows are counted with `countWorkingDays` (contracts) over it.';

/** 工作日历: read by everyone signed in (publicity dialogs count working days), kept by the bureau. */
export const calendarRoutes: FastifyPluginAsyncZod<{ calendarService: CalendarService }> = async (
  app,
  { calendarService: service },
) => {
  const bureau = app.requireAuth({ roles: ['bureau_admin'] });

  app.get(
    '/calendar',
    {
      onRequest: app.requireAuth(),
      schema: {
        tags,
        summary: 'The work calendar of a year (read-only, any signed-in role)',
        description: calendarDescription,
        security: bearerSecurity,
        querystring: calendarQuerySchema,
        response: { 200: workCalendarSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => service.year(request.query.year),
  );

  app.get(
    '/admin/calendar',
    {
      onRequest: bureau,
      schema: {
        tags,
        summary: 'The work calendar of a year, for the bureau to maintain',
        description: calendarDescription,
        security: bearerSecurity,
        querystring: calendarQuerySchema,
        response: { 200: workCalendarSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => service.year(request.query.year),
  );

  app.put(
    '/admin/calendar',
    {
      onRequest: bureau,
      schema: {
        tags,
        summary: "Replace a year's holidays and make-up working days (one transaction, audited)",
        description:
          'Every date must lie in `year`; a date cannot be both. Windows recorded earlier keep the ' +
          'working-day count they were recorded with.',
        security: bearerSecurity,
        body: workCalendarSchema,
        response: { 200: workCalendarSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => service.replaceYear(actorOf(request), request.body, requestContext(request)),
  );
};
