import {
  contactDetailsSchema,
  contactSmsCodeRequestSchema,
  contactUpdateSchema,
  problemSchema,
  smsCodeResponseSchema,
} from '@zhicheng/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { ifMatchVersion } from '../../lib/if-match.js';
import { bearerSecurity, problemResponses } from '../../lib/route-schemas.js';
import { actorOf, requestContext } from '../../plugins/authenticate.js';
import type { ContactService } from './contact-service.js';

/** 消息设置's contact details: the caller's own mobile and e-mail, for any signed-in role. */
export const contactRoutes: FastifyPluginAsyncZod<{
  contactService: ContactService;
  config: Config;
}> = async (app, { contactService: service, config }) => {
  const guard = app.requireAuth();
  const doc = (summary: string) => ({ tags: ['account'], summary, security: bearerSecurity });

  app.get(
    '/me/contact',
    {
      onRequest: guard,
      schema: {
        ...doc("The caller's mobile and e-mail (where SMS and e-mail notifications go), with the version"),
        response: { 200: contactDetailsSchema, ...problemResponses },
      },
    },
    async (request) => service.get(actorOf(request)),
  );

  app.put(
    '/me/contact',
    {
      onRequest: guard,
      // Each attempt may check a password: a per-IP limit against guessing it with a stolen token.
      config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        ...doc(
          'Changes the caller’s e-mail (null removes it and turns e-mail notifications off) and mobile (a new one needs the SMS code sent to it); either needs currentPassword, and the old mobile/e-mail is notified; If-Match: version',
        ),
        body: contactUpdateSchema,
        response: { 200: contactDetailsSchema, ...problemResponses, 429: problemSchema },
      },
    },
    async (request) =>
      service.update(actorOf(request), request.body, ifMatchVersion(request), requestContext(request)),
  );

  app.post(
    '/me/contact/sms-code',
    {
      onRequest: guard,
      // Each code costs an SMS: a per-IP limit on top of the SMS service's per-mobile ones.
      config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        ...doc(
          'Sends a 6-digit code to the mobile the caller wants on the account (5 min, single use; 60 s between sends, 5 per mobile per hour)',
        ),
        body: contactSmsCodeRequestSchema,
        response: {
          202: smsCodeResponseSchema,
          ...problemResponses,
          429: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const sent = await service.sendCode(actorOf(request), request.body.mobile, requestContext(request));
      return reply.status(202).send(sent);
    },
  );
};
