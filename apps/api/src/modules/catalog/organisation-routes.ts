import {
  committeeCreateSchema,
  committeeListSchema,
  committeeUpdateSchema,
  departmentCreateSchema,
  departmentListSchema,
  departmentUpdateSchema,
  idParamSchema,
} from '@zhicheng/contracts';
import {
  committeeSpecialties,
  committees,
  type Db,
  departments,
  series,
  specialties,
  type Tx,
} from '@zhicheng/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { listCommittees, listDepartments } from './catalog-reader.js';
import { editCatalog, notFound } from './catalog-service.js';

const tags = ['admin catalogue'];
const created = z.object({ id: z.string() });

/** Keeps a committee's scope inside its series: every listed specialty must belong to it. */
async function checkCommitteeScope(
  tx: Tx,
  seriesId: string,
  departmentId: string,
  specialtyIds: readonly string[],
) {
  const [department] = await tx.select().from(departments).where(eq(departments.id, departmentId));
  if (!department) throw AppError.validation([{ path: 'departmentId', message: '该日常工作部门不存在' }]);
  const [owner] = await tx.select().from(series).where(eq(series.id, seriesId));
  if (!owner) throw AppError.validation([{ path: 'seriesId', message: '该申报系列不存在' }]);
  if (specialtyIds.length === 0) return;
  const found = await tx
    .select({ id: specialties.id })
    .from(specialties)
    .where(and(inArray(specialties.id, [...specialtyIds]), eq(specialties.seriesId, seriesId)));
  if (found.length !== new Set(specialtyIds).size) {
    throw AppError.validation([{ path: 'specialtyIds', message: '所选专业须属于该评委会的申报系列' }]);
  }
}

async function replaceCommitteeSpecialties(tx: Tx, committeeId: string, specialtyIds: readonly string[]) {
  await tx.delete(committeeSpecialties).where(eq(committeeSpecialties.committeeId, committeeId));
  if (specialtyIds.length > 0) {
    await tx
      .insert(committeeSpecialties)
      .values([...new Set(specialtyIds)].map((specialtyId) => ({ committeeId, specialtyId })));
  }
}

/**
 * 评委会与部门: the bureau's lists of departments and committees and their edits (deletes are with the
 * other catalogue deletes). The lists keep the `admin` tag they were published under (they moved here
 * from the reviewers module), so the API document stays as it was.
 */
export const organisationAdminRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const onRequest = app.requireAuth({ roles: ['bureau_admin'] });
  const run = <T>(request: Parameters<typeof actorOf>[0], edit: Parameters<typeof editCatalog<T>>[3]) =>
    editCatalog(db, actorOf(request), requestContext(request), edit);

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
    async () => ({ items: await listDepartments(db) }),
  );

  app.get(
    '/admin/committees',
    {
      onRequest,
      schema: {
        tags: ['admin'],
        summary: 'Review committees (评委会) with their department',
        security: bearerSecurity,
        response: { 200: committeeListSchema, ...problemResponses },
      },
    },
    async () => ({ items: await listCommittees(db) }),
  );

  app.post(
    '/admin/departments',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add a department (日常工作部门)',
        security: bearerSecurity,
        body: departmentCreateSchema,
        response: { 201: created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await run(request, {
        action: 'catalog.department_created',
        targetType: 'department',
        label: '部门',
        uniqueField: 'name',
        run: async (tx) => {
          const [row] = await tx.insert(departments).values(request.body).returning({ id: departments.id });
          return row ?? { id: '' };
        },
      });
      return reply.status(201).send({ id: result.id });
    },
  );

  app.patch(
    '/admin/departments/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Rename or (de)activate a department',
        security: bearerSecurity,
        params: idParamSchema,
        body: departmentUpdateSchema,
        response: { 200: created, ...problemResponses },
      },
    },
    async (request) =>
      run(request, {
        action: 'catalog.department_updated',
        targetType: 'department',
        label: '部门',
        uniqueField: 'name',
        run: async (tx) => {
          const [row] = await tx
            .update(departments)
            .set({ ...request.body, updatedAt: new Date() })
            .where(eq(departments.id, request.params.id))
            .returning({ id: departments.id });
          if (!row) throw notFound('部门');
          return row;
        },
      }),
  );

  app.post(
    '/admin/committees',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add a review committee with its department, series, levels and specialties',
        security: bearerSecurity,
        body: committeeCreateSchema,
        response: { 201: created, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { specialtyIds, ...values } = request.body;
      const result = await run(request, {
        action: 'catalog.committee_created',
        targetType: 'committee',
        label: '评委会',
        run: async (tx) => {
          await checkCommitteeScope(tx, values.seriesId, values.departmentId, specialtyIds);
          const [row] = await tx.insert(committees).values(values).returning({ id: committees.id });
          if (!row) throw new Error('committee not inserted');
          await replaceCommitteeSpecialties(tx, row.id, specialtyIds);
          return row;
        },
      });
      return reply.status(201).send({ id: result.id });
    },
  );

  app.patch(
    '/admin/committees/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: "Edit a committee's department, scope, pilot flag or (de)activate it",
        security: bearerSecurity,
        params: idParamSchema,
        body: committeeUpdateSchema,
        response: { 200: created, ...problemResponses },
      },
    },
    async (request) =>
      run(request, {
        action: 'catalog.committee_updated',
        targetType: 'committee',
        label: '评委会',
        run: async (tx) => {
          const [current] = await tx.select().from(committees).where(eq(committees.id, request.params.id));
          if (!current) throw notFound('评委会');
          const { specialtyIds, ...values } = request.body;
          const seriesId = values.seriesId ?? current.seriesId;
          const departmentId = values.departmentId ?? current.departmentId;
          const scope =
            specialtyIds ??
            (
              await tx
                .select({ id: committeeSpecialties.specialtyId })
                .from(committeeSpecialties)
                .where(eq(committeeSpecialties.committeeId, current.id))
            ).map((r) => r.id);
          await checkCommitteeScope(tx, seriesId, departmentId, scope);
          await tx
            .update(committees)
            .set({ ...values, updatedAt: new Date() })
            .where(eq(committees.id, current.id));
          if (specialtyIds) await replaceCommitteeSpecialties(tx, current.id, specialtyIds);
          return { id: current.id };
        },
      }),
  );
};
