import { applicationEvents, applications, notifications, reviewCycles, users } from '@zhicheng/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepReminders } from '../src/modules/notifications/reminder-sweep.js';
import { createTestApp, type TestApp } from './helpers.js';
import { createPipeline, setChannels } from './notifications-fixtures.js';
import { insertApplication, insertWindow } from './result-publicity-fixtures.js';

// 截止提醒 (issue #15): the daily sweep reminds 3 days and 1 day before a deadline, once each; a deadline
// 2–3 days ahead is in the "3 days" bucket, 0–1 day ahead in the "1 day" one, so a sweep that did not run
// on the day (or a deadline first seen 2 days ahead) still reminds once per bucket.
let t: TestApp;
let pipeline: ReturnType<typeof createPipeline>;
const people: Record<string, { userId: string; applicationId: string }> = {};

/** 08:30 China time on a day of May 2030. */
const at = (day: number) => new Date(`2030-05-${String(day).padStart(2, '0')}T08:30:00+08:00`);
const sweep = (day: number) => sweepReminders({ db: t.database.db, delivery: pipeline.delivery }, at(day));

async function applicantOf(applicationId: string) {
  const [row] = await t.database.db
    .select({ applicantId: applications.applicantId })
    .from(applications)
    .where(eq(applications.id, applicationId));
  if (!row) throw new Error('no application');
  return row.applicantId;
}

async function person(key: string, options: Parameters<typeof insertApplication>[1]) {
  const inserted = await insertApplication(t, options);
  people[key] = { userId: await applicantOf(inserted.id), applicationId: inserted.id };
  return people[key];
}

async function returnedWith(key: string, correctBys: (string | null)[]) {
  const p = await person(key, { status: 'returned', reached: ['unit'] });
  const [admin] = await t.database.db.select().from(users).where(eq(users.username, 'unitadmin'));
  for (const [i, correctBy] of correctBys.entries()) {
    await t.database.db.insert(applicationEvents).values({
      applicationId: p.applicationId,
      action: 'return',
      fromStatus: 'unit_review',
      toStatus: 'returned',
      actorId: admin?.id ?? '',
      actorRole: 'unit_admin',
      opinion: '请补正',
      correction: { sections: [], materials: [], correctBy },
      createdAt: new Date(at(1).getTime() + i * 60_000),
    });
  }
}

/** Each person's reminders as `<title> <dedupe key's kind and lead>`. */
async function remindersOf(...keys: string[]) {
  const ids = keys.map((k) => people[k]?.userId ?? '');
  const rows = await t.database.db.select().from(notifications).where(inArray(notifications.userId, ids));
  return Object.fromEntries(
    keys.map((k) => [
      k,
      rows
        .filter((r) => r.userId === people[k]?.userId)
        .map(
          (r) =>
            `${r.kind} ${r.dedupeKey.split(':').slice(1, 2)}:${r.dedupeKey.split(':').slice(3).join(':')}`,
        )
        .sort(),
    ]),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  pipeline = createPipeline(t);
  const db = t.database.db;
  const cycle = (closesAt: string) =>
    db
      .insert(reviewCycles)
      .values({
        name: `2030年度评审（${closesAt.slice(5, 10)}截止）`,
        year: 2030,
        opensAt: at(1),
        closesAt: new Date(closesAt),
      })
      .returning()
      .then((rows) => rows[0]?.id ?? '');
  // Closes late on 13 May: 3 days after the 10th, 1 day after the 12th.
  const closing = await cycle('2030-05-13T23:59:00+08:00');
  const later = await cycle('2030-05-20T17:00:00+08:00');
  await person('draft', { status: 'draft', reached: [], cycleId: closing });
  await person('returnedInCycle', { status: 'returned', reached: ['unit'], cycleId: closing });
  await person('submitted', { status: 'submitted', reached: ['unit'], cycleId: closing });
  await person('laterCycle', { status: 'draft', reached: [], cycleId: later });
  // The latest return's deadline counts (the 11th), not the one it replaced (the 13th).
  await returnedWith('correction', ['2030-05-13', '2030-05-11']);
  await returnedWith('correctBy13', ['2030-05-13']);
  await returnedWith('noDeadline', [null]);
  const inPublicity = await person('publicity', {
    status: 'publicity',
    reached: ['unit', 'department', 'committee'],
  });
  const finished = await person('approved', {
    status: 'approved',
    reached: ['unit', 'department', 'committee'],
  });
  await insertWindow(t, { stage: 'result', startsOn: '2030-05-06', endsOn: '2030-05-13' }, [
    inPublicity.applicationId,
    finished.applicationId,
  ]);
  // For the sweeps that did not run on the 23rd and 24th: deadlines on the 26th and 27th.
  const lateCycle = await cycle('2030-05-27T17:00:00+08:00');
  await person('missedCycleClose', { status: 'draft', reached: [], cycleId: lateCycle });
  await returnedWith('missedCorrection', ['2030-05-26']);
  const missedPublicity = await person('missedPublicityEnd', {
    status: 'publicity',
    reached: ['unit', 'department', 'committee'],
  });
  await insertWindow(t, { stage: 'result', startsOn: '2030-05-20', endsOn: '2030-05-27' }, [
    missedPublicity.applicationId,
  ]);
});
afterAll(async () => {
  await t?.close();
});

const all = [
  'draft',
  'returnedInCycle',
  'submitted',
  'laterCycle',
  'correction',
  'correctBy13',
  'noDeadline',
  'publicity',
  'approved',
];

