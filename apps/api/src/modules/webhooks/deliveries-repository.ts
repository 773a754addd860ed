import type { WebhookAttempt } from '@zhicheng/contracts';
import { type DbOrTx, webhookDeliveries, webhooks } from '@zhicheng/db';
import { and, count, desc, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewDelivery = Pick<
  typeof webhookDeliveries.$inferInsert,
  'webhookId' | 'eventId' | 'eventType' | 'body'
>;

/** What an attempt changes: the attempt appended, the new state and when the next one is due. */
export interface AttemptRecord {
  attempt: WebhookAttempt;
  status: DeliveryRow['status'];
  nextAttemptAt: Date | null;
  completedAt: Date | null;
}

export const deliveriesRepository = {
  /** Inserts deliveries, skipping (webhook, event) pairs already there; returns the new ones. */
  insertNew(db: DbOrTx, rows: NewDelivery[]): Promise<DeliveryRow[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return db
      .insert(webhookDeliveries)
      .values(rows)
      .onConflictDoNothing({ target: [webhookDeliveries.webhookId, webhookDeliveries.eventId] })
      .returning();
  },

  /** The event's deliveries not attempted yet (a consumer re-run after a crash sends their jobs again). */
  unattemptedOfEvent(db: DbOrTx, eventId: string): Promise<Pick<DeliveryRow, 'id'>[]> {
    return db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.eventId, eventId),
          eq(webhookDeliveries.status, 'pending'),
          eq(webhookDeliveries.attemptCount, 0),
        ),
      );
  },

  /** A webhook's deliveries, newest first, after the delivery `cursor` (keyset, stable while new ones arrive). */
  async list(db: DbOrTx, webhookId: string, page: { limit: number; cursor: string | undefined }) {
    const mine = eq(webhookDeliveries.webhookId, webhookId);
    let after: SQL | undefined;
    if (page.cursor) {
      after = sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (
        select d.created_at, d.id from ${webhookDeliveries} d where d.id = ${page.cursor} and d.webhook_id = ${webhookId})`;
    }
    const rows = await db
      .select()
      .from(webhookDeliveries)
      .where(and(mine, after))
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(page.limit + 1);
    const [total] = await db.select({ n: count() }).from(webhookDeliveries).where(mine);
    return { rows: rows.slice(0, page.limit), more: rows.length > page.limit, total: total?.n ?? 0 };
  },

  /** A delivery with what sending it needs from its webhook; undefined when the webhook was deleted. */
  async findForAttempt(db: DbOrTx, id: string) {
    const [row] = await db
      .select({ delivery: webhookDeliveries, url: webhooks.url, secret: webhooks.secret })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(eq(webhookDeliveries.id, id));
    return row;
  },

  /**
   * Appends an attempt if the delivery still has `attemptsBefore` attempts and is pending: a duplicate
   * job run (a worker that died and was retried) records nothing twice. True when recorded.
   */
  async recordAttempt(db: DbOrTx, id: string, attemptsBefore: number, record: AttemptRecord) {
    const updated = await db
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} || ${JSON.stringify([record.attempt])}::jsonb`,
        attemptCount: attemptsBefore + 1,
        status: record.status,
        nextAttemptAt: record.nextAttemptAt,
        completedAt: record.completedAt,
      })
      .where(
        and(
          eq(webhookDeliveries.id, id),
          eq(webhookDeliveries.attemptCount, attemptsBefore),
          eq(webhookDeliveries.status, 'pending'),
        ),
      )
      .returning({ id: webhookDeliveries.id });
    return updated.length > 0;
  },

  /**
   * Pending deliveries whose job should have run before `before` and did not (the process died between
   * recording an attempt and queueing the next one): the sweep queues them again.
   */
  stalled(db: DbOrTx, before: Date): Promise<Pick<DeliveryRow, 'id' | 'attemptCount'>[]> {
    return db
      .select({ id: webhookDeliveries.id, attemptCount: webhookDeliveries.attemptCount })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.status, 'pending'),
          or(
            lt(webhookDeliveries.nextAttemptAt, before),
            and(isNull(webhookDeliveries.nextAttemptAt), lt(webhookDeliveries.createdAt, before)),
          ),
        ),
      )
      .limit(500);
  },
};
