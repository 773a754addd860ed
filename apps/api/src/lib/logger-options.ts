import { errorForLog, requestForLog } from '../errors/log-serializers.js';

// Logs never carry credentials, tokens or cookies.
export const logRedactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.smsCode',
];

/**
 * The app logger's pino options (server and tests use the same): credentials redacted, errors without
 * the values their queries carried, request URLs without query values (`log-serializers.ts`).
 */
export function appLoggerOptions(level: string) {
  return {
    level,
    redact: logRedactPaths,
    serializers: { err: errorForLog, req: requestForLog },
  };
}
