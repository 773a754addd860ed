import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { hashPassword } from '../password-hash.js';
import { appMeta, series, users } from '../schema/index.js';
import { seedCatalog } from './catalog.js';
import { seedDemo } from './demo.js';

export { loadCatalogFile, seedCatalog } from './catalog.js';
export { DEMO_PASSWORD, demoAccounts, demoCycle, demoUnit } from './demo.js';

export interface SeedOptions {
  demo: boolean;
  bootstrapAdmin?: { username: string; password: string } | undefined;
}

export interface SeedReport {
  catalogSeeded: boolean;
  demoSeeded: boolean;
  bootstrapAdminCreated: boolean;
  /** True when no active bureau admin exists after seeding: nobody could administer the system. */
  noBureauAdmin: boolean;
}

// Any fixed number (not the migration's): replicas starting together on an empty database take turns
// seeding, so the second finds the first one's rows instead of inserting them again (and failing on a
// unique key, or doubling a table without one).
const SEED_LOCK_KEY = 727_002;

/** Held until the transaction ends; the check-then-insert of each step runs under it. */
async function takeSeedLock(tx: Parameters<Parameters<Db['transaction']>[0]>[0]) {
  await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
}

/**
 * Idempotent first-start seeding: the catalogue when it is empty, the demo data once (when enabled),
 * and the bootstrap bureau admin when none exists. Each step is its own transaction, under an advisory
 * lock that serialises concurrent starts (PostgreSQL and PGlite alike).
 */
export async function runSeeds(db: Db, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = {
    catalogSeeded: false,
    demoSeeded: false,
    bootstrapAdminCreated: false,
    noBureauAdmin: false,
  };

  await db.transaction(async (tx) => {
    await takeSeedLock(tx);
    const [row] = await tx.select({ n: count() }).from(series);
    if ((row?.n ?? 0) === 0) {
      await seedCatalog(tx);
      report.catalogSeeded = true;
    }
  });

  if (options.demo) {
    await db.transaction(async (tx) => {
      await takeSeedLock(tx);
      const [done] = await tx.select().from(appMeta).where(eq(appMeta.key, 'seed.demo'));
      if (done) return;
      await seedDemo(tx);
      await tx.insert(appMeta).values({ key: 'seed.demo', value: new Date().toISOString() });
      report.demoSeeded = true;
    });
  }

  const admin = options.bootstrapAdmin;
  const countAdmins = async (on: Pick<Db, 'select'> = db) => {
    const [row] = await on.select({ n: count() }).from(users).where(eq(users.role, 'bureau_admin'));
    return row?.n ?? 0;
  };
  if (admin && (await countAdmins()) === 0) {
    // Hashed before the lock (the other replica need not wait for it), checked again under it.
    const passwordHash = await hashPassword(admin.password);
    await db.transaction(async (tx) => {
      await takeSeedLock(tx);
      if ((await countAdmins(tx)) > 0) return;
      await tx.insert(users).values({
        username: admin.username,
        passwordHash,
        role: 'bureau_admin',
        name: '系统管理员',
        // A password passed through the environment is known to whoever deployed: change it first.
        mustChangePassword: true,
      });
      report.bootstrapAdminCreated = true;
    });
  }
  report.noBureauAdmin = (await countAdmins()) === 0;
  return report;
}
