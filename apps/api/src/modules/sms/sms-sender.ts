import type { FastifyBaseLogger } from 'fastify';
import { type Clock, systemClock } from '../../lib/clock.js';

/** Sends one text message. Implementations: the log sender (development) and an HTTP provider. */
export interface SmsSender {
  send(mobile: string, text: string): Promise<void>;
}

export interface SentMessage {
  mobile: string;
  text: string;
  at: Date;
}

/**
 * Development sender: one log line per message with the destination and the text (so the code can be
 * read off the console), plus an in-memory outbox that browser tests read through the test hook.
 * With `production` (someone left `SMS_PROVIDER=log` in production) the text, and so the code, is
 * withheld: logs must never carry SMS codes, and nobody reads a production console for them.
 */
export function createLogSmsSender(
  log: () => FastifyBaseLogger,
  options: { clock?: Clock; keep?: number; production?: boolean } = {},
) {
  const { clock = systemClock, keep = 50, production = false } = options;
  const outbox: SentMessage[] = [];
  return {
    outbox,
    async send(mobile: string, text: string) {
      if (production) {
        log().warn({ sms: { mobile } }, `SMS to ${mobile} not sent: SMS_PROVIDER=log (text withheld)`);
        return;
      }
      log().info({ sms: { mobile, text } }, `SMS to ${mobile}: ${text}`);
      outbox.push({ mobile, text, at: clock.now() });
      if (outbox.length > keep) outbox.shift();
    },
  } satisfies SmsSender & { outbox: SentMessage[] };
}

/**
 * Generic HTTP provider: POSTs `{ mobile, text }` as JSON with an optional bearer token; any 2xx is
 * success. Providers with other shapes sit behind a small relay or get their own sender.
 */
export function createHttpSmsSender(options: {
  url: string;
  token: string | undefined;
  timeoutMs?: number;
}): SmsSender {
  return {
    async send(mobile, text) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ mobile, text }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`SMS provider answered ${response.status}`);
    },
  };
}
