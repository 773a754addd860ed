import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from '../common/list.js';

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime(),
    actorId: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventsQuerySchema = listQuerySchema.extend({
  action: z.string().max(100).optional(),
  actorId: z.string().max(100).optional(),
});

export const auditEventsResponseSchema = listResponseSchema(auditEventSchema).meta({ id: 'AuditEventList' });
