import { apiKeys, type DbOrTx, units, users } from '@zhicheng/db';
import { and, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type NewApiKey = typeof apiKeys.$inferInsert;

/** Whose keys: one unit's, or the bureau's. */
export type ApiKeyOwner = { kind: 'unit'; unitId: string } | { kind: 'bureau' };

function ownerWhere(owner: ApiKeyOwner): SQL | undefined {
  return owner.kind === 'unit'
    ? and(eq(apiKeys.ownerKind, 'unit'), eq(apiKeys.unitId, owner.unitId))
    : eq(apiKeys.ownerKind, 'bureau');
}

/** A key found by its hash, with what an actor is built from: its creator and its unit. */
export interface ApiKeyWithCreator {
  key: ApiKeyRow;
  creator: { id: string; username: string; name: string; status: string };
  unit: { id: string; name: string } | null;
}

/** `api_keys` rows. Only hashes are stored; lookups for authentication go by hash. */
export const apiKeysRepository = {
  async insert(db: DbOrTx, values: NewApiKey): Promise<ApiKeyRow> {
    const [row] = await db.insert(apiKeys).values(values).returning();
    if (!row) throw new Error('API key not inserted');
    return row;
  },

  /** The owner's keys, newest first, revoked and expired ones included. */
  list(db: DbOrTx, owner: ApiKeyOwner): Promise<ApiKeyRow[]> {
    return db
      .select()
      .from(apiKeys)
      .where(ownerWhere(owner))
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  },

  /** One of the owner's keys; another owner's key is not found. */
  async findOwned(db: DbOrTx, owner: ApiKeyOwner, id: string): Promise<ApiKeyRow | undefined> {
    const [row] = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, id), ownerWhere(owner)));
    return row;
  },

  /** Sets `revoked_at` once; a second revocation keeps the first time. */
  async revoke(db: DbOrTx, id: string, now: Date): Promise<ApiKeyRow | undefined> {
    const [row] = await db
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    return row;
  },

  async findByHash(db: DbOrTx, keyHash: string): Promise<ApiKeyWithCreator | undefined> {
    const [row] = await db
      .select({
        key: apiKeys,
        creator: { id: users.id, username: users.username, name: users.name, status: users.status },
        unit: { id: units.id, name: units.name },
      })
      .from(apiKeys)
      .innerJoin(users, eq(users.id, apiKeys.createdBy))
      .leftJoin(units, eq(units.id, apiKeys.unitId))
      .where(eq(apiKeys.keyHash, keyHash));
    if (!row) return undefined;
    return { key: row.key, creator: row.creator, unit: row.unit?.id ? row.unit : null };
  },

  /**
   * Records a use unless one was recorded since `notBefore`: concurrent requests of one key write at
   * most once per interval.
   */
  async touchLastUsed(db: DbOrTx, id: string, now: Date, notBefore: Date): Promise<void> {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, notBefore))));
  },
};
