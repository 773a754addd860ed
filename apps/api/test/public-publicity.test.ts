import { chinaDate, type PublicPublicity } from '@zhicheng/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import { insertApplication, insertWindow } from './result-publicity-fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;
const day = (offset: number) => chinaDate(new Date(t.clock.now().getTime() + offset * DAY));
const publicised = { status: 'publicity', reached: ['unit', 'department', 'committee'] } as const;

describe('GET /api/v1/public/publicity (no login)', () => {
  it('lists only the open result windows, newest first, with masked names and nothing identifying', async () => {
    const zhang = await insertApplication(t, { ...publicised, name: '张三明' });
    const ouyang = await insertApplication(t, { ...publicised, name: '欧阳小明', committee: 'finance' });
    const wang = await insertApplication(t, { ...publicised, name: '王五' });
    const lastDay = await insertApplication(t, { ...publicised, name: '赵六' });
    const hidden = await Promise.all(
      ['钱七', '孙八', '周九'].map((name) => insertApplication(t, { ...publicised, name })),
    );
    const unitReview = await insertApplication(t, { status: 'unit_review', reached: ['unit'], name: '吴十' });

    const older = await insertWindow(t, { stage: 'result', startsOn: day(-2), endsOn: day(5) }, [
      zhang.id,
      ouyang.id,
    ]);
    const newer = await insertWindow(
      t,
      { stage: 'result', startsOn: day(0), endsOn: day(6), note: '第二批' },
      [wang.id],
    );
    const endsToday = await insertWindow(t, { stage: 'result', startsOn: day(-7), endsOn: day(0) }, [
      lastDay.id,
    ]);
    // Not shown: ended yesterday, starts tomorrow, and a 单位公示 open today.
    await insertWindow(t, { stage: 'result', startsOn: day(-20), endsOn: day(-1) }, [hidden[0]?.id ?? '']);
    await insertWindow(t, { stage: 'result', startsOn: day(1), endsOn: day(10) }, [hidden[1]?.id ?? '']);
    await insertWindow(t, { stage: 'unit', startsOn: day(-1), endsOn: day(5) }, [unitReview.id]);

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/public/publicity' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const body: PublicPublicity = response.json();
    expect(body.items.map((w) => w.windowId)).toEqual([newer.id, older.id, endsToday.id]);
    expect(body.items[0]).toMatchObject({
      startsOn: day(0),
      endsOn: day(6),
      note: '第二批',
      department: '深圳市水务局',
    });

    const olderListed = body.items[1];
    expect(olderListed?.applications).toHaveLength(2);
    expect(olderListed?.applications).toEqual(
      expect.arrayContaining([
        {
          id: zhang.id,
          maskedName: '张*明',
          unit: '深圳市示范水务工程设计院',
          series: zhang.choice.seriesName,
          qualification: zhang.choice.qualificationName,
          committee: zhang.choice.committeeName,
        },
        expect.objectContaining({
          id: ouyang.id,
          maskedName: '欧**明',
          committee: ouyang.choice.committeeName,
        }),
      ]),
    );

    // Never a full name, an account or an ID number, anywhere in the answer.
    const text = response.body;
    for (const person of [zhang, ouyang, wang, lastDay, ...hidden, unitReview]) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.username);
      expect(text).not.toContain(person.idNumber);
    }
    for (const person of [...hidden, unitReview]) expect(text).not.toContain(person.id);
  });

  it('drops a window the day after it ends', async () => {
    const person = await insertApplication(t, { ...publicised, name: '冯十一' });
    const window = await insertWindow(t, { stage: 'result', startsOn: day(-3), endsOn: day(2) }, [person.id]);
    const listed = async () =>
      (
        (await t.app.inject({ method: 'GET', url: '/api/v1/public/publicity' })).json() as PublicPublicity
      ).items.map((w) => w.windowId);
    expect(await listed()).toContain(window.id);
    t.clock.advance(3 * DAY);
    try {
      expect(await listed()).not.toContain(window.id);
    } finally {
      t.clock.advance(-3 * DAY);
    }
  });
});
