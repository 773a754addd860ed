import { type ApplicationStatus, applicationStatuses } from '@zhicheng/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type pg from 'pg';
import type { DbHandle } from '../../client.js';
import { migrate } from '../../migrate.js';
import { hashPassword } from '../../password-hash.js';
import { appMeta, reviewCycles, units, users } from '../../schema/index.js';
import { DEMO_PASSWORD, demoCycle, demoUnit, runSeeds } from '../index.js';
import { ColumnBuffer, insertBuffer } from './bulk.js';
import { type Choice, loadCatalogChoices } from './catalog-choices.js';
import { closedCycleWeights, openCycleWeights } from './paths.js';
import { chineseName, mobileNumber, person, socialCreditCode, unitName } from './people.js';
import { Random } from './random.js';
import { type CycleInfo, type GeneratedApplication, generateApplication } from './story.js';
import {
  applicationsTable,
  eventsTable,
  sectionsTable,
  snapshotsTable,
  unitsTable,
  usersTable,
} from './tables.js';

/** The demo accounts the generated data is worked with (see seed/demo.ts). */
export const DEMO_DEPARTMENT_NAME = '深圳市水务局';
const DEMO_REVIEWER = 'swjreviewer';
const DEMO_SECRETARY = 'slsecretary';
const DEMO_UNIT_ADMIN = 'unitadmin';
/** app_meta key: set once a large data set was generated (a second run refuses). */
export const LARGE_SEED_META_KEY = 'seed.large';
/**
 * The generator's version, kept in the marker: a data set made by another version holds other data (2:
 * birth days spread over the years), so the benches make it again instead of measuring stale data.
 */
export const LARGE_SEED_VERSION = 2;

/** The marker's value (JSON in `app_meta`). */
export interface LargeSeedMarker {
  at: string;
  seed: number;
  applications: number;
  version: number;
}

export interface LargeSeedOptions {
  applications: number;
  /** Same seed, same data (ids, names, statuses, times relative to the cycles). Default 1. */
  seed?: number;
  /** Review cycles (years) including the open one. Default 5. */
  cycles?: number;
  /** Applicants per batch (one transaction, one INSERT per table). Default 2,000 (≈ 3,000 applications). */
  batchSize?: number;
  /** Share of applications on the demo department's committees. Default 0.2. */
  demoDepartmentShare?: number;
  /** Share of applicants in the demo unit (so its admin has a queue). Default 0.01. */
  demoUnitShare?: number;
  now?: Date;
  onProgress?: (progress: LargeSeedProgress) => void;
}

export interface LargeSeedProgress {
  applications: number;
  total: number;
  rows: number;
  /** Since the bulk load began (after migrating and seeding). */
  elapsedMs: number;
}

export interface LargeSeedSummary {
  applications: number;
  applicants: number;
  units: number;
  unitAdmins: number;
  reviewers: number;
  cycles: { year: number; open: boolean; applications: number }[];
  byStatus: Record<ApplicationStatus, number>;
  demoDepartmentApplications: number;
  demoUnitApplications: number;
  sections: number;
  events: number;
  snapshots: number;
  rows: number;
  /** Migrations, catalogue and demo seeds, cycles, the password hash. */
  setupMs: number;
  /** Whether the load skipped the per-row foreign-key triggers, and if not why (see `fastLoadMode`). */
  foreignKeyTriggers: 'skipped' | string;
  /** The bulk load, ANALYZE included. */
  elapsedMs: number;
}

export class LargeSeedError extends Error {}

/** Applications per applicant on average: 40 % apply again in another cycle. */
const APPLICATIONS_PER_APPLICANT = 1.4;
/** Applicants per unit on average. */
const APPLICANTS_PER_UNIT = 30;

/**
 * Migrates, seeds the catalogue and the demo accounts (as the API's start does: `pnpm start` on the
 * database then finds them and seeds nothing again), then generates units, applicants and their
 * applications over several cycles in bulk. PostgreSQL only.
 */
