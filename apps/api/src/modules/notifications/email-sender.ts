import type { FastifyBaseLogger } from 'fastify';
import { createTransport } from 'nodemailer';
import { type Clock, systemClock } from '../../lib/clock.js';

/** One plain-text e-mail. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one e-mail; the same shape as the SMS sender. Implementations: the log sender and SMTP. */
export interface EmailSender {
  send(message: EmailMessage): Promise<void>;
}

/**
 * Development sender: one log line per message (nothing leaves the machine), the last ones kept. With
 * `production` (no SMTP configured) only the addressee and subject are logged, never the text.
 */
export function createLogEmailSender(
  log: () => FastifyBaseLogger,
  options: { clock?: Clock; keep?: number; production?: boolean } = {},
) {
  const { clock = systemClock, keep = 50, production = false } = options;
  const outbox: (EmailMessage & { at: Date })[] = [];
  return {
    outbox,
    async send(message: EmailMessage) {
      if (production) {
        const { to, subject } = message;
        log().warn({ email: { to, subject } }, `E-mail to ${to} not sent: no SMTP_URL (text withheld)`);
        return;
      }
      log().info({ email: message }, `E-mail to ${message.to}: ${message.subject}`);
      outbox.push({ ...message, at: clock.now() });
      if (outbox.length > keep) outbox.shift();
    },
  } satisfies EmailSender & { outbox: unknown[] };
}

/**
 * SMTP through nodemailer: `SMTP_URL` (`smtps://user:pass@smtp.example.com:465`, or `smtp://` with
 * STARTTLS) and the `MAIL_FROM` address; one transport per process, closed with the app.
 */
export function createSmtpEmailSender(options: { url: string; from: string; timeoutMs?: number }) {
  const timeout = options.timeoutMs ?? 15_000;
  const transport = createTransport(
    { url: options.url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout },
    { from: options.from },
  );
  return {
    async send(message: EmailMessage) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close() {
      transport.close();
    },
  } satisfies EmailSender & { close(): void };
}
