import { randomBytes } from 'node:crypto';
import { auditEvents, createDb, type DbHandle, migrate, runSeeds, verifyAuditChain } from '@zhicheng/db';
import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/modules/audit/audit-repository.js';
import { createTestApp, loginOk } from './helpers.js';

// #16 defect 11: the audit trail must hold even against someone who can switch its append-only triggers
// off (the owner), and the app itself must not be able to switch them off.
const onPostgres = Boolean(process.env.DATABASE_URL);
const opened: { close(): Promise<unknown> }[] = [];
afterAll(async () => {
  for (const handle of opened.reverse()) await handle.close().catch(() => {});
});

async function databaseWithEvents(n: number): Promise<TestDatabase> {
  const database = await createTestDatabase();
  opened.push({ close: () => database.destroy() });
  const ctx = { ip: '10.0.0.1', requestId: 'r' };
  for (let i = 1; i <= n; i++) {
    await recordAudit(database.db, ctx, { action: `test.event${i}`, targetId: String(i), details: { i } });
  }
  return database;
}

/** As the owner: what someone with the table's rights can do after turning the guard trigger off. */
async function tamper(database: DbHandle, statement: string) {
  await database.executeSql(
    `alter table audit_events disable trigger audit_events_no_update_delete; ${statement};
     alter table audit_events enable trigger audit_events_no_update_delete;`,
  );
}

// PGlite migrates slowly on a loaded machine: one database per case, and room for it.
const SLOW = 120_000;

describe('audit hash chain and audit:verify', () => {
  it(
    'chains every event to the one before; an untouched trail verifies, a changed row is found',
    async () => {
      const database = await databaseWithEvents(3);
      const rows = await database.db.select().from(auditEvents).orderBy(auditEvents.chainSeq);
      expect(rows.map((r) => r.chainSeq)).toEqual([1, 2, 3]);
      expect(rows[0]?.prevHash).toBe('');
      expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
      expect(rows[2]?.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(await verifyAuditChain(database)).toEqual({ ok: true, count: 3 });

      await tamper(database, `update audit_events set target_id = 'other' where chain_seq = 2`);
      const report = await verifyAuditChain(database);
      expect(report).toMatchObject({ ok: false, count: 3, id: rows[1]?.id, chainSeq: 2 });
      expect(report.ok ? '' : report.reason).toMatch(/changed/);
    },
    SLOW,
  );

  it(
    'finds a deleted row, at the end or in the middle',
    async () => {
      const database = await databaseWithEvents(4);
      await tamper(database, 'delete from audit_events where chain_seq = 4');
      const end = await verifyAuditChain(database);
      expect(end).toMatchObject({ ok: false, count: 3 });
      expect(end.ok ? '' : end.reason).toMatch(/last rows are missing/);

      await tamper(database, 'delete from audit_events where chain_seq = 2');
      const middle = await verifyAuditChain(database);
      expect(middle).toMatchObject({ ok: false, count: 2, chainSeq: 3 });
      expect(middle.ok ? '' : middle.reason).toMatch(/missing before/);
    },
    SLOW,
  );
});

describe.skipIf(!onPostgres)('the app role (PostgreSQL only: PGlite has no roles)', () => {
  it(
    'runs the app, and cannot rewrite, empty or unguard the audit trail',
    async () => {
      const owner = await createTestDatabase();
      opened.push({ close: () => owner.destroy() });
      const role = process.env.ZC_APP_ROLE ?? 'zc_app_test';
      const password = randomBytes(12).toString('hex');
      await owner.executeSql(
        `do $$ begin create role "${role}" login; exception when duplicate_object then null; end $$;
       alter role "${role}" login password '${password}';`,
      );
      await migrate(owner, { appRole: role }); // as a deployment does: migrations as the owner grant the role
      await runSeeds(owner.db, { demo: true });

      const url = new URL(owner.url ?? '');
      url.username = role;
      url.password = password;
      const app = await createDb({ databaseUrl: url.toString(), poolMax: 2 });
      opened.push(app);
      const t = await createTestApp({ database: { ...app, url: url.toString(), destroy: async () => {} } });
      opened.push({ close: () => t.close() });

      await loginOk(t.app, 'unitadmin'); // the app works as the role, and writes audit events
      const written = await app.executeSql('select count(*)::int as n from audit_events');
      expect(Number(written.rows[0]?.n)).toBeGreaterThan(0);

      for (const statement of [
        `update audit_events set action = 'x'`,
        'delete from audit_events',
        'truncate audit_events',
        'alter table audit_events disable trigger all',
        'alter table audit_events disable trigger audit_events_no_update_delete',
        'drop trigger audit_events_chain on audit_events',
        `update audit_chain_head set seq = 0`,
      ]) {
        await expect(app.executeSql(statement), statement).rejects.toThrow(/permission denied|must be owner/);
      }
      expect(await verifyAuditChain(owner)).toMatchObject({ ok: true });
    },
    SLOW,
  );
});
