import { type DbOrTx, idempotencyKeys } from '@zhicheng/db';
import { and, eq, isNull, lt } from 'drizzle-orm';

export interface IdempotencyId {
  userId: string;
  scope: string;
  key: string;
}

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

/** The response text a completed row recorded. */
export function recordedBody(row: IdempotencyRow): string {
  const body = row.responseBody as { text?: unknown } | null;
  return typeof body?.text === 'string' ? body.text : '';
}

function byId(id: IdempotencyId) {
  return and(
    eq(idempotencyKeys.userId, id.userId),
    eq(idempotencyKeys.scope, id.scope),
    eq(idempotencyKeys.key, id.key),
  );
}

/** The `idempotency_keys` table: one row per (user, method + path, key). */
export const idempotencyRepository = {
  /**
   * Claims a key: true when this request inserted the row and so runs the handler. The primary key makes
   * concurrent claims of one key serialise in the database: exactly one insert wins.
   */
  async claim(db: DbOrTx, id: IdempotencyId, requestHash: string, now: Date): Promise<boolean> {
    const rows = await db
      .insert(idempotencyKeys)
      .values({ ...id, requestHash, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    return rows.length > 0;
  },

  async find(db: DbOrTx, id: IdempotencyId): Promise<IdempotencyRow | undefined> {
    const [row] = await db.select().from(idempotencyKeys).where(byId(id));
    return row;
  },

  /**
   * Records the first response. The body is kept as the exact text sent (`{ text }`: jsonb would reorder
   * the keys of the JSON itself), so replays are byte-identical.
   */
  async complete(db: DbOrTx, id: IdempotencyId, status: number, body: string): Promise<void> {
    await db
      .update(idempotencyKeys)
      .set({ responseStatus: status, responseBody: { text: body } })
      .where(and(byId(id), isNull(idempotencyKeys.responseStatus)));
  },

  /** Forgets a key whose request failed on the server, so a retry with the same key runs again. */
  async release(db: DbOrTx, id: IdempotencyId): Promise<void> {
    await db.delete(idempotencyKeys).where(and(byId(id), isNull(idempotencyKeys.responseStatus)));
  },

  /** Drops the row when it was created before `before` (expired, or a pending one whose request died). */
  async dropIfOlder(db: DbOrTx, id: IdempotencyId, before: Date): Promise<void> {
    await db.delete(idempotencyKeys).where(and(byId(id), lt(idempotencyKeys.createdAt, before)));
  },
};