describe('sweepReminders', () => {
  it('reminds of nothing 4 days before the deadlines; a deadline 2 days ahead gets its 3-day reminder', async () => {
    await sweep(9);
    const { correction, ...others } = await remindersOf(...all);
    expect(Object.values(others).flat()).toEqual([]);
    // The latest return is due on the 11th: 2 days ahead is the "3 days" bucket (none was sent before).
    expect(correction).toEqual(['deadline_reminder correction:2030-05-11:3']);
  });

  it('3 days before the cycle close and the publicity end, 1 day before the latest return’s deadline', async () => {
    const created = await sweep(10);
    expect(await remindersOf(...all)).toEqual({
      draft: ['deadline_reminder cycle_close:2030-05-13:3'],
      returnedInCycle: ['deadline_reminder cycle_close:2030-05-13:3'],
      submitted: [],
      laterCycle: [],
      // The 13th of the return it replaced would be 3 days ahead: it does not count.
      correction: ['deadline_reminder correction:2030-05-11:1', 'deadline_reminder correction:2030-05-11:3'],
      correctBy13: ['deadline_reminder correction:2030-05-13:3'],
      noDeadline: [],
      publicity: ['deadline_reminder publicity_end:2030-05-13:3'],
      approved: [],
    });
    expect(created).toBeGreaterThanOrEqual(5);
  });

  it('a second run on the same day adds nothing', async () => {
    expect(await sweep(10)).toBe(0);
  });

  it('adds nothing on the day between (2 days before the 13th, the 11th’s deadline itself)', async () => {
    const before = await remindersOf(...all);
    await sweep(11);
    expect(await remindersOf(...all)).toEqual(before);
  });

  it('1 day before: the cycle close and the publicity end again, with plain texts', async () => {
    await sweep(12);
    const reminders = await remindersOf('draft', 'correctBy13', 'publicity');
    expect(reminders.draft).toContain('deadline_reminder cycle_close:2030-05-13:1');
    expect(reminders.correctBy13).toContain('deadline_reminder correction:2030-05-13:1');
    expect(reminders.publicity).toContain('deadline_reminder publicity_end:2030-05-13:1');
    const [closing] = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, people.draft?.userId ?? ''))
      .orderBy(notifications.createdAt);
    expect(closing).toMatchObject({ title: '申报即将截止', applicationId: people.draft?.applicationId });
    expect(closing?.body).toContain('将于2030年5月13日截止申报（还有3天）');
    expect(closing?.body).toContain('“填报中”');
  });

  it('sends a reminder by SMS to a person who chose it', async () => {
    await setChannels(t, people.laterCycle?.userId ?? '', {
      mobile: '13700001111',
      email: 'later@example.cn',
      sms: true,
      emailChosen: false,
    });
    pipeline.jobs.splice(0);
    await sweep(17);
    await pipeline.runSends();
    expect(pipeline.sms).toEqual([
      {
        mobile: '13700001111',
        text: expect.stringMatching(/^【职称申报】申报即将截止：.*2030年5月20日截止申报（还有3天）/),
      },
    ]);
    expect(pipeline.email).toEqual([]);
  });

  it('catches up after days without a sweep: each bucket once, with the days actually left', async () => {
    const missed = ['missedCycleClose', 'missedCorrection', 'missedPublicityEnd'];
    // No sweep ran on the 23rd nor the 24th. On the 25th the 27th is 2 days ahead (the "3 days" bucket);
    // the 26th is 1 day ahead: its "3 days" reminder is past, only the "1 day" one is due.
    expect(await sweep(25)).toBe(3);
    expect(await remindersOf(...missed)).toEqual({
      missedCycleClose: ['deadline_reminder cycle_close:2030-05-27:3'],
      missedCorrection: ['deadline_reminder correction:2030-05-26:1'],
      missedPublicityEnd: ['deadline_reminder publicity_end:2030-05-27:3'],
    });
    const [closing] = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, people.missedCycleClose?.userId ?? ''));
    expect(closing?.body).toContain('将于2030年5月27日截止申报（还有2天）');

    // The 26th: the 27th's "1 day" reminders; the return due today has had its own.
    expect(await sweep(26)).toBe(2);
    // The deadline day itself adds nothing more, nor does a sweep run again on it.
    expect(await sweep(27)).toBe(0);
    expect(await remindersOf(...missed)).toEqual({
      missedCycleClose: [
        'deadline_reminder cycle_close:2030-05-27:1',
        'deadline_reminder cycle_close:2030-05-27:3',
      ],
      missedCorrection: ['deadline_reminder correction:2030-05-26:1'],
      missedPublicityEnd: [
        'deadline_reminder publicity_end:2030-05-27:1',
        'deadline_reminder publicity_end:2030-05-27:3',
      ],
    });
  });

  it('reminds on the deadline day itself when no sweep ran the day before, unless it has passed', async () => {
    const closingOn29th = (name: string, time: string) =>
      t.database.db
        .insert(reviewCycles)
        .values({ name, year: 2030, opensAt: at(1), closesAt: new Date(`2030-05-29T${time}:00+08:00`) })
        .returning()
        .then((rows) => rows[0]?.id ?? '');
    await person('lastDay', {
      status: 'draft',
      reached: [],
      cycleId: await closingOn29th('补充评审', '18:00'),
    });
    // Closed at 07:00, before the 08:30 sweep: too late to remind.
    await person('closedThisMorning', {
      status: 'draft',
      reached: [],
      cycleId: await closingOn29th('晨间截止评审', '07:00'),
    });
    expect(await sweep(29)).toBe(1);
    expect(await remindersOf('lastDay', 'closedThisMorning')).toEqual({
      lastDay: ['deadline_reminder cycle_close:2030-05-29:1'],
      closedThisMorning: [],
    });
    const [row] = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, people.lastDay?.userId ?? ''));
    expect(row?.body).toContain('将于2030年5月29日截止申报（就在今天）');
  });
});
