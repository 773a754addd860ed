import type { AuditEvent, auditEventsQuerySchema } from '@zhicheng/contracts';
import { auditEvents, type DbOrTx } from '@zhicheng/db';
import { and, count, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error.js';

type Query = z.infer<typeof auditEventsQuerySchema>;

/** Newest first, keyset-paginated by id (the cursor is the last id seen). */
export async function listAuditEvents(db: DbOrTx, query: Query) {
  const filters: SQL[] = [];
  if (query.action) filters.push(eq(auditEvents.action, query.action));
  if (query.actorId) filters.push(eq(auditEvents.actorId, query.actorId));
  const where = filters.length > 0 ? and(...filters) : undefined;

  let cursorFilter: SQL | undefined;
  if (query.cursor) {
    const before = Number(query.cursor);
    if (!Number.isSafeInteger(before)) {
      throw AppError.validation([{ path: 'cursor', message: '分页游标无效' }]);
    }
    cursorFilter = lt(auditEvents.id, before);
  }

  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(where, cursorFilter))
    .orderBy(desc(auditEvents.id))
    .limit(query.limit + 1);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);

  const page = rows.slice(0, query.limit);
  const items: AuditEvent[] = page.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? String(last.id) : null,
    total: total?.n ?? 0,
  };
}
