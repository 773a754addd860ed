import {
  adminCatalogSchema,
  qualificationCreateSchema,
  qualificationUpdateSchema,
  seriesCreateSchema,
  seriesUpdateSchema,
  specialtyCreateSchema,
  specialtyUpdateSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf } from '../../plugins/authenticate.js';
import type { CatalogService } from './catalog-service.js';
import { catalogEntryRoutes, type EntryRoutes } from './entry-routes.js';
import { organisationAdminRoutes } from './organisation-routes.js';

/** 资格目录: series with their specialties and qualifications. */
const qualificationCatalogue: EntryRoutes[] = [
  {
    kind: 'series',
    create: { path: '/admin/series', summary: 'Add a series (申报系列)', body: seriesCreateSchema },
    item: '/admin/series/:id',
    update: { summary: 'Rename or (de)activate a series', body: seriesUpdateSchema },
  },
  {
    kind: 'specialty',
    create: {
      path: '/admin/series/:id/specialties',
      inSeries: true,
      summary: 'Add a specialty to a series',
      body: specialtyCreateSchema,
    },
    item: '/admin/specialties/:id',
    update: { summary: 'Rename, regroup or (de)activate a specialty', body: specialtyUpdateSchema },
  },
  {
    kind: 'qualification',
    create: {
      path: '/admin/series/:id/qualifications',
      inSeries: true,
      summary: 'Add a qualification (专技资格名称) at a level',
      body: qualificationCreateSchema,
    },
    item: '/admin/qualifications/:id',
    update: { summary: 'Rename or (de)activate a qualification', body: qualificationUpdateSchema },
  },
];

/** 资格目录 and 评委会与部门 maintenance by the bureau; every edit audited and versioned. */
export const catalogAdminRoutes: FastifyPluginAsyncZod<{ catalogService: CatalogService }> = async (
  app,
  { catalogService },
) => {
  app.get(
    '/admin/catalog',
    {
      onRequest: app.requireAuth({ roles: ['bureau_admin'] }),
      schema: {
        tags: ['admin catalogue'],
        summary: 'The whole catalogue, inactive entries included',
        security: bearerSecurity,
        response: { 200: adminCatalogSchema, ...problemResponses },
      },
    },
    async (request) => catalogService.readFull(actorOf(request)),
  );

  await app.register(catalogEntryRoutes, { catalogService, entries: qualificationCatalogue });
  await app.register(organisationAdminRoutes, { catalogService });
};
