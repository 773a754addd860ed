import { isCycleOpen } from '@zhicheng/contracts';
import { auditEvents, reviewCycles } from '@zhicheng/db';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cyclesRepository } from '../src/modules/cycles/cycles-repository.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let bureau: string;
beforeAll(async () => {
  t = await createTestApp();
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const day = 86_400_000;
const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(bureau), ...(payload ? { payload } : {}) });

/** A cycle far from the seeded one (which is open now), `offsetDays` from the test clock. */
async function createCycle(name: string, offsetDays: number, lengthDays = 30) {
  const now = t.clock.now().getTime();
  const response = await api('POST', '/admin/cycles', {
    name,
    year: 2030,
    opensAt: new Date(now + offsetDays * day).toISOString(),
    closesAt: new Date(now + (offsetDays + lengthDays) * day).toISOString(),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; opensAt: string; closesAt: string; open: boolean };
}

describe('PATCH /admin/cycles/{id}', () => {
  it('renames and moves a cycle, stamps updatedAt from the injected clock and audits the fields', async () => {
    const cycle = await createCycle('待改名批次', 1000);
    // Far enough from the real time that a `new Date()` in the write path could not pass.
    t.clock.advance(90_000);
    const closesAt = new Date(Date.parse(cycle.closesAt) + 5 * day).toISOString();
    const response = await api('PATCH', `/admin/cycles/${cycle.id}`, { name: '已改名批次', closesAt });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: cycle.id, name: '已改名批次', closesAt, open: false });

    const [row] = await t.database.db.select().from(reviewCycles).where(eq(reviewCycles.id, cycle.id));
    expect(row?.updatedAt.toISOString()).toBe(t.clock.now().toISOString());

    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, cycle.id))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(event).toMatchObject({ action: 'cycle.updated', targetType: 'cycle' });
    expect(event?.details).toEqual({ fields: ['name', 'closesAt'] });
  });

  it('refuses an unknown cycle, a close before the open and an overlap', async () => {
    const missing = await api('PATCH', '/admin/cycles/00000000-0000-4000-8000-000000000000', { name: 'x' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe('没有找到该申报批次');

    const a = await createCycle('批次甲', 2000);
    const b = await createCycle('批次乙', 2100);
    const backwards = await api('PATCH', `/admin/cycles/${a.id}`, { closesAt: a.opensAt });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ path: 'closesAt', message: '截止时间须晚于开始时间' }]);

    const overlapping = await api('PATCH', `/admin/cycles/${a.id}`, {
      closesAt: new Date(Date.parse(b.opensAt) + day).toISOString(),
    });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().detail).toContain('批次乙');
  });
});

describe('the open flag follows the injected clock', () => {
  it('opens at opensAt and closes at closesAt', async () => {
    const cycle = await createCycle('钟表批次', 3000, 10);
    const listed = async () =>
      ((await api('GET', '/admin/cycles')).json().items as { id: string; open: boolean }[]).find(
        (c) => c.id === cycle.id,
      )?.open;
    const opensAt = new Date(cycle.opensAt).getTime();
    const closesAt = new Date(cycle.closesAt).getTime();
    const clock = t.clock;
    const moveTo = (at: number) => clock.advance(at - clock.now().getTime());
    const back = clock.now().getTime();
    try {
      // Tokens are checked against the same clock: log in again at every stop.
      moveTo(opensAt);
      bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
      expect(await listed()).toBe(true);
      const open = (await api('GET', '/cycles?open=true')).json().items;
      expect(open.map((c: { id: string }) => c.id)).toEqual([cycle.id]);
      moveTo(closesAt);
      bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
      expect(await listed()).toBe(false);
    } finally {
      moveTo(back);
      bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
    }
  });
});

describe('cyclesRepository', () => {
  it('findOpenAt agrees with isCycleOpen at both edges; findById finds by id', async () => {
    const cycle = await createCycle('边界批次', 4000, 10);
    const db = t.database.db;
    const row = await cyclesRepository.findById(db, cycle.id);
    expect(row?.name).toBe('边界批次');
    expect(await cyclesRepository.findById(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    if (!row) return;

    const justBefore = new Date(row.opensAt.getTime() - 1);
    const lastMoment = new Date(row.closesAt.getTime() - 1);
    for (const at of [justBefore, row.opensAt, lastMoment, row.closesAt]) {
      const found = await cyclesRepository.findOpenAt(db, at);
      expect(found?.id === row.id, at.toISOString()).toBe(isCycleOpen(row, at));
    }
    expect((await cyclesRepository.findOpenAt(db, row.opensAt))?.id).toBe(row.id);
    expect(await cyclesRepository.findOpenAt(db, row.closesAt)).toBeUndefined();
    // The seeded cycle is the one open now.
    expect((await cyclesRepository.findOpenAt(db, t.clock.now()))?.name).not.toBe('边界批次');
  });
});

describe('unitPublicityRequired (单位公示 before the unit approves)', () => {
  it('defaults to required, can be created off, and is switched by PATCH', async () => {
    const required = await createCycle('公示默认批次', 5000);
    expect(required).toMatchObject({ unitPublicityRequired: true });

    const now = t.clock.now().getTime();
    const created = await api('POST', '/admin/cycles', {
      name: '免公示批次',
      year: 2031,
      opensAt: new Date(now + 5100 * day).toISOString(),
      closesAt: new Date(now + 5130 * day).toISOString(),
      unitPublicityRequired: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ unitPublicityRequired: false });

    const switched = await api('PATCH', `/admin/cycles/${required.id}`, { unitPublicityRequired: false });
    expect(switched.statusCode, switched.body).toBe(200);
    expect(switched.json()).toMatchObject({ name: '公示默认批次', unitPublicityRequired: false });
    const [row] = await t.database.db.select().from(reviewCycles).where(eq(reviewCycles.id, required.id));
    expect(row?.unitPublicityRequired).toBe(false);
    // A rename leaves the setting as it is.
    const renamed = await api('PATCH', `/admin/cycles/${required.id}`, { name: '公示默认批次（改）' });
    expect(renamed.json()).toMatchObject({ unitPublicityRequired: false });

    const listed = (await api('GET', '/admin/cycles')).json().items;
    expect(listed.find((c: { id: string }) => c.id === created.json().id)).toMatchObject({
      unitPublicityRequired: false,
    });
    const wrongType = await api('PATCH', `/admin/cycles/${required.id}`, { unitPublicityRequired: 'no' });
    expect(wrongType.statusCode).toBe(400);
  });
});
