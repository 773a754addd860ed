import {
  type ApplicationStatus,
  chinaDate,
  isVisibleToScope,
  type Level,
  type Outcome,
} from '@zhicheng/contracts';
import {
  applications,
  committees,
  DEMO_PASSWORD,
  hashPassword,
  publicityWindowApplications,
  publicityWindows,
  qualifications,
  reviewCycles,
  series,
  specialties,
  units,
  users,
} from '@zhicheng/db';
import { and, asc, eq } from 'drizzle-orm';
import { makeIdNumber, makeOrgCode } from './fixtures.js';
import type { TestApp } from './helpers.js';

/** Where an application stands, with the `reached_*` columns the transitions would have set (ADR 0006). */
const kinds = {
  draft: { status: 'draft', outcome: null, reached: [] },
  submitted: { status: 'submitted', outcome: null, reached: ['unit'] },
  unitReview: { status: 'unit_review', outcome: null, reached: ['unit'] },
  deptReview: { status: 'dept_review', outcome: null, reached: ['unit', 'department'] },
  returnedByUnit: { status: 'returned', outcome: null, reached: ['unit'] },
  returnedByDept: { status: 'returned', outcome: null, reached: ['unit', 'department'] },
  rejectedByUnit: { status: 'rejected', outcome: 'unit_rejected', reached: ['unit'] },
  committeeReview: {
    status: 'committee_review',
    outcome: null,
    reached: ['unit', 'department', 'committee'],
  },
} as const satisfies Record<
  string,
  {
    status: ApplicationStatus;
    outcome: Outcome | null;
    reached: readonly ('unit' | 'department' | 'committee')[];
  }
>;
type Kind = keyof typeof kinds;
const kindOrder = Object.keys(kinds) as Kind[];

/** One seeded application as the tests' model knows it (what the API should answer is computed from this). */
export interface QueueCase {
  id: string;
  index: number;
  name: string;
  username: string;
  idNumber: string;
  unit: 'demo' | 'other';
  unitName: string;
  choice: 'gcHigh' | 'gcMiddle' | 'kj';
  cycleId: string;
  seriesId: string;
  committeeId: string;
  departmentId: string;
  track: 'normal' | 'innovative';
  applyType: 'normal' | 'conversion';
  kind: Kind;
  status: ApplicationStatus;
  submittedAt: Date | null;
  reached: readonly ('unit' | 'department' | 'committee')[];
}

/** Names that test search escaping, CSV quoting and formula neutralising; the rest are 申报人NN. */
const specialNames: Record<number, string> = {
  1: '张%三',
  2: '张三丰',
  3: '李_四',
  4: '李大四',
  5: '=HYPERLINK("http://evil.example","点我")',
  6: '欧阳,"娜"',
  9: 'Back\\slash',
  12: '-2+3',
  13: '+SUM(A1)',
  14: '@cmd',
  30: '重名',
  31: '重名',
};

export const QUEUE_SIZE = 64;
const hour = 3600_000;
const base = Date.parse('2026-11-02T00:00:00+08:00');

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`fixture: no ${what}`);
  return row;
}

/**
 * 64 applications over two units, three committees (two run by 深圳市水务局, one by 深圳市财政局), two
 * cycles and every stage, inserted directly with consistent `reached_*` columns; plus 单位公示 windows.
 * Returns the model and the ids the assertions need.
 */
