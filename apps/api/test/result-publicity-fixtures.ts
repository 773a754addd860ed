import type { ApplicationStatus, Level, Outcome } from '@zhicheng/contracts';
import {
  applicationEvents,
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
import { makeIdNumber } from './fixtures.js';
import { loginOk, type TestApp } from './helpers.js';

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`fixture: no ${what}`);
  return row;
}

/** 水利水电高级评委会 (深圳市水务局, the demo department) or the 会计 senior committee (深圳市财政局). */
export type CommitteeChoice = 'water' | 'finance';
const choiceCodes = {
  water: { series: 'GC', level: '副高级', committee: 'SZ-GC-SL-G' },
  finance: { series: 'KJ', level: '副高级', committee: 'SZ-KJ-G' },
} as const satisfies Record<CommitteeChoice, { series: string; level: Level; committee: string }>;

export async function choiceOf(t: TestApp, which: CommitteeChoice) {
  const db = t.database.db;
  const codes = choiceCodes[which];
  const s = await one(db.select().from(series).where(eq(series.code, codes.series)), 'series');
  const specialty = await one(
    db
      .select()
      .from(specialties)
      .where(eq(specialties.seriesId, s.id))
      .orderBy(asc(specialties.sortOrder))
      .limit(1),
    'specialty',
  );
  const qualification = await one(
    db
      .select()
      .from(qualifications)
      .where(and(eq(qualifications.seriesId, s.id), eq(qualifications.level, codes.level)))
      .limit(1),
    'qualification',
  );
  const committee = await one(
    db.select().from(committees).where(eq(committees.code, codes.committee)),
    'committee',
  );
  return {
    seriesId: s.id,
    seriesName: s.name,
    specialtyId: specialty.id,
    level: codes.level,
    qualificationId: qualification.id,
    qualificationName: qualification.name,
    committeeId: committee.id,
    committeeName: committee.name,
    departmentId: committee.departmentId,
  };
}

/** A new review cycle, so counts filtered by it hold only what a test inserts. */
export async function createCycle(t: TestApp, name: string) {
  return one(
    t.database.db
      .insert(reviewCycles)
      .values({
        name,
        year: 2024,
        opensAt: new Date('2024-03-01T00:00:00+08:00'),
        closesAt: new Date('2024-06-30T00:00:00+08:00'),
      })
      .returning(),
    'cycle',
  );
}

let sequence = 0;
type Reached = 'unit' | 'department' | 'committee';

/**
 * An applicant of the demo unit and one application, inserted directly with the `reached_*` columns the
 * transitions would have set (as queue-fixtures does); `committeePassed` adds the committee_pass record.
 */
export async function insertApplication(
  t: TestApp,
  options: {
    name?: string;
    status: ApplicationStatus;
    outcome?: Outcome | null;
    reached: readonly Reached[];
    committee?: CommitteeChoice;
    cycleId?: string;
    committeePassed?: boolean;
  },
) {
  sequence += 1;
  const n = sequence;
  const db = t.database.db;
  const demoUnit = await one(
    db.select().from(units).where(eq(units.name, '深圳市示范水务工程设计院')),
    'unit',
  );
  const cycleId = options.cycleId ?? (await one(db.select().from(reviewCycles).limit(1), 'cycle')).id;
  const choice = await choiceOf(t, options.committee ?? 'water');
  const idNumber = makeIdNumber('19790101', String(500 + n).slice(-3));
  const person = await one(
    db
      .insert(users)
      .values({
        username: `rp${process.pid % 1000}x${n}`,
        passwordHash: 'not-for-login',
        role: 'applicant',
        name: options.name ?? `公示人${n}`,
        idNumber,
        unitId: demoUnit.id,
      })
      .returning(),
    'applicant',
  );
  const at = new Date(t.clock.now().getTime() - 30 * 86_400_000);
  const application = await one(
    db
      .insert(applications)
      .values({
        cycleId,
        applicantId: person.id,
        unitId: demoUnit.id,
        status: options.status,
        outcome: options.outcome ?? null,
        track: 'normal',
        applyType: 'normal',
        seriesId: choice.seriesId,
        specialtyId: choice.specialtyId,
        level: choice.level,
        qualificationId: choice.qualificationId,
        committeeId: choice.committeeId,
        departmentId: choice.departmentId,
        submittedAt: options.status === 'draft' ? null : at,
        reachedUnitAt: options.reached.includes('unit') ? at : null,
        reachedDepartmentAt: options.reached.includes('department') ? at : null,
        reachedCommitteeAt: options.reached.includes('committee') ? at : null,
      })
      .returning(),
    'application',
  );
  if (options.committeePassed) {
    const secretary = await one(
      db.select().from(users).where(eq(users.username, 'slsecretary')),
      'secretary',
    );
    await db.insert(applicationEvents).values({
      applicationId: application.id,
      action: 'committee_pass',
      fromStatus: 'committee_review',
      toStatus: 'publicity',
      actorId: secretary.id,
      actorRole: 'committee_secretary',
      votes: { present: 9, for: 8, against: 1, abstain: 0 },
    });
  }
  return { id: application.id, name: person.name, username: person.username, idNumber, choice };
}

/** A publicity window over `applicationIds`, recorded by the demo department's reviewer. */
export async function insertWindow(
  t: TestApp,
  values: { stage: 'unit' | 'result'; startsOn: string; endsOn: string; note?: string },
  applicationIds: readonly string[],
) {
  const db = t.database.db;
  const reviewer = await one(db.select().from(users).where(eq(users.username, 'swjreviewer')), 'reviewer');
  const window = await one(
    db
      .insert(publicityWindows)
      .values({ ...values, workingDays: 5, createdBy: reviewer.id })
      .returning(),
    'window',
  );
  if (applicationIds.length > 0) {
    await db
      .insert(publicityWindowApplications)
      .values(applicationIds.map((applicationId) => ({ windowId: window.id, applicationId })));
  }
  return window;
}

/** A reviewer of another department (深圳市财政局), logged in: a foreign tenant for the demo department. */
export async function createForeignDepartmentReviewer(t: TestApp) {
  const finance = await choiceOf(t, 'finance');
  sequence += 1;
  const username = `rpdept${process.pid % 1000}x${sequence}`;
  await t.database.db.insert(users).values({
    username,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: 'dept_reviewer',
    name: '财政审核',
    departmentId: finance.departmentId,
  });
  return (await loginOk(t.app, username)).accessToken;
}
