import { countWorkingDays } from '@zhicheng/contracts';
import { auditEvents, calendarDays } from '@zhicheng/db';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let bureau: string;
let unit: string;

beforeAll(async () => {
  t = await createTestApp();
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
  unit = (await loginOk(t.app, 'unitadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const send = (token: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

/** An application of the demo unit in unit_review, ready for a 单位公示. */
async function inUnitReview() {
  const { token, userId } = await createAccount(t);
  const draft = await createCompleteApplication(t, token, userId);
  for (const [who, action] of [
    [token, 'submit'],
    [unit, 'start_review'],
  ] as const) {
    const moved = await send(who, 'POST', `/applications/${draft.id}/transitions`, { action });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return draft.id;
}

// 2026-09-28 is a Monday; 国庆 2026-10-01 (Thu) and 10-02 (Fri) are holidays; Saturday 10-10 is worked.
const year2026 = {
  year: 2026,
  holidays: ['2026-10-02', '2026-10-01', '2026-10-01'],
  workdays: ['2026-10-10'],
};

describe('the work calendar', () => {
  it('is empty for a year nobody set, and the bureau replaces a year in one go (sorted, audited)', async () => {
    expect((await send(bureau, 'GET', '/admin/calendar?year=2026')).json()).toEqual({
      year: 2026,
      holidays: [],
      workdays: [],
    });
    const first = await send(bureau, 'PUT', '/admin/calendar', { ...year2026, holidays: ['2026-05-01'] });
    expect(first.statusCode, first.body).toBe(200);
    const put = await send(bureau, 'PUT', '/admin/calendar', year2026);
    expect(put.statusCode, put.body).toBe(200);
    const expected = { year: 2026, holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] };
    expect(put.json()).toEqual(expected);
    // The second PUT replaced the first: 05-01 is gone.
    expect((await send(bureau, 'GET', '/admin/calendar?year=2026')).json()).toEqual(expected);
    expect(await t.database.db.select().from(calendarDays)).toHaveLength(3);
    // Everyone signed in reads it (the publicity dialog counts working days live).
    const applicant = await createAccount(t);
    for (const who of [applicant.token, unit, bureau]) {
      expect((await send(who, 'GET', '/calendar?year=2026')).json()).toEqual(expected);
    }
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'calendar.updated'))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(event).toMatchObject({ targetType: 'calendar', targetId: '2026' });
    expect(event?.details).toEqual({ year: 2026, holidays: 2, workdays: 1 });
  });

  it('lets only the bureau change or read the admin calendar (403 for everyone else)', async () => {
    const before = await t.database.db.select().from(calendarDays);
    for (const username of ['unitadmin', 'unitoperator', 'swjreviewer', 'slsecretary', 'applicant01']) {
      const token = (await loginOk(t.app, username)).accessToken;
      const put = await send(token, 'PUT', '/admin/calendar', { year: 2026, holidays: [], workdays: [] });
      expect(put.statusCode, username).toBe(403);
      expect(put.json().code).toBe('forbidden');
      expect((await send(token, 'GET', '/admin/calendar?year=2026')).statusCode, username).toBe(403);
    }
    expect(await t.database.db.select().from(calendarDays)).toEqual(before);
  });

  it('refuses dates outside the year, a day that is both, and a missing year', async () => {
    const outside = await send(bureau, 'PUT', '/admin/calendar', {
      year: 2026,
      holidays: ['2027-01-01'],
      workdays: [],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([expect.objectContaining({ path: 'holidays.0' })]);
    const both = await send(bureau, 'PUT', '/admin/calendar', {
      year: 2026,
      holidays: ['2026-10-01'],
      workdays: ['2026-10-01'],
    });
    expect(both.statusCode).toBe(400);
    expect((await send(bureau, 'GET', '/admin/calendar')).statusCode).toBe(400);
    expect((await send(bureau, 'GET', '/calendar?year=1999')).statusCode).toBe(400);
  });
});

describe('working days of a publicity window', () => {
  it('skips weekends and holidays: five weekdays over two holidays are refused, five working days pass', async () => {
    await send(bureau, 'PUT', '/admin/calendar', year2026);
    const id = await inUnitReview();
    const window = (startsOn: string, endsOn: string) =>
      send(unit, 'POST', '/publicity', { stage: 'unit', applicationIds: [id], startsOn, endsOn });

    // Mon 09-28 … Fri 10-02: five weekdays, two of them holidays → 3 working days.
    const short = await window('2026-09-28', '2026-10-02');
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ code: 'publicity_too_short', workingDays: 3 });
    expect(short.json().detail).toContain('3个工作日');
    expect(short.json().errors).toEqual([expect.objectContaining({ path: 'endsOn' })]);

    // Thu 09-24 … Wed 09-30 over a weekend: Thu, Fri, Mon, Tue, Wed.
    const ok = await window('2026-09-24', '2026-09-30');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ stage: 'unit', workingDays: 5, applicationIds: [id] });

    // Mon 10-05 … Sat 10-10: five weekdays and the make-up Saturday.
    const withMakeUp = await window('2026-10-05', '2026-10-10');
    expect(withMakeUp.json()).toMatchObject({ workingDays: 6 });

    // The web counts with the same function over GET /calendar and gets the same numbers.
    const calendar = (await send(unit, 'GET', '/calendar?year=2026')).json();
    expect(countWorkingDays('2026-09-28', '2026-10-02', calendar)).toBe(3);
    expect(countWorkingDays('2026-10-05', '2026-10-10', calendar)).toBe(6);
  });

  it('counts a window across the new year with both years of the calendar', async () => {
    await send(bureau, 'PUT', '/admin/calendar', { year: 2027, holidays: ['2027-01-01'], workdays: [] });
    const id = await inUnitReview();
    // Mon 2026-12-28 … Tue 2027-01-05: Mon–Thu, (Fri 01-01 holiday), Mon, Tue → 6.
    const response = await send(unit, 'POST', '/publicity', {
      stage: 'unit',
      applicationIds: [id],
      startsOn: '2026-12-28',
      endsOn: '2027-01-05',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().workingDays).toBe(6);
  });
});
