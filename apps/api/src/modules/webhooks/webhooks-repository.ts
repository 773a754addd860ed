import { type DbOrTx, webhooks } from '@zhicheng/db';
import { and, arrayContains, count, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';

export type WebhookRow = typeof webhooks.$inferSelect;
export type NewWebhook = typeof webhooks.$inferInsert;

/** Whose webhooks a caller manages: a unit's (its admin) or the bureau's. */
export type WebhookOwner = { kind: 'unit'; unitId: string } | { kind: 'bureau' };

function ownedBy(owner: WebhookOwner): SQL | undefined {
  return owner.kind === 'unit'
    ? and(eq(webhooks.ownerKind, 'unit'), eq(webhooks.unitId, owner.unitId))
    : and(eq(webhooks.ownerKind, 'bureau'), isNull(webhooks.unitId));
}

export const webhooksRepository = {
  async insert(db: DbOrTx, values: NewWebhook): Promise<WebhookRow> {
    const [row] = await db.insert(webhooks).values(values).returning();
    if (!row) throw new Error('webhook not inserted');
    return row;
  },

  /** The owner's webhooks, newest first. */
  async list(db: DbOrTx, owner: WebhookOwner, page: { limit: number; offset: number }) {
    const where = ownedBy(owner);
    const rows = await db
      .select()
      .from(webhooks)
      .where(where)
      .orderBy(desc(webhooks.createdAt), desc(webhooks.id))
      .limit(page.limit)
      .offset(page.offset);
    const [total] = await db.select({ n: count() }).from(webhooks).where(where);
    return { rows, total: total?.n ?? 0 };
  },

  /** One of the owner's webhooks; another owner's is simply not found. */
  async find(db: DbOrTx, owner: WebhookOwner, id: string): Promise<WebhookRow | undefined> {
    const [row] = await db
      .select()
      .from(webhooks)
      .where(and(eq(webhooks.id, id), ownedBy(owner)));
    return row;
  },

  /** Deletes one of the owner's webhooks (its deliveries go with it); false when not found. */
  async delete(db: DbOrTx, owner: WebhookOwner, id: string): Promise<WebhookRow | undefined> {
    const [row] = await db
      .delete(webhooks)
      .where(and(eq(webhooks.id, id), ownedBy(owner)))
      .returning();
    return row;
  },

  /** Webhooks subscribed to `type` that see an event of these units: the units' own and the bureau's. */
  subscribers(db: DbOrTx, type: string, unitIds: readonly string[]): Promise<WebhookRow[]> {
    const inScope =
      unitIds.length > 0
        ? or(
            eq(webhooks.ownerKind, 'bureau'),
            and(eq(webhooks.ownerKind, 'unit'), inArray(webhooks.unitId, [...unitIds])),
          )
        : eq(webhooks.ownerKind, 'bureau');
    return db
      .select()
      .from(webhooks)
      .where(and(arrayContains(webhooks.events, [type]), inScope));
  },
};
