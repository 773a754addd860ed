import { type DbOrTx, units, users } from '@zhicheng/db';
import { and, eq, sql } from 'drizzle-orm';

export type UnitRow = typeof units.$inferSelect;

export const unitsRepository = {
  async orgCodeTaken(db: DbOrTx, orgCode: string): Promise<boolean> {
    const [row] = await db.select({ id: units.id }).from(units).where(eq(units.orgCode, orgCode));
    return Boolean(row);
  },

  async insert(
    db: DbOrTx,
    values: { orgCode: string; name: string; socialSecurityNo: string },
  ): Promise<UnitRow> {
    const [row] = await db.insert(units).values(values).returning();
    if (!row) throw new Error('unit not inserted');
    return row;
  },

  /** The unit with its admin (the one unit_admin account of the unit). */
  async findWithAdmin(db: DbOrTx, unitId: string) {
    const [row] = await db
      .select({ unit: units, admin: users })
      .from(units)
      .innerJoin(users, and(eq(users.unitId, units.id), eq(users.role, 'unit_admin')))
      .where(eq(units.id, unitId));
    return row;
  },

  /** Compare-and-set on the version when given; undefined when stale. */
  async update(
    db: DbOrTx,
    unitId: string,
    values: Partial<Pick<UnitRow, 'name' | 'socialSecurityNo'>>,
    now: Date,
    version?: number,
  ) {
    const [row] = await db
      .update(units)
      .set({ ...values, updatedAt: now, version: sql`${units.version} + 1` })
      .where(and(eq(units.id, unitId), version === undefined ? undefined : eq(units.version, version)))
      .returning();
    return row;
  },

  /** The unit admin's contact details (covered by the unit's version, so the user's is not bumped). */
  async updateAdminContact(
    db: DbOrTx,
    adminId: string,
    contact: { email?: string | undefined; phone?: string | undefined; mobile?: string | undefined },
    now: Date,
  ) {
    await db
      .update(users)
      .set({ ...contact, updatedAt: now })
      .where(eq(users.id, adminId));
  },

  async findAdminByUsernameAndMobile(db: DbOrTx, username: string, mobile: string) {
    const [row] = await db
      .select()
      .from(users)
      .where(
        and(
          sql`lower(${users.username}) = ${username.toLowerCase()}`,
          eq(users.mobile, mobile),
          eq(users.role, 'unit_admin'),
        ),
      );
    return row;
  },

  async mobileBelongsToUnitAdmin(db: DbOrTx, mobile: string): Promise<boolean> {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.mobile, mobile), eq(users.role, 'unit_admin'), eq(users.status, 'active')))
      .limit(1);
    return Boolean(row);
  },
};
