import { count, eq } from 'drizzle-orm';
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

/**
 * Idempotent first-start seeding: the catalogue when it is empty, the demo data once (when enabled),
 * and the bootstrap bureau admin when none exists. Each step is its own transaction.
 */
export async function runSeeds(db: Db, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = {
    catalogSeeded: false,
    demoSeeded: false,
    bootstrapAdminCreated: false,
    noBureauAdmin: false,
  };

  await db.transaction(async (tx) => {
    const [row] = await tx.select({ n: count() }).from(series);
    if ((row?.n ?? 0) === 0) {
      await seedCatalog(tx);
      report.catalogSeeded = true;
    }
  });

  if (options.demo) {
    await db.transaction(async (tx) => {
      const [done] = await tx.select().from(appMeta).where(eq(appMeta.key, 'seed.demo'));
      if (done) return;
      await seedDemo(tx);
      await tx.insert(appMeta).values({ key: 'seed.demo', value: new Date().toISOString() });
      report.demoSeeded = true;
    });
  }

  const admin = options.bootstrapAdmin;
  const countAdmins = async () => {
    const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, 'bureau_admin'));
    return row?.n ?? 0;
  };
  if (admin && (await countAdmins()) === 0) {
    await db.insert(users).values({
      username: admin.username,
      passwordHash: await hashPassword(admin.password),
      role: 'bureau_admin',
      name: '系统管理员',
      // A password passed through the environment is known to whoever deployed: change it first.
      mustChangePassword: true,
    });
    report.bootstrapAdminCreated = true;
  }
  report.noBureauAdmin = (await countAdmins()) === 0;
  return report;
}