export async function seedLarge(handle: DbHandle, options: LargeSeedOptions): Promise<LargeSeedSummary> {
  if (handle.kind !== 'postgres' || !handle.pool) {
    throw new LargeSeedError(
      'seed:large needs PostgreSQL: pass --database-url postgres://… or set DATABASE_URL (the embedded PGlite is for small data).',
    );
  }
  const total = options.applications;
  if (!Number.isInteger(total) || total < 1)
    throw new LargeSeedError('--applications must be a positive integer');
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const started = Date.now();

  await migrate(handle);
  await runSeeds(handle.db, { demo: true });
  const db = handle.db;
  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, LARGE_SEED_META_KEY));
  if (done) {
    throw new LargeSeedError(
      `this database already holds generated data (${done.value}); use a fresh database`,
    );
  }

  const catalog = await loadCatalogChoices(db);
  const demoDepartment = catalog.departments.find((d) => d.name === DEMO_DEPARTMENT_NAME);
  if (!demoDepartment) throw new LargeSeedError(`the catalogue has no ${DEMO_DEPARTMENT_NAME}`);
  const demoChoices = catalog.choices.filter((c) => c.departmentId === demoDepartment.id);
  const otherChoices = catalog.choices.filter((c) => c.departmentId !== demoDepartment.id);
  if (demoChoices.length === 0 || otherChoices.length === 0)
    throw new LargeSeedError('the catalogue has too few committees');

  const demoUsers = await db
    .select({ id: users.id, username: users.username, committeeId: users.committeeId })
    .from(users)
    .where(inArray(users.username, [DEMO_REVIEWER, DEMO_SECRETARY, DEMO_UNIT_ADMIN]));
  const demoUserId = (username: string) => {
    const found = demoUsers.find((u) => u.username === username);
    if (!found) throw new LargeSeedError(`demo account ${username} is missing`);
    return found;
  };
  const [demoUnitRow] = await db.select().from(units).where(eq(units.orgCode, demoUnit.orgCode));
  if (!demoUnitRow) throw new LargeSeedError('the demo unit is missing');

  const cycles = await ensureCycles(handle, options.cycles ?? 5, now);
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: argon2 costs ~50 ms a hash
  const random = new Random(seed, 0xffff_ffff);
  const fast = await fastLoadMode(handle.pool);
  const setupMs = Date.now() - started;
  const loadStarted = Date.now();

  // Organisation and reviewer accounts first, in batches of their own.
  const applicantCount = Math.ceil(total / APPLICATIONS_PER_APPLICANT);
  const unitCount = Math.max(3, Math.ceil(applicantCount / APPLICANTS_PER_UNIT));
  const unitList: { id: string; name: string; adminId: string }[] = [];
  const unitBuffer = new ColumnBuffer(unitsTable);
  const userBuffer = new ColumnBuffer(usersTable);
  const created = new Date(cycles[cycles.length - 1]?.opensAt ?? now);
  let idSerial = applicantCount; // ID-number serials after the applicants'
  let rows = 0;
  for (let u = 0; u < unitCount; u++) {
    const id = random.uuid();
    const adminId = random.uuid();
    const name = unitName(random, u);
    unitList.push({ id, name, adminId });
    unitBuffer.push([id, socialCreditCode(u), name, String(200_000_000 + u), created]);
    const admin = person(random, idSerial++);
    userBuffer.push([
      adminId,
      `dw${String(u + 1).padStart(6, '0')}`,
      passwordHash,
      'unit_admin',
      admin.name,
      admin.idNumber,
      mobileNumber(random, 50_000_000 + u),
      id,
      null,
      null,
      null,
      created,
    ]);
    if (unitBuffer.length >= 5000) rows += await flush(handle.pool, [unitBuffer, userBuffer]);
  }
  rows += await flush(handle.pool, [unitBuffer, userBuffer]);

  const reviewerByDepartment = new Map<string, string>([[demoDepartment.id, demoUserId(DEMO_REVIEWER).id]]);
  const secretaryByCommittee = new Map<string, string>();
  const demoSecretary = demoUserId(DEMO_SECRETARY);
  if (demoSecretary.committeeId) secretaryByCommittee.set(demoSecretary.committeeId, demoSecretary.id);
  let reviewers = 0;
  for (const [i, d] of catalog.departments.entries()) {
    if (reviewerByDepartment.has(d.id)) continue;
    const id = random.uuid();
    reviewerByDepartment.set(d.id, id);
    userBuffer.push([
      id,
      `bm${String(i + 1).padStart(3, '0')}`,
      passwordHash,
      'dept_reviewer',
      chineseName(random),
      null,
      null,
      null,
      d.id,
      null,
      null,
      created,
    ]);
    reviewers++;
  }
  for (const [i, c] of catalog.committees.entries()) {
    if (secretaryByCommittee.has(c.id)) continue;
    const id = random.uuid();
    secretaryByCommittee.set(c.id, id);
    userBuffer.push([
      id,
      `wh${String(i + 1).padStart(3, '0')}`,
      passwordHash,
      'committee_secretary',
      chineseName(random),
      null,
      null,
      null,
      null,
      c.id,
      null,
      created,
    ]);
    reviewers++;
  }
  rows += await flush(handle.pool, [userBuffer]);

  // Applicants in batches, each with all of its applications (so first_submitted_at is known up front).
  const newBuffers = (): Buffers => ({
    users: new ColumnBuffer(usersTable),
    applications: new ColumnBuffer(applicationsTable),
    sections: new ColumnBuffer(sectionsTable),
    events: new ColumnBuffer(eventsTable),
    snapshots: new ColumnBuffer(snapshotsTable),
  });
  let buffers = newBuffers();
  const summary: LargeSeedSummary = {
    applications: 0,
    applicants: applicantCount,
    units: unitCount,
    unitAdmins: unitCount,
    reviewers,
    cycles: cycles.map((c) => ({ year: c.year, open: c.open, applications: 0 })),
    byStatus: Object.fromEntries(applicationStatuses.map((s) => [s, 0])) as Record<ApplicationStatus, number>,
    demoDepartmentApplications: 0,
    demoUnitApplications: 0,
    sections: 0,
    events: 0,
    snapshots: 0,
    rows: 0,
    setupMs,
    foreignKeyTriggers: fast.skip ? 'skipped' : fast.reason,
    elapsedMs: 0,
  };
  const demoShare = options.demoDepartmentShare ?? 0.2;
  const demoUnitShare = options.demoUnitShare ?? 0.01;
  const batchSize = options.batchSize ?? 2000;
  const secondApplications = total - applicantCount; // applicants 0 … this-1 apply in two cycles
  let pending: Promise<number> | undefined;

  for (let a = 0; a < applicantCount; a++) {
    const r = new Random(seed, a + 1);
    const who = person(r, a);
    const inDemoUnit = r.chance(demoUnitShare);
    const unit = inDemoUnit
      ? { id: demoUnitRow.id, name: demoUnitRow.name, adminId: demoUserId(DEMO_UNIT_ADMIN).id }
      : (unitList[r.int(0, unitList.length - 1)] ?? unitList[0]);
    if (!unit) throw new Error('no units');
    const applicantId = r.uuid();
    const mobile = mobileNumber(r, a);
    const firstCycle = r.int(0, cycles.length - 1);
    const count = a < secondApplications ? 2 : 1;
    let firstSubmitted: Date | null = null;
    for (let k = 0; k < count; k++) {
      const cycle = cycles[(firstCycle + k) % cycles.length];
      if (!cycle) throw new Error('no cycles');
      const onDemo = r.chance(demoShare);
      const choice: Choice = r.pick(onDemo ? demoChoices : otherChoices);
      const generated = generateApplication({
        random: r,
        id: () => r.uuid(),
        kind: r.weighted(cycle.open ? openCycleWeights : closedCycleWeights),
        cycle,
        choice,
        person: who,
        mobile,
        unitName: unit.name,
        unitId: unit.id,
        actors: {
          applicantId,
          unitAdminId: unit.adminId,
          departmentReviewerId: reviewerByDepartment.get(choice.departmentId) ?? '',
          committeeSecretaryId: secretaryByCommittee.get(choice.committeeId) ?? '',
        },
      });
      const submit = generated.events.find((e) => e.step.action === 'submit');
      if (submit && (!firstSubmitted || submit.at < firstSubmitted)) firstSubmitted = submit.at;
      pushApplication(buffers, generated, cycle.id, applicantId, unit.id);
      summary.applications++;
      summary.byStatus[generated.status]++;
      const cycleSummary = summary.cycles.find((c) => c.year === cycle.year);
      if (cycleSummary) cycleSummary.applications++;
      if (onDemo) summary.demoDepartmentApplications++;
      if (inDemoUnit) summary.demoUnitApplications++;
      summary.sections += generated.sections.length;
      summary.events += generated.events.length;
      summary.snapshots += generated.snapshots.length;
    }
    const createdAt = cycles[firstCycle]?.opensAt ?? created;
    buffers.users.push([
      applicantId,
      `sq${String(a + 1).padStart(7, '0')}`,
      passwordHash,
      'applicant',
      who.name,
      who.idNumber,
      mobile,
      unit.id,
      null,
      null,
      firstSubmitted,
      createdAt,
    ]);

    if (buffers.users.length >= batchSize || a === applicantCount - 1) {
      // Generate the next batch while PostgreSQL loads this one (one batch in flight).
      if (pending) rows += await pending;
      pending = flush(handle.pool, Object.values(buffers), fast.skip);
      buffers = newBuffers(); // the loading batch keeps its own
      options.onProgress?.({
        applications: summary.applications,
        total,
        rows,
        elapsedMs: Date.now() - loadStarted,
      });
    }
  }
  if (pending) rows += await pending;

  // The counts' triggers were skipped with the foreign-key checks (or fired row by row): one exact pass.
  await handle.executeSql('select rebuild_application_counts()');
  // VACUUM as well as ANALYZE: it merges the GIN indexes' pending lists (the search's trigram indexes),
  // which a bulk load fills and whose size the planner counts against using them — as autovacuum would
  // on a database that has been running.
  await handle.executeSql('vacuum (analyze)');
  summary.rows = rows;
  summary.elapsedMs = Date.now() - loadStarted;
  await db.insert(appMeta).values({
    key: LARGE_SEED_META_KEY,
    value: JSON.stringify({
      at: now.toISOString(),
      seed,
      applications: total,
      version: LARGE_SEED_VERSION,
    } satisfies LargeSeedMarker),
  });
  options.onProgress?.({ applications: summary.applications, total, rows, elapsedMs: summary.elapsedMs });
  return summary;
}

