import { auditEvents, type DbOrTx } from '@zhicheng/db';

export interface AuditEntry {
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Where and why: request facts every audit event carries. */
export interface RequestContext {
  ip: string;
  requestId: string;
  userAgent?: string | undefined;
  /** The integrator's API key the request was made with (its actor is the key's creator). */
  apiKey?: { id: string; name: string };
}

/**
 * Appends one audit event; pass the transaction of the change it records. An event made with an API key
 * names the key in `details.apiKey`.
 */
export async function recordAudit(db: DbOrTx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: entry.actorId ?? null,
    actorRole: entry.actorRole ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details: ctx.apiKey ? { ...entry.details, apiKey: ctx.apiKey } : (entry.details ?? null),
  });
}
