import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from './password-hash.js';
import { auditEvents, committees, users } from './schema/index.js';
import { DEMO_PASSWORD, demoAccounts, runSeeds } from './seed/index.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

describe('audit_events', () => {
  it('accepts inserts but refuses UPDATE, DELETE and TRUNCATE', async () => {
    const [row] = await t.db.insert(auditEvents).values({ action: 'test.event' }).returning();
    expect(row?.id).toBeGreaterThan(0);
    for (const statement of [
      sql`update audit_events set action = 'forged'`,
      sql`delete from audit_events`,
      sql`truncate audit_events`,
    ]) {
      const error = await t.db.execute(statement).then(
        () => null,
        (e: Error) => e,
      );
      expect(String((error?.cause as Error | undefined)?.message)).toMatch(/append-only/);
    }
    const rows = await t.db.select().from(auditEvents);
    expect(rows.map((r) => r.action)).toEqual(['test.event']);
  });
});

describe('runSeeds', () => {
  it('seeds the catalogue and demo accounts once, and is idempotent', async () => {
    const first = await runSeeds(t.db, { demo: true });
    expect(first).toMatchObject({ catalogSeeded: true, demoSeeded: true, noBureauAdmin: false });
    const second = await runSeeds(t.db, { demo: true });
    expect(second).toMatchObject({ catalogSeeded: false, demoSeeded: false });

    const all = await t.db.select().from(users);
    expect(all.map((u) => u.username).sort()).toEqual(demoAccounts.map((a) => a.username).sort());
    const applicant = all.find((u) => u.username === 'applicant01');
    expect(await verifyPassword(applicant?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(applicant?.passwordHash).toMatch(/^\$argon2id\$/);

    const pilots = await t.db.select({ n: count() }).from(committees).where(eq(committees.pilot, true));
    expect(pilots[0]?.n).toBeGreaterThan(0);
  });

  it('creates the bootstrap admin only when no bureau admin exists', async () => {
    const report = await runSeeds(t.db, {
      demo: false,
      bootstrapAdmin: { username: 'root01', password: 'Xx12345678' },
    });
    expect(report.bootstrapAdminCreated).toBe(false);
  });
});

describe('bootstrap admin', () => {
  it('creates the first bureau admin from the given credentials, forced to change the password', async () => {
    const fresh = await createTestDatabase();
    try {
      const none = await runSeeds(fresh.db, { demo: false });
      expect(none).toMatchObject({ catalogSeeded: true, demoSeeded: false, noBureauAdmin: true });
      const report = await runSeeds(fresh.db, {
        demo: false,
        bootstrapAdmin: { username: 'sysadmin', password: 'ChangeMe2026' },
      });
      expect(report).toMatchObject({ bootstrapAdminCreated: true, noBureauAdmin: false });
      const [admin] = await fresh.db.select().from(users).where(eq(users.username, 'sysadmin'));
      expect(admin).toMatchObject({ role: 'bureau_admin', mustChangePassword: true });
      expect(await verifyPassword(admin?.passwordHash ?? '', 'ChangeMe2026')).toBe(true);
    } finally {
      await fresh.destroy();
    }
  });
});
