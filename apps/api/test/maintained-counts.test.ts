import { type ApplicationCounts, applicationStatuses } from '@zhicheng/contracts';
import { applicationCountDeltas, applications } from '@zhicheng/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { type QueueSeed, seedQueue, visibleTo } from './queue-fixtures.js';

// The queues' counts come from counts the database keeps (issue #17), not from reading every
// application: they must equal the applications themselves, before and after the deltas are folded in,
// after status changes, and after a rebuild.
let t: TestApp;
let seed: QueueSeed;
const who = ['unit', 'department', 'committee', 'bureau'] as const;
const tokens = {} as Record<(typeof who)[number], string>;
const usernames = {
  unit: 'unitadmin',
  department: 'swjreviewer',
  committee: 'slsecretary',
  bureau: 'bureauadmin',
};

beforeAll(async () => {
  t = await createTestApp();
  seed = await seedQueue(t);
  for (const w of who) tokens[w] = (await loginOk(t.app, usernames[w])).accessToken;
});
afterAll(async () => {
  await t?.close();
});

async function counts(w: (typeof who)[number], query = ''): Promise<ApplicationCounts> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/applications/counts${query}`,
    headers: bearer(tokens[w]),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** What a scope's applications say, counted by hand from the fixture's model. */
function expected(cases: readonly { status: string }[]) {
  const byStatus = Object.fromEntries(applicationStatuses.map((s) => [s, 0]));
  for (const c of cases) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  return { byStatus, total: cases.length };
}

const fold = () => t.database.executeSql('select fold_application_count_deltas()');

describe('maintained application counts', () => {
  it('match the applications of every scope before and after the deltas are folded in', async () => {
    for (const w of who) expect(await counts(w)).toEqual(expected(visibleTo(seed, w)));
    const [pending] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(applicationCountDeltas);
    expect(pending?.n).toBeGreaterThan(0);

    await fold();
    const [left] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(applicationCountDeltas);
    expect(left?.n).toBe(0);
    for (const w of who) expect(await counts(w)).toEqual(expected(visibleTo(seed, w)));
  });

  it('follow a status change at once, folded or not, and count a cycle filter and the list total alike', async () => {
    await fold();
    const moved = visibleTo(seed, 'department').find((c) => c.status === 'dept_review');
    if (!moved) throw new Error('fixture: no application in dept_review');
    await t.database.db.update(applications).set({ status: 'returned' }).where(eq(applications.id, moved.id));
    const model = visibleTo(seed, 'department').map((c) =>
      c.id === moved.id ? { ...c, status: 'returned' } : c,
    );

    expect(await counts('department')).toEqual(expected(model));
    await fold();
    expect(await counts('department')).toEqual(expected(model));

    const cycleId = model[0]?.cycleId ?? '';
    const inCycle = model.filter((c) => c.cycleId === cycleId);
    expect(await counts('department', `?cycleId=${cycleId}`)).toEqual(expected(inCycle));
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications?status=returned&limit=1`,
      headers: bearer(tokens.department),
    });
    expect(list.json().total).toBe(model.filter((c) => c.status === 'returned').length);
  });

  it('are rebuilt exactly from the applications (after a bulk load that skipped the triggers)', async () => {
    const before = await Promise.all(who.map((w) => counts(w)));
    await t.database.executeSql('delete from application_counts');
    expect((await counts('bureau')).total).toBeLessThan(before[3]?.total ?? 0);
    await t.database.executeSql('select rebuild_application_counts()');
    expect(await Promise.all(who.map((w) => counts(w)))).toEqual(before);
  });
});