export async function seedQueue(t: TestApp) {
  const db = t.database.db;
  const demoUnit = await one(
    db.select().from(units).where(eq(units.name, '深圳市示范水务工程设计院')),
    'demo unit',
  );
  const otherUnit = await one(
    db
      .insert(units)
      .values({ orgCode: makeOrgCode(), name: '深圳市队列测试设计院', socialSecurityNo: 'SZ424242' })
      .returning(),
    'other unit',
  );
  const openCycle = await one(db.select().from(reviewCycles).limit(1), 'cycle');
  const lastYear = await one(
    db
      .insert(reviewCycles)
      .values({
        name: '2025年度专业技术资格评审',
        year: 2025,
        opensAt: new Date('2025-03-01T00:00:00+08:00'),
        closesAt: new Date('2025-06-30T00:00:00+08:00'),
      })
      .returning(),
    'last year cycle',
  );

  async function choiceOf(seriesCode: string, level: Level, committeeCode: string) {
    const s = await one(db.select().from(series).where(eq(series.code, seriesCode)), `series ${seriesCode}`);
    const specialty = await one(
      db
        .select()
        .from(specialties)
        .where(eq(specialties.seriesId, s.id))
        .orderBy(asc(specialties.sortOrder))
        .limit(1),
      `specialty of ${seriesCode}`,
    );
    const qualification = await one(
      db
        .select()
        .from(qualifications)
        .where(and(eq(qualifications.seriesId, s.id), eq(qualifications.level, level)))
        .limit(1),
      `qualification ${seriesCode} ${level}`,
    );
    const committee = await one(
      db.select().from(committees).where(eq(committees.code, committeeCode)),
      `committee ${committeeCode}`,
    );
    return {
      seriesId: s.id,
      specialtyId: specialty.id,
      level,
      qualificationId: qualification.id,
      committeeId: committee.id,
      departmentId: committee.departmentId,
    };
  }
  const choices = {
    gcHigh: await choiceOf('GC', '副高级', 'SZ-GC-SL-G'),
    gcMiddle: await choiceOf('GC', '中级', 'SZ-GC-SL-ZC'),
    kj: await choiceOf('KJ', '副高级', 'SZ-KJ-G'),
  };
  const choiceOrder = ['gcHigh', 'gcMiddle', 'kj'] as const;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = await db
    .insert(users)
    .values(
      Array.from({ length: QUEUE_SIZE }, (_, i) => ({
        username: `queue${String(i).padStart(2, '0')}`,
        passwordHash,
        role: 'applicant',
        name: specialNames[i] ?? `申报人${String(i).padStart(2, '0')}`,
        idNumber: makeIdNumber('19800101', String(100 + i)),
        unitId: i % 8 === 7 ? otherUnit.id : demoUnit.id,
      })),
    )
    .returning();

  const cases: Omit<QueueCase, 'id'>[] = people.map((person, i) => {
    const kind = kindOrder[(i + Math.floor(i / 8)) % kindOrder.length] ?? 'submitted';
    const choice = choiceOrder[Math.floor(i / 2) % 3] ?? 'gcHigh';
    const k = kinds[kind];
    return {
      index: i,
      name: person.name,
      username: person.username,
      idNumber: person.idNumber ?? '',
      unit: i % 8 === 7 ? 'other' : 'demo',
      unitName: i % 8 === 7 ? otherUnit.name : demoUnit.name,
      choice,
      cycleId: i % 10 === 4 ? lastYear.id : openCycle.id,
      seriesId: choices[choice].seriesId,
      committeeId: choices[choice].committeeId,
      departmentId: choices[choice].departmentId,
      track: i % 5 === 0 ? 'innovative' : 'normal',
      applyType: i % 3 === 0 ? 'conversion' : 'normal',
      kind,
      status: k.status,
      // Every five hours from 2 November (China time); two share an instant (ties break by id).
      submittedAt: k.status === 'draft' ? null : new Date(base + (i === 11 ? 10 : i) * 5 * hour),
      reached: k.reached,
    };
  });
  // The edges of a China-time day: 00:00 of 4 November, the last millisecond of 6 November, 00:00 of 7 November.
  const submitted = cases.filter((c) => c.submittedAt && c.index >= 20);
  const edges = [
    '2026-11-04T00:00:00.000+08:00',
    '2026-11-06T23:59:59.999+08:00',
    '2026-11-07T00:00:00.000+08:00',
  ];
  edges.forEach((at, n) => {
    const c = submitted[n];
    if (c) c.submittedAt = new Date(at);
  });

  const inserted = await db
    .insert(applications)
    .values(
      cases.map((c, i) => {
        const person = people[i];
        if (!person) throw new Error('fixture: person');
        const choice = choices[c.choice];
        const reachedAt = c.submittedAt;
        return {
          cycleId: c.cycleId,
          applicantId: person.id,
          unitId: person.unitId ?? '',
          status: c.status,
          outcome: kinds[c.kind].outcome,
          track: c.track,
          applyType: c.applyType,
          innovativeCondition: c.track === 'innovative' ? 1 : null,
          ...choice,
          submittedAt: c.submittedAt,
          reachedUnitAt: c.reached.includes('unit') ? reachedAt : null,
          reachedDepartmentAt: c.reached.includes('department') ? reachedAt : null,
          reachedCommitteeAt: c.reached.includes('committee') ? reachedAt : null,
        };
      }),
    )
    .returning({ id: applications.id, applicantId: applications.applicantId });
  const model: QueueCase[] = cases.map((c, i) => ({ ...c, id: inserted[i]?.id ?? '' }));

  // 单位公示: two windows on one application (the later recorded is the one shown), a running one on another.
  const unitAdmin = await one(db.select().from(users).where(eq(users.username, 'unitadmin')), 'unitadmin');
  const inUnitReview = model.filter((c) => c.unit === 'demo' && c.kind === 'unitReview');
  const [twice, running] = inUnitReview;
  if (!twice || !running) throw new Error('fixture: two applications in unit review');
  const today = chinaDate(t.clock.now());
  const inTenDays = chinaDate(new Date(t.clock.now().getTime() + 10 * 24 * hour));
  const windows = await db
    .insert(publicityWindows)
    .values([
      {
        stage: 'unit',
        startsOn: '2026-11-02',
        endsOn: '2026-11-06',
        workingDays: 5,
        createdBy: unitAdmin.id,
        createdAt: new Date('2026-11-02T01:00:00Z'),
      },
      {
        stage: 'unit',
        startsOn: '2026-11-09',
        endsOn: '2026-11-16',
        workingDays: 6,
        createdBy: unitAdmin.id,
        createdAt: new Date('2026-11-09T01:00:00Z'),
      },
      { stage: 'unit', startsOn: today, endsOn: inTenDays, workingDays: 7, createdBy: unitAdmin.id },
    ])
    .returning();
  await db.insert(publicityWindowApplications).values([
    { windowId: windows[0]?.id ?? '', applicationId: twice.id },
    { windowId: windows[1]?.id ?? '', applicationId: twice.id },
    { windowId: windows[2]?.id ?? '', applicationId: running.id },
  ]);

  const departmentOf = (code: 'gcHigh' | 'kj') => choices[code].departmentId;
  return {
    model,
    demoUnitId: demoUnit.id,
    otherUnitId: otherUnit.id,
    openCycleId: openCycle.id,
    lastYearCycleId: lastYear.id,
    waterDepartmentId: departmentOf('gcHigh'),
    financeDepartmentId: departmentOf('kj'),
    waterHighCommitteeId: choices.gcHigh.committeeId,
    publicised: { twice: twice.id, running: running.id, runningEndsOn: inTenDays },
  };
}

export type QueueSeed = Awaited<ReturnType<typeof seedQueue>>;

/** What each demo reviewer sees of the model (ADR 0006: reached, minus what is hidden from it). */
export function visibleTo(seed: QueueSeed, who: 'unit' | 'department' | 'committee' | 'bureau'): QueueCase[] {
  const sees: Record<typeof who, (c: QueueCase) => boolean> = {
    bureau: () => true,
    unit: (c) => c.unit === 'demo' && isVisibleToScope('unit', c.reached.includes('unit'), c.status),
    department: (c) =>
      c.departmentId === seed.waterDepartmentId &&
      isVisibleToScope('department', c.reached.includes('department'), c.status),
    committee: (c) =>
      c.committeeId === seed.waterHighCommitteeId &&
      isVisibleToScope('committee', c.reached.includes('committee'), c.status),
  };
  return seed.model.filter(sees[who]);
}

export const ids = (cases: readonly { id: string }[]) => cases.map((c) => c.id).sort();
