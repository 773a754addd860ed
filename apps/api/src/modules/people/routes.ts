import {
  applicantCreateSchema,
  applicantDetailSchema,
  applicantListSchema,
  applicantUpdateSchema,
  idParamSchema,
  operatorCreateSchema,
  operatorDetailSchema,
  operatorListSchema,
  operatorUpdateSchema,
  peopleQuerySchema,
  temporaryPasswordSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ifMatchVersion, nextCursor, offsetFromCursor } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import { toPersonSummary, type UserRow } from './people-repository.js';
import type { PeopleService } from './people-service.js';

function toDetail(user: UserRow, unitName: string | null, deletable: boolean) {
  return {
    ...toPersonSummary(user),
    idNumber: user.idNumber,
    version: user.version,
    deletable,
    unitName: unitName ?? '',
  };
}

/**
 * 申报人员 (unit admin and operators) and 经办人 (unit admin only): the same account operations,
 * always inside the caller's unit — another unit's account answers 404.
 */
export const unitPeopleRoutes: FastifyPluginAsyncZod<{ peopleService: PeopleService }> = async (
  app,
  { peopleService },
) => {
  const deletable = async (user: UserRow) => !(await peopleService.undeletableIds([user])).has(user.id);
  const kinds = [
    {
      kind: 'applicant' as const,
      path: '/unit/applicants',
      tag: 'unit applicants',
      role: 'applicant' as const,
      guard: app.requireAuth({ roles: ['unit_admin', 'unit_operator'] }),
      // Integrators create applicant accounts with applicants:write; operators are for people only.
      createGuard: app.requireAuth({ roles: ['unit_admin', 'unit_operator'], scope: 'applicants:write' }),
      schemas: {
        list: applicantListSchema,
        detail: applicantDetailSchema,
        create: applicantCreateSchema,
        update: applicantUpdateSchema,
      },
    },
    {
      kind: 'operator' as const,
      path: '/unit/operators',
      tag: 'unit operators',
      role: 'unit_operator' as const,
      guard: app.requireAuth({ roles: ['unit_admin'] }),
      createGuard: app.requireAuth({ roles: ['unit_admin'] }),
      schemas: {
        list: operatorListSchema,
        detail: operatorDetailSchema,
        create: operatorCreateSchema,
        update: operatorUpdateSchema,
      },
    },
  ];

  for (const k of kinds) {
    app.get(
      k.path,
      {
        onRequest: k.guard,
        schema: {
          tags: [k.tag],
          summary: `List ${k.kind}s of the caller's unit (search by name, username or ID number)`,
          security: bearerSecurity,
          querystring: peopleQuerySchema,
          response: { 200: k.schemas.list, ...problemResponses },
        },
      },
      async (request) => {
        const { limit, cursor, q, status } = request.query;
        const offset = offsetFromCursor(cursor);
        const { rows, total } = await peopleService.list(actorOf(request), k.kind, {
          limit,
          offset,
          q,
          status,
        });
        const undeletable = await peopleService.undeletableIds(rows.map((r) => r.user));
        return {
          items: rows.map((r) => ({
            ...toPersonSummary(r.user),
            unitName: r.unitName ?? '',
            deletable: !undeletable.has(r.user.id),
          })),
          nextCursor: nextCursor(offset, rows.length, total),
          total,
        };
      },
    );

    app.post(
      k.path,
      {
        onRequest: k.createGuard,
        schema: {
          tags: [k.tag],
          summary: `Create a ${k.kind} account (must change the password at first login)`,
          security: bearerSecurity,
          body: k.schemas.create,
          response: { 201: k.schemas.detail, ...problemResponses },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body as z.infer<typeof operatorCreateSchema>;
        const user = await peopleService.create(
          actor,
          {
            username: body.username,
            password: body.password,
            name: body.name,
            idNumber: body.idNumber,
            mobile: body.mobile ?? null,
            role: k.role,
            unitId: actor.unitId,
          },
          requestContext(request),
        );
        return reply.status(201).send(toDetail(user, actor.unit?.name ?? null, await deletable(user)));
      },
    );

    app.get(
      `${k.path}/:id`,
      {
        onRequest: k.guard,
        schema: {
          tags: [k.tag],
          summary: `One ${k.kind} with the full ID number and version`,
          security: bearerSecurity,
          params: idParamSchema,
          response: { 200: k.schemas.detail, ...problemResponses },
        },
      },
      async (request) => {
        const { user, unitName } = await peopleService.load(actorOf(request), k.kind, request.params.id);
        return toDetail(user, unitName, await deletable(user));
      },
    );

    app.patch(
      `${k.path}/:id`,
      {
        onRequest: k.guard,
        schema: {
          tags: [k.tag],
          summary: `Edit or disable/enable a ${k.kind} (If-Match: version)`,
          security: bearerSecurity,
          params: idParamSchema,
          body: k.schemas.update,
          response: { 200: k.schemas.detail, ...problemResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const updated = await peopleService.update(
          actor,
          k.kind,
          request.params.id,
          request.body,
          ifMatchVersion(request),
          requestContext(request),
        );
        return toDetail(updated, actor.unit?.name ?? null, await deletable(updated));
      },
    );

    app.delete(
      `${k.path}/:id`,
      {
        onRequest: k.guard,
        schema: {
          tags: [k.tag],
          summary: `Delete a ${k.kind} who never submitted an application (otherwise 409: disable instead)`,
          security: bearerSecurity,
          params: idParamSchema,
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        await peopleService.remove(actorOf(request), k.kind, request.params.id, requestContext(request));
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${k.path}/:id/reset-password`,
      {
        onRequest: k.guard,
        schema: {
          tags: [k.tag],
          summary: `Reset a ${k.kind}'s password to a one-time temporary password`,
          security: bearerSecurity,
          params: idParamSchema,
          response: { 200: temporaryPasswordSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return peopleService.resetPassword(
          actorOf(request),
          k.kind,
          request.params.id,
          requestContext(request),
        );
      },
    );
  }
};
