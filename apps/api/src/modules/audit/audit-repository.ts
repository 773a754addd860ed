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
}

/** Appends one audit event; pass the transaction of the change it records. */
export async function recordAudit(db: DbOrTx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: entry.actorId ?? null,
    actorRole: entry.actorRole ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details: entry.details ?? null,
  });
}
