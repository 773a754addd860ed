import {
  committeeCreateSchema,
  committeeListSchema,
  committeeUpdateSchema,
  departmentCreateSchema,
  departmentListSchema,
  departmentUpdateSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf } from '../../plugins/authenticate.js';
import type { CatalogService } from './catalog-service.js';
import { catalogEntryRoutes, type EntryRoutes } from './entry-routes.js';

const organisation: EntryRoutes[] = [
  {
    kind: 'department',
    create: {
      path: '/admin/departments',
      summary: 'Add a department (日常工作部门)',
      body: departmentCreateSchema,
    },
    item: '/admin/departments/:id',
    update: { summary: 'Rename or (de)activate a department', body: departmentUpdateSchema },
  },
  {
    kind: 'committee',
    create: {
      path: '/admin/committees',
      summary: 'Add a review committee with its department, series, levels and specialties',
      body: committeeCreateSchema,
    },
    item: '/admin/committees/:id',
    update: {
      summary: "Edit a committee's department, scope, pilot flag or (de)activate it",
      body: committeeUpdateSchema,
    },
  },
];

/**
 * 评委会与部门: the bureau's lists of departments and committees and their edits. The lists keep the
 * `admin` tag they were published under (they moved here from the reviewers module), so the API
 * document stays as it was.
 */
export const organisationAdminRoutes: FastifyPluginAsyncZod<{ catalogService: CatalogService }> = async (
  app,
  { catalogService },
) => {
  const onRequest = app.requireAuth({ roles: ['bureau_admin'] });

  app.get(
    '/admin/departments',
    {
      onRequest,
      schema: {
        tags: ['admin'],
        summary: 'Departments (日常工作部门)',
        security: bearerSecurity,
        response: { 200: departmentListSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: await catalogService.listDepartments(actorOf(request)) }),
  );

  app.get(
    '/admin/committees',
    {
      onRequest,
      schema: {
        tags: ['admin'],
        summary: 'Review committees (评委会) with their department and expert count',
        security: bearerSecurity,
        response: { 200: committeeListSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: await catalogService.listCommittees(actorOf(request)) }),
  );

  await app.register(catalogEntryRoutes, { catalogService, entries: organisation });
};
