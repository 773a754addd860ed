import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SentMessage } from './sms-sender.js';

/**
 * Test hook (only with ENABLE_TEST_HOOKS, refused in production): the log sender's outbox, so
 * browser tests can read the SMS code a person would read on their phone.
 */
export const smsTestHookRoutes: FastifyPluginAsyncZod<{ outbox: SentMessage[] }> = async (
  app,
  { outbox },
) => {
  app.get(
    '/test/sms-outbox',
    {
      schema: {
        hide: true,
        querystring: z.object({ mobile: z.string() }),
      },
    },
    async (request) => {
      const messages = outbox.filter((m) => m.mobile === request.query.mobile);
      const last = messages.at(-1);
      return { messages, lastCode: last ? (/\d{6}/.exec(last.text)?.[0] ?? null) : null };
    },
  );
};
