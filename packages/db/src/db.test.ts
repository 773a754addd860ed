import { count, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb } from './client.js';
import { verifyPassword } from './password-hash.js';
import { auditEvents, committees, users } from './schema/index.js';
import { DEMO_PASSWORD, demoAccounts, runSeeds } from './seed/index.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

// Every test gets its own fresh database, so none depends on what another one left behind.
let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(async () => {
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
    await runSeeds(t.db, { demo: true });
    const report = await runSeeds(t.db, {
      demo: false,
      bootstrapAdmin: { username: 'root01', password: 'Xx12345678' },
    });
    expect(report.bootstrapAdminCreated).toBe(false);
  });
});

describe('bootstrap admin', () => {
  it('creates the first bureau admin from the given credentials, forced to change the password', async () => {
    const none = await runSeeds(t.db, { demo: false });
    expect(none).toMatchObject({ catalogSeeded: true, demoSeeded: false, noBureauAdmin: true });
    const report = await runSeeds(t.db, {
      demo: false,
      bootstrapAdmin: { username: 'sysadmin', password: 'ChangeMe2026' },
    });
    expect(report).toMatchObject({ bootstrapAdminCreated: true, noBureauAdmin: false });
    const [admin] = await t.db.select().from(users).where(eq(users.username, 'sysadmin'));
    expect(admin).toMatchObject({ role: 'bureau_admin', mustChangePassword: true });
    expect(await verifyPassword(admin?.passwordHash ?? '', 'ChangeMe2026')).toBe(true);
  });
});

describe('PostgreSQL pool', () => {
  // The pool exists only on PostgreSQL: without DATABASE_URL (a laptop on PGlite) there is nothing to test.
  it.skipIf(!process.env.DATABASE_URL)(
    'reports an idle connection failure instead of swallowing it',
    async () => {
      const onPoolError = vi.fn();
      const handle = await createDb({ databaseUrl: t.url, poolMax: 1, onPoolError });
      try {
        expect(await handle.ping()).toBe(true);
        const failure = new Error('terminating connection due to administrator command');
        handle.pool?.emit('error', failure);
        expect(onPoolError).toHaveBeenCalledWith(failure);
        expect(await handle.ping()).toBe(true);
      } finally {
        await handle.close();
      }
    },
  );
});