type Buffers = Record<'users' | 'applications' | 'sections' | 'events' | 'snapshots', ColumnBuffer>;

function pushApplication(
  b: Buffers,
  a: GeneratedApplication,
  cycleId: string,
  applicantId: string,
  unitId: string,
) {
  b.applications.push([
    a.id,
    cycleId,
    applicantId,
    unitId,
    a.status,
    a.outcome,
    a.track,
    a.applyType,
    a.innovativeCondition,
    a.choice.seriesId,
    a.specialtyId,
    a.choice.level,
    a.qualificationId,
    a.choice.committeeId,
    a.choice.departmentId,
    iso(a.submittedAt),
    iso(a.reached.unit),
    iso(a.reached.department),
    iso(a.reached.committee),
    a.version,
    iso(a.createdAt),
    iso(a.updatedAt),
  ]);
  for (const s of a.sections) {
    b.sections.push([a.id, s.key, s.json, 'complete', s.version, iso(s.updatedAt)]);
  }
  for (const e of a.events) {
    b.events.push([
      e.id,
      a.id,
      e.step.action,
      e.step.from,
      e.step.to,
      e.actorId,
      e.actorRole,
      e.opinion,
      e.votes ? JSON.stringify(e.votes) : null,
      e.correction ? JSON.stringify(e.correction) : null,
      iso(e.at),
    ]);
  }
  for (const s of a.snapshots) b.snapshots.push([s.id, a.id, s.eventId, s.json, s.sha256, iso(s.at)]);
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const loadedTables = [usersTable, applicationsTable, sectionsTable, eventsTable, snapshotsTable].map(
  (t) => t.name,
);

/**
 * Triggers whose work the load redoes once at its end: the application counts (`rebuild_application_counts`).
 */
const rebuiltAfterLoad = ['application_counts_on_insert_delete', 'application_counts_on_update'];

/**
 * Foreign-key checks are two thirds of the load's time in PostgreSQL (one trigger call per row and
 * reference, about 25 per application). The generator only writes references it just wrote or read, and
 * the test checks every foreign key afterwards, so a batch may skip them with `session_replication_role =
 * replica` — which skips every trigger. Hence only when the loaded tables have no trigger of their own (a
 * counts table kept by a trigger must see every row) and the role may set it (superuser, or PostgreSQL
 * 15+'s GRANT SET); otherwise the load keeps the checks, slower.
 */
async function fastLoadMode(pool: pg.Pool): Promise<{ skip: true } | { skip: false; reason: string }> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select distinct c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where not t.tgisinternal and c.relname = any($1::text[]) and not t.tgname = any($2::text[])`,
      [loadedTables, rebuiltAfterLoad],
    );
    if (rows.length > 0) {
      return {
        skip: false,
        reason: `kept: ${rows.map((r) => r.name).join(', ')} have triggers of their own`,
      };
    }
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    await client.query('rollback');
    return { skip: true };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    return { skip: false, reason: `kept: this role may not skip them (${(error as Error).message})` };
  } finally {
    client.release();
  }
}

/** Inserts the buffers in order (foreign keys) in one transaction; returns the rows written. */
async function flush(pool: pg.Pool, buffers: readonly ColumnBuffer[], skipTriggers = false): Promise<number> {
  const client = await pool.connect();
  let written = 0;
  try {
    await client.query('begin');
    if (skipTriggers) await client.query('set local session_replication_role = replica');
    for (const b of buffers) written += await insertBuffer(client, b);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  for (const b of buffers) b.clear();
  return written;
}

/**
 * The open cycle (the demo seed's, for this year) and one closed cycle for each year before it, named
 * as the bureau names them; existing cycles of those years are reused.
 */
async function ensureCycles(handle: DbHandle, count: number, now: Date): Promise<CycleInfo[]> {
  const db = handle.db;
  const open = demoCycle(now);
  const result: CycleInfo[] = [];
  for (let i = 0; i < count; i++) {
    const year = open.year - i;
    let [row] = await db
      .select()
      .from(reviewCycles)
      .where(and(eq(reviewCycles.year, year)));
    if (!row) {
      [row] = await db
        .insert(reviewCycles)
        .values({
          name: `${year}年度专业技术资格评审`,
          year,
          opensAt: new Date(Date.UTC(year, 2, 1)),
          closesAt: new Date(Date.UTC(year, 4, 31, 15, 59, 59)), // 24:00 China time
        })
        .returning();
    }
    if (!row) throw new Error(`cycle ${year} not created`);
    const isOpen = row.opensAt <= now && now < row.closesAt;
    const endOfYear = new Date(Date.UTC(year, 11, 28));
    result.push({
      id: row.id,
      year,
      opensAt: row.opensAt,
      closesAt: row.closesAt,
      open: isOpen,
      limit: isOpen || endOfYear > now ? new Date(now.getTime() - 3_600_000) : endOfYear,
    });
  }
  return result;
}
