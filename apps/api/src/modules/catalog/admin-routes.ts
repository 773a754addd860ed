import {
  adminCatalogSchema,
  idParamSchema,
  qualificationCreateSchema,
  qualificationUpdateSchema,
  seriesCreateSchema,
  seriesUpdateSchema,
  specialtyCreateSchema,
  specialtyUpdateSchema,
} from '@zhicheng/contracts';
import { committees, type Db, departments, qualifications, series, specialties } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { readFullCatalog } from './catalog-reader.js';
import { editCatalog, notFound } from './catalog-service.js';
import { organisationAdminRoutes } from './organisation-routes.js';

const tags = ['admin catalogue'];
const created = z.object({ id: z.string() });

/** 资格目录 and 评委会与部门 maintenance by the bureau; every edit audited and versioned. */
export const catalogAdminRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const onRequest = app.requireAuth({ roles: ['bureau_admin'] });
  const run = <T>(request: Parameters<typeof actorOf>[0], edit: Parameters<typeof editCatalog<T>>[3]) =>
    editCatalog(db, actorOf(request), requestContext(request), edit);

  app.get(
    '/admin/catalog',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The whole catalogue, inactive entries included',
        security: bearerSecurity,
        response: { 200: adminCatalogSchema, ...problemResponses },
      },
    },
    async () => readFullCatalog(db),
  );

  app.post(
    '/admin/series',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add a series (申报系列)',
        security: bearerSecurity,
        body: seriesCreateSchema,
        response: { 201: created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await run(request, {
        action: 'catalog.series_created',
        targetType: 'series',
        label: '系列',
        run: async (tx) => {
          const [row] = await tx.insert(series).values(request.body).returning({ id: series.id });
          return row ?? { id: '' };
        },
      });
      return reply.status(201).send({ id: result.id });
    },
  );

  app.patch(
    '/admin/series/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Rename or (de)activate a series',
        security: bearerSecurity,
        params: idParamSchema,
        body: seriesUpdateSchema,
        response: { 200: created, ...problemResponses },
      },
    },
    async (request) =>
      run(request, {
        action: 'catalog.series_updated',
        targetType: 'series',
        label: '系列',
        run: async (tx) => {
          const [row] = await tx
            .update(series)
            .set({ ...request.body, updatedAt: new Date() })
            .where(eq(series.id, request.params.id))
            .returning({ id: series.id });
          if (!row) throw notFound('系列');
          return row;
        },
      }),
  );

  app.post(
    '/admin/series/:id/specialties',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add a specialty to a series',
        security: bearerSecurity,
        params: idParamSchema,
        body: specialtyCreateSchema,
        response: { 201: created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await run(request, {
        action: 'catalog.specialty_created',
        targetType: 'specialty',
        label: '专业',
        run: async (tx) => {
          const [owner] = await tx.select().from(series).where(eq(series.id, request.params.id));
          if (!owner) throw notFound('系列');
          const { group, ...rest } = request.body;
          const [row] = await tx
            .insert(specialties)
            .values({ ...rest, groupName: group ?? null, seriesId: owner.id })
            .returning({ id: specialties.id });
          return row ?? { id: '' };
        },
      });
      return reply.status(201).send({ id: result.id });
    },
  );

  app.patch(
    '/admin/specialties/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Rename, regroup or (de)activate a specialty',
        security: bearerSecurity,
        params: idParamSchema,
        body: specialtyUpdateSchema,
        response: { 200: created, ...problemResponses },
      },
    },
    async (request) =>
      run(request, {
        action: 'catalog.specialty_updated',
        targetType: 'specialty',
        label: '专业',
        run: async (tx) => {
          const { group, ...rest } = request.body;
          const [row] = await tx
            .update(specialties)
            .set({ ...rest, ...(group === undefined ? {} : { groupName: group }), updatedAt: new Date() })
            .where(eq(specialties.id, request.params.id))
            .returning({ id: specialties.id });
          if (!row) throw notFound('专业');
          return row;
        },
      }),
  );

  app.post(
    '/admin/series/:id/qualifications',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add a qualification (专技资格名称) at a level',
        security: bearerSecurity,
        params: idParamSchema,
        body: qualificationCreateSchema,
        response: { 201: created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await run(request, {
        action: 'catalog.qualification_created',
        targetType: 'qualification',
        label: '资格',
        uniqueField: 'name',
        run: async (tx) => {
          const [owner] = await tx.select().from(series).where(eq(series.id, request.params.id));
          if (!owner) throw notFound('系列');
          const [row] = await tx
            .insert(qualifications)
            .values({ ...request.body, seriesId: owner.id })
            .returning({ id: qualifications.id });
          return row ?? { id: '' };
        },
      });
      return reply.status(201).send({ id: result.id });
    },
  );

  app.patch(
    '/admin/qualifications/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Rename or (de)activate a qualification',
        security: bearerSecurity,
        params: idParamSchema,
        body: qualificationUpdateSchema,
        response: { 200: created, ...problemResponses },
      },
    },
    async (request) =>
      run(request, {
        action: 'catalog.qualification_updated',
        targetType: 'qualification',
        label: '资格',
        uniqueField: 'name',
        run: async (tx) => {
          const [row] = await tx
            .update(qualifications)
            .set({ ...request.body, updatedAt: new Date() })
            .where(eq(qualifications.id, request.params.id))
            .returning({ id: qualifications.id });
          if (!row) throw notFound('资格');
          return row;
        },
      }),
  );

  await app.register(organisationAdminRoutes, { db });

  // Deletes succeed only for entries nothing refers to; otherwise 409 "deactivate instead".
  for (const [path, table, label, target] of [
    ['/admin/series/:id', series, '系列', 'series'],
    ['/admin/specialties/:id', specialties, '专业', 'specialty'],
    ['/admin/qualifications/:id', qualifications, '资格', 'qualification'],
    ['/admin/departments/:id', departments, '部门', 'department'],
    ['/admin/committees/:id', committees, '评委会', 'committee'],
  ] as const) {
    app.delete(
      path,
      {
        onRequest,
        schema: {
          tags,
          summary: `Delete an unused ${target} (in use → 409, deactivate instead)`,
          security: bearerSecurity,
          params: idParamSchema,
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        await run(request, {
          action: `catalog.${target}_deleted`,
          targetType: target,
          label,
          run: async (tx) => {
            const [row] = await tx
              .delete(table)
              .where(eq(table.id, request.params.id))
              .returning({ id: table.id });
            if (!row) throw notFound(label);
            return row;
          },
        });
        return reply.status(204).send(null);
      },
    );
  }
};
