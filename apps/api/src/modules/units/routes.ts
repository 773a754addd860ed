import {
  passwordResetRequestSchema,
  problemSchema,
  registrationResponseSchema,
  smsCodeRequestSchema,
  smsCodeResponseSchema,
  unitRegistrationSchema,
  unitSchema,
  unitUpdateSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { ifMatchVersion } from '../../lib/if-match.js';
import { routeRateLimit } from '../../lib/rate-limits.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { SmsService } from '../sms/sms-service.js';
import type { UnitRow } from './units-repository.js';
import type { UnitsService } from './units-service.js';

export interface UnitRouteDeps {
  unitsService: UnitsService;
  smsService: SmsService;
  config: Config;
}

function toUnit({
  unit,
  admin,
}: {
  unit: UnitRow;
  admin: {
    id: string;
    name: string;
    username: string;
    email: string | null;
    phone: string | null;
    mobile: string | null;
  };
}) {
  return {
    id: unit.id,
    orgCode: unit.orgCode,
    name: unit.name,
    socialSecurityNo: unit.socialSecurityNo,
    admin: {
      id: admin.id,
      name: admin.name,
      username: admin.username,
      email: admin.email,
      phone: admin.phone,
      mobile: admin.mobile,
    },
    version: unit.version,
    createdAt: unit.createdAt.toISOString(),
  };
}

/** Public: SMS codes, unit registration, admin password reset. Unit staff: the unit's profile. */
export const unitRoutes: FastifyPluginAsyncZod<UnitRouteDeps> = async (
  app,
  { unitsService, smsService, config },
) => {
  // Public endpoints that cost an SMS or an argon2 hash get a per-IP limit on top of their own rules.

  app.post(
    '/sms-codes',
    {
      ...routeRateLimit(app, config, 'smsCode'),
      schema: {
        tags: ['accounts'],
        summary: 'Send a 6-digit SMS code (5 min, single use; 60 s between sends, 5 per mobile per hour)',
        body: smsCodeRequestSchema,
        response: { 202: smsCodeResponseSchema, 400: problemSchema, 429: problemSchema, 503: problemSchema },
      },
    },
    async (request, reply) => {
      const result = await smsService.sendCode(
        request.body.mobile,
        request.body.purpose,
        requestContext(request),
      );
      return reply.status(202).send(result);
    },
  );

  app.post(
    '/units',
    {
      ...routeRateLimit(app, config, 'unitRegistration'),
      schema: {
        tags: ['accounts'],
        summary: 'Register a unit and its admin (单位注册), verified by an SMS code to the admin mobile',
        body: unitRegistrationSchema,
        response: {
          201: registrationResponseSchema,
          400: problemSchema,
          409: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { unit, admin } = await unitsService.register(request.body, requestContext(request));
      return reply.status(201).send({
        unit: { id: unit.id, orgCode: unit.orgCode, name: unit.name },
        admin: { id: admin.id, username: admin.username, name: admin.name },
      });
    },
  );

  app.post(
    '/auth/password-reset',
    {
      ...routeRateLimit(app, config, 'passwordReset'),
      schema: {
        tags: ['auth'],
        summary: 'Unit admin forgot the password: reset by SMS code to the registered mobile',
        body: passwordResetRequestSchema,
        response: { 204: z.null(), 400: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      await unitsService.resetAdminPassword(request.body, requestContext(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/unit',
    {
      onRequest: app.requireAuth({ roles: ['unit_admin', 'unit_operator'] }),
      schema: {
        tags: ['unit'],
        summary: "The caller's unit (单位信息)",
        security: bearerSecurity,
        response: { 200: unitSchema, ...problemResponses },
      },
    },
    async (request) => toUnit(await unitsService.getOwn(actorOf(request))),
  );

  app.patch(
    '/unit',
    {
      onRequest: app.requireAuth({ roles: ['unit_admin'] }),
      schema: {
        tags: ['unit'],
        summary:
          "Edit the unit's name, social-security number and the admin's phone (If-Match); the admin's mobile and e-mail change through PUT /me/contact",
        security: bearerSecurity,
        body: unitUpdateSchema,
        response: { 200: unitSchema, ...problemResponses },
      },
    },
    async (request) =>
      toUnit(
        await unitsService.updateOwn(
          actorOf(request),
          request.body,
          ifMatchVersion(request),
          requestContext(request),
        ),
      ),
  );
};
