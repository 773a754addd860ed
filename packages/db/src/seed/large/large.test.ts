import {
  type ActorKind,
  type ApplicationStatus,
  actorKindOf,
  applicationStatuses,
  committeeCandidates,
  findTransition,
  idNumberProblem,
  type Role,
  scopeEntryStatus,
  sectionDefinitions,
  sectionIssues,
} from '@zhicheng/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../client.js';
import { createTestDatabase, type TestDatabase } from '../../testing.js';
import { DEMO_DEPARTMENT_NAME, type LargeSeedSummary, seedLarge } from './generate.js';
import { storyKinds, storyPaths } from './paths.js';
import { person } from './people.js';
import { Random } from './random.js';
import { generateApplication } from './story.js';

const N = 2000;
type Rows = Record<string, unknown>[];

it('refuses the embedded PGlite with a message that says what to pass', async () => {
  // The check comes first: a handle that is not PostgreSQL is never touched.
  const pglite = { kind: 'pglite' } as DbHandle;
  await expect(seedLarge(pglite, { applications: 10 })).rejects.toThrow(/needs PostgreSQL.*--database-url/);
});

function groupBy(rows: Rows, key: string): Map<string, Rows> {
  const groups = new Map<string, Rows>();
  for (const row of rows) {
    const k = row[key] as string;
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

it('gives valid, different ID numbers over 1.5 million applicant serials (every 37th checked)', () => {
  const random = new Random(1);
  const seen = new Set<string>();
  const invalid: string[] = [];
  // Every 37th serial up to 1.5 million: all regions, sequence codes and birth days get used.
  for (let serial = 0; serial < 1_500_000; serial += 37) {
    const { idNumber } = person(random, serial);
    if (idNumberProblem(idNumber) !== null) invalid.push(idNumber);
    seen.add(idNumber);
  }
  expect(invalid).toEqual([]);
  expect(seen.size).toBe(Math.ceil(1_500_000 / 37));
});

it('spreads birth days as real applicants are: 100,000 people share no birth date more than a dozen times', () => {
  const random = new Random(1);
  const perDay = new Map<string, number>();
  for (let serial = 0; serial < 100_000; serial++) {
    const birthDate = person(random, serial).idNumber.slice(6, 14);
    perDay.set(birthDate, (perDay.get(birthDate) ?? 0) + 1);
  }
  // 100,000 over 12,413 days is about 8 a day; a search by birth date finds that handful.
  expect(perDay.size).toBeGreaterThan(12_000);
  expect(Math.max(...perDay.values())).toBeLessThanOrEqual(12);
});

it('tells every story through transitions the status machine allows', () => {
  for (const kind of storyKinds) {
    let status: ApplicationStatus = 'draft';
    for (const step of storyPaths[kind]) {
      expect(findTransition(step.actor, status, step.action)?.to, `${kind} ${step.action}`).toBe(step.to);
      status = step.to;
    }
  }
});

it('generates the same application from the same seed, and another from another seed', () => {
  const opensAt = new Date(Date.UTC(2024, 2, 1));
  const cycle = {
    id: 'c',
    year: 2024,
    opensAt,
    closesAt: new Date(Date.UTC(2024, 4, 31)),
    limit: new Date(Date.UTC(2024, 11, 28)),
    open: false,
  };
  const choice = {
    committeeId: 'k',
    committeeCode: 'SZ-GC-SL-G',
    departmentId: 'd',
    seriesId: 's',
    level: '副高级',
    qualifications: [{ id: 'q', name: '高级工程师' }],
    specialties: [
      { id: 'p', name: '水工建筑' },
      { id: 'p2', name: '水土保持' },
    ],
  };
  const generate = (seed: number) => {
    const random = new Random(seed, 42);
    return generateApplication({
      random,
      id: () => random.uuid(),
      kind: 'approved',
      cycle,
      choice,
      person: person(random, 42),
      mobile: '13800000042',
      unitName: '深圳市某某科技有限公司',
      unitId: 'u',
      actors: { applicantId: 'a', unitAdminId: 'b', departmentReviewerId: 'c', committeeSecretaryId: 'e' },
    });
  };
  const first = generate(1);
  expect(generate(1)).toEqual(first);
  expect(generate(2).id).not.toBe(first.id);
  expect(first.events.map((e) => e.step.to)).toEqual([
    'submitted',
    'unit_review',
    'dept_review',
    'committee_review',
    'publicity',
    'approved',
  ]);
  const times = first.events.map((e) => e.at.getTime());
  expect([...times].sort((x, y) => x - y)).toEqual(times);
  expect(first.createdAt.getTime()).toBeLessThanOrEqual(times[0] ?? 0);
  expect(times.at(-1)).toBeLessThanOrEqual(cycle.limit.getTime());
});

describe.skipIf(!process.env.DATABASE_URL)(`seed:large with ${N} applications on PostgreSQL`, () => {
  let database: TestDatabase;
  let summary: LargeSeedSummary;
  const query = async (text: string, values?: unknown[]): Promise<Rows> =>
    (await database.executeSql(text, values)).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    summary = await seedLarge(database, { applications: N, seed: 7 });
  }, 180_000);
  afterAll(async () => {
    await database?.destroy();
  });

  it('creates what its summary says, with the demo accounts and the catalogue', async () => {
    const [counts] = await query(`select
      (select count(*)::int from applications) as applications,
      (select count(*)::int from application_sections) as sections,
      (select count(*)::int from application_events) as events,
      (select count(*)::int from application_snapshots) as snapshots,
      (select count(*)::int from users where role = 'applicant' and username like 'sq%') as applicants,
      (select count(*)::int from units) as units,
      (select count(*)::int from users where username in ('bureauadmin', 'swjreviewer', 'unitadmin')) as demo`);
    expect(counts).toEqual({
      applications: N,
      sections: summary.sections,
      events: summary.events,
      snapshots: summary.snapshots,
      applicants: summary.applicants,
      units: summary.units + 1, // and the demo unit
      demo: 3,
    });
    expect(summary.cycles.length).toBe(5);
    expect(summary.cycles.filter((c) => c.open)).toHaveLength(1);
    for (const cycle of summary.cycles) expect(cycle.applications).toBeGreaterThan(N / 10);
  });

  it('leaves no dangling reference (the load may skip the foreign-key triggers)', async () => {
    const keys = await query(`select c.conrelid::regclass::text as child, a.attname as col,
        c.confrelid::regclass::text as parent, pa.attname as pcol
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
      where c.contype = 'f' and cardinality(c.conkey) = 1`);
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) {
      const [row] = await query(
        `select count(*)::int as n from ${k.child} c where c."${k.col}" is not null
         and not exists (select 1 from ${k.parent} p where p."${k.pcol}" = c."${k.col}")`,
      );
      expect(row?.n, `${k.child}.${k.col} → ${k.parent}`).toBe(0);
    }
  });

  it('spreads the applications over every status', async () => {
    const rows = await query('select status, count(*)::int as n from applications group by status');
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    for (const status of applicationStatuses) expect(byStatus[status], status).toBeGreaterThan(0);
    expect(byStatus).toEqual(Object.fromEntries(Object.entries(summary.byStatus).filter(([, n]) => n > 0)));
  });

  it('gives every application the review records, stage times and snapshots of its status', async () => {
    const apps = await query(
      'select id, status, outcome, submitted_at, reached_unit_at, reached_department_at, reached_committee_at from applications',
    );
    const events = await query(
      'select application_id, action, from_status, to_status, actor_role, created_at, votes, opinion from application_events order by application_id, created_at, id',
    );
    const snapshots = await query(
      'select s.application_id, s.event_id, e.action from application_snapshots s join application_events e on e.id = s.event_id',
    );
    const eventsOf = groupBy(events, 'application_id');
    const snapshotsOf = groupBy(snapshots, 'application_id');
    for (const a of apps) {
      const story = eventsOf.get(a.id as string) ?? [];
      let status: ApplicationStatus = 'draft';
      let outcome: string | null = null;
      const reached: Record<string, unknown> = { unit: null, department: null, committee: null };
      for (const e of story) {
        expect(e.from_status).toBe(status);
        const actor = actorKindOf(e.actor_role as Role) as ActorKind;
        const transition = findTransition(actor, status, e.action as never);
        expect(transition?.to, `${a.id}: ${e.actor_role} ${e.action} from ${status}`).toBe(e.to_status);
        if (transition?.reasonRequired) expect(e.opinion).toBeTruthy();
        if (e.action === 'committee_pass' || e.action === 'committee_fail') expect(e.votes).toBeTruthy();
        outcome = transition?.outcome ?? outcome;
        status = e.to_status as ApplicationStatus;
        for (const [scope, entry] of Object.entries(scopeEntryStatus)) {
          if (entry === status) reached[scope] ??= e.created_at;
        }
      }
      expect(a.status).toBe(status);
      expect(a.outcome).toBe(outcome);
      expect({
        unit: a.reached_unit_at,
        department: a.reached_department_at,
        committee: a.reached_committee_at,
      }).toEqual(reached);
      const submits = story.filter((e) => e.action === 'submit').length;
      expect(snapshotsOf.get(a.id as string)?.length ?? 0).toBe(submits);
      expect(a.submitted_at === null).toBe(submits === 0 || story.at(-1)?.action === 'withdraw');
    }
  });

  it('fills sections the contracts accept as complete, for every submitted application', async () => {
    const rows = await query(
      `select s.key, s.data, s.status from application_sections s join applications a on a.id = s.application_id
       where a.submitted_at is not null order by random() limit 500`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const definition = sectionDefinitions.find((d) => d.key === row.key);
      expect(definition, String(row.key)).toBeDefined();
      if (definition) expect(sectionIssues(definition, row.data), String(row.key)).toEqual([]);
      expect(row.status).toBe('complete');
    }
    const [missing] = await query(
      `select count(*)::int as n from applications a where a.submitted_at is not null
       and (select count(*) from application_sections s where s.application_id = a.id) < $1`,
      [sectionDefinitions.filter((d) => d.requiredForSubmit).length],
    );
    expect(missing?.n).toBe(0);
  });

  it('gives applicants valid, unique ID numbers and the demo password hash', async () => {
    const users = await query(`select id_number, password_hash from users where id_number is not null`);
    const ids = users.map((u) => u.id_number as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(idNumberProblem(id), id).toBeNull();
    const [demo] = await query(`select password_hash from users where username = 'applicant01'`);
    const [generated] = await query(`select password_hash from users where username = 'sq0000001'`);
    expect(generated?.password_hash).toMatch(/^\$argon2id\$/);
    expect(generated?.password_hash).not.toBe(demo?.password_hash); // hashed once by the generator, not copied
  });

  it('puts a fair share on the demo department reviewer’s committees, each a valid choice', async () => {
    const [share] = await query(
      `select count(*)::int as n, count(*) filter (where a.reached_department_at is not null)::int as reached
       from applications a join users u on u.department_id = a.department_id where u.username = 'swjreviewer'`,
    );
    expect(share?.n).toBeGreaterThan(N * 0.15);
    expect(share?.reached).toBeGreaterThan(0);
    const [department] = await query('select id from departments where name = $1', [DEMO_DEPARTMENT_NAME]);
    expect(summary.demoDepartmentApplications).toBe(share?.n);
    expect(department).toBeDefined();

    const committees = (
      await query(`select c.id, c.series_id, c.levels, c.department_id,
        coalesce(array_agg(cs.specialty_id) filter (where cs.specialty_id is not null), '{}') as specialty_ids
        from committees c left join committee_specialties cs on cs.committee_id = c.id group by c.id`)
    ).map((c) => ({
      id: c.id,
      seriesId: c.series_id,
      levels: c.levels,
      departmentId: c.department_id,
      specialtyIds: c.specialty_ids,
    }));
    const choices = await query(
      'select distinct series_id, specialty_id, level, committee_id, department_id from applications',
    );
    for (const c of choices) {
      const candidates = committeeCandidates({ committees } as never, {
        seriesId: c.series_id as string,
        specialtyId: c.specialty_id as string,
        level: c.level as string,
      });
      expect(candidates.map((x) => x.id)).toContain(c.committee_id);
      expect(committees.find((x) => x.id === c.committee_id)?.departmentId).toBe(c.department_id);
    }
  });

  it('refuses to run twice on one database', async () => {
    await expect(seedLarge(database, { applications: 10 })).rejects.toThrow(/already holds generated data/);
  });
});
