import { z } from 'zod';

/** One of the caller's live sessions, for 账号安全 (ASVS 7.5.2: see and end your own sessions). */
export const accountSessionSchema = z
  .object({
    id: z.uuid(),
    /** Browser and system read from the User-Agent, e.g. "Chrome 131 · Windows"; 未知设备 when unknown. */
    device: z.string(),
    ip: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    /** The session the request was made with. */
    current: z.boolean(),
  })
  .meta({ id: 'AccountSession' });
export type AccountSession = z.infer<typeof accountSessionSchema>;

/** `GET /me/sessions`: live sessions, the most recently used first. */
export const accountSessionListSchema = z
  .object({ items: z.array(accountSessionSchema) })
  .meta({ id: 'AccountSessionList' });
export type AccountSessionList = z.infer<typeof accountSessionListSchema>;
