import {
  type ApplicationCounts,
  type ApplicationListItem,
  allowedActions,
  applicationStatuses,
  chinaDate,
  type QueueSort,
  queueSorts,
} from '@zhicheng/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createForeignUnitAdmin } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { ids, QUEUE_SIZE, type QueueCase, type QueueSeed, seedQueue, visibleTo } from './queue-fixtures.js';

// The queues (#11): one list for every role through the caller's scope, with filters, search, keyset
// pagination and counts, over 64 applications at every stage.
let t: TestApp;
let seed: QueueSeed;
const tokens: Record<'unit' | 'department' | 'committee' | 'bureau' | 'foreign', string> = {
  unit: '',
  department: '',
  committee: '',
  bureau: '',
  foreign: '',
};

beforeAll(async () => {
  t = await createTestApp();
  seed = await seedQueue(t);
  tokens.unit = (await loginOk(t.app, 'unitadmin')).accessToken;
  tokens.department = (await loginOk(t.app, 'swjreviewer')).accessToken;
  tokens.committee = (await loginOk(t.app, 'slsecretary')).accessToken;
  tokens.bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
  tokens.foreign = (await createForeignUnitAdmin(t)).token;
});
afterAll(async () => {
  await t?.close();
});

type Query = Record<string, string | number | readonly string[]>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const get = (path: string, token: string, query: Query = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1${path}${queryString(query)}`, headers: bearer(token) });

interface Page {
  items: ApplicationListItem[];
  nextCursor: string | null;
  total: number;
}

async function page(token: string, query: Query): Promise<Page> {
  const response = await get('/applications', token, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every page from the first to `nextCursor: null`; fails on a page that repeats or loses rows. */
async function walk(token: string, query: Query) {
  const seen: ApplicationListItem[] = [];
  let cursor: string | null = null;
  let totals = new Set<number>();
  for (let n = 0; n < 100; n += 1) {
    const p: Page = await page(token, cursor ? { ...query, cursor } : query);
    totals = new Set([...totals, p.total]);
    seen.push(...p.items);
    cursor = p.nextCursor;
    if (!cursor) break;
  }
  expect(cursor, 'the walk ends').toBeNull();
  expect(totals.size, 'one total on every page').toBe(1);
  return { items: seen, total: [...totals][0] ?? -1 };
}

const all = (token: string, query: Query = {}) => page(token, { limit: 100, ...query });

/** The model's order for a sort: what the database must return, ties broken by id in the same direction. */
function expectedOrder(cases: readonly QueueCase[], sort: QueueSort): string[] {
  const descending = sort.startsWith('-');
  const key = (c: QueueCase): string | null =>
    sort.endsWith('name')
      ? c.name
      : sort.endsWith('submittedAt')
        ? (c.submittedAt?.toISOString() ?? null)
        : '';
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...cases]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      // An unsubmitted application sorts last under both submitted-time sorts.
      if (ka === null || kb === null) {
        if (ka !== kb) return ka === null ? 1 : -1;
      } else {
        const byKey = cmp(ka, kb);
        if (byKey !== 0) return descending ? -byKey : byKey;
      }
      return descending ? -cmp(a.id, b.id) : cmp(a.id, b.id);
    })
    .map((c) => c.id);
}

describe('GET /applications: scope', () => {
  it('seeds 64 applications at every stage', () => {
    expect(seed.model).toHaveLength(QUEUE_SIZE);
    expect(new Set(seed.model.map((c) => c.kind)).size).toBe(8);
  });

  it.each([
    ['unit', 'unit'],
    ['department', 'department'],
    ['committee', 'committee'],
    ['bureau', 'bureau'],
  ] as const)('shows the %s exactly what reached it, with a matching total', async (who, scope) => {
    const expected = visibleTo(seed, scope);
    expect(expected.length).toBeGreaterThan(0);
    const list = await all(tokens[who]);
    expect(ids(list.items)).toEqual(ids(expected));
    expect(list.total).toBe(expected.length);
  });

  it('keeps the department from what the unit stopped, and every reviewer from drafts', async () => {
    const list = await all(tokens.department);
    expect(list.items.map((a) => a.outcome)).not.toContain('unit_rejected');
    expect(list.items.some((a) => a.status === 'returned')).toBe(true);
    const unit = await all(tokens.unit);
    expect(unit.items.map((a) => a.status)).not.toContain('draft');
    expect(unit.items.every((a) => a.unitId === seed.demoUnitId)).toBe(true);
  });

  it('shows another tenant nothing, and an applicant only its own application', async () => {
    const foreign = await all(tokens.foreign);
    expect(foreign).toEqual({ items: [], nextCursor: null, total: 0 });
    const mine = seed.model[8];
    const applicant = (await loginOk(t.app, mine?.username ?? '')).accessToken;
    const list = await all(applicant);
    expect(list.items.map((a) => a.id)).toEqual([mine?.id]);
  });
});

describe('GET /applications: rows', () => {
  it('carries the account, the masked ID number, the unit and the caller’s actions', async () => {
    const list = await all(tokens.unit, { status: 'submitted' });
    const row = list.items[0];
    const model = seed.model.find((c) => c.id === row?.id);
    expect(row).toMatchObject({
      status: 'submitted',
      applicant: {
        name: model?.name,
        username: model?.username,
        idNumberMasked: `${model?.idNumber.slice(0, 6)}********${model?.idNumber.slice(-4)}`,
      },
      unitName: '深圳市示范水务工程设计院',
      unitPublicity: null,
      allowedActions: allowedActions('unit_admin', 'submitted'),
    });
    expect(row?.allowedActions).toContain('start_review');
    expect(JSON.stringify(list)).not.toContain(model?.idNumber);
  });

  it('shows the latest 单位公示 window, ended or not', async () => {
    const list = await all(tokens.unit, { status: 'unit_review' });
    const byId = new Map(list.items.map((a) => [a.id, a]));
    expect(byId.get(seed.publicised.twice)?.unitPublicity).toEqual({
      startsOn: '2026-11-09',
      endsOn: '2026-11-16',
      workingDays: 6,
      ended: true,
    });
    expect(byId.get(seed.publicised.running)?.unitPublicity).toEqual({
      startsOn: chinaDate(t.clock.now()),
      endsOn: seed.publicised.runningEndsOn,
      workingDays: 7,
      ended: false,
    });
  });
});

describe('GET /applications: filters', () => {
  const everyone = () => seed.model;
  const cases: [string, Query, (c: QueueCase) => boolean][] = [
    ['one status', { status: 'dept_review' }, (c) => c.status === 'dept_review'],
    [
      'several statuses',
      { status: ['submitted', 'returned'] },
      (c) => c.status === 'submitted' || c.status === 'returned',
    ],
    ['a cycle', { cycleId: 'lastYear' }, (c) => c.cycleId === seed.lastYearCycleId],
    ['a series', { seriesId: 'kj' }, (c) => c.choice === 'kj'],
    ['a committee', { committeeId: 'gcHigh' }, (c) => c.choice === 'gcHigh'],
    ['the track', { track: 'innovative' }, (c) => c.track === 'innovative'],
    ['the apply type', { applyType: 'conversion' }, (c) => c.applyType === 'conversion'],
    [
      'submitted days (China time, both ends included)',
      { submittedFrom: '2026-11-04', submittedTo: '2026-11-06' },
      (c) =>
        !!c.submittedAt &&
        chinaDate(c.submittedAt) >= '2026-11-04' &&
        chinaDate(c.submittedAt) <= '2026-11-06',
    ],
    ['q: a name', { q: '申报人4' }, (c) => c.name.includes('申报人4')],
    ['q: an account', { q: 'QUEUE42' }, (c) => c.username === 'queue42'],
    ['q: an ID number fragment', { q: '19800101140' }, (c) => c.index === 40],
    [
      'combined',
      { status: ['submitted', 'unit_review', 'dept_review'], track: 'normal', committeeId: 'gcHigh' },
      (c) =>
        ['submitted', 'unit_review', 'dept_review'].includes(c.status) &&
        c.track === 'normal' &&
        c.choice === 'gcHigh',
    ],
  ];

  /** Fixture names stand in for ids the seed creates. */
  function resolve(query: Query): Query {
    const choiceIds: Record<string, string> = {
      kj: seed.model.find((c) => c.choice === 'kj')?.seriesId ?? '',
      gcHigh: seed.waterHighCommitteeId,
      lastYear: seed.lastYearCycleId,
    };
    return Object.fromEntries(
      Object.entries(query).map(([k, v]) => [
        k,
        typeof v === 'string' && v in choiceIds ? (choiceIds[v] ?? v) : v,
      ]),
    );
  }

  it.each(cases)('narrows to %s', async (_name, query, predicate) => {
    const expected = everyone().filter(predicate);
    expect(expected.length, 'the filter keeps some').toBeGreaterThan(0);
    expect(expected.length, 'and drops some').toBeLessThan(QUEUE_SIZE);
    const list = await all(tokens.bureau, resolve(query));
    expect(ids(list.items)).toEqual(ids(expected));
    expect(list.total).toBe(expected.length);
  });

  it('includes 00:00 of the first day and the last millisecond of the last, not 00:00 after it', async () => {
    const list = await all(tokens.bureau, { submittedFrom: '2026-11-04', submittedTo: '2026-11-06' });
    const times = list.items.map((a) => a.submittedAt);
    expect(times).toContain(new Date('2026-11-04T00:00:00+08:00').toISOString());
    expect(times).toContain(new Date('2026-11-06T23:59:59.999+08:00').toISOString());
    expect(times).not.toContain(new Date('2026-11-07T00:00:00+08:00').toISOString());
  });

  it.each([
    ['%', '张%', '张%三'],
    ['_', '李_', '李_四'],
    ['\\', 'k\\s', 'Back\\slash'],
  ])('matches %s in q literally', async (_char, q, name) => {
    const list = await all(tokens.bureau, { q });
    expect(list.items.map((a) => a.applicant.name)).toEqual([name]);
  });

  it('applies the filters inside the scope', async () => {
    const list = await all(tokens.department, { status: 'returned' });
    const expected = visibleTo(seed, 'department').filter((c) => c.status === 'returned');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(list.items)).toEqual(ids(expected));
  });

  it('refuses an unknown status, a bad date and a limit over 100 (400 validation_failed)', async () => {
    const bad: Query[] = [
      { status: 'archived' },
      { submittedFrom: '2026-13-01' },
      { limit: 101 },
      { sort: 'id' },
    ];
    for (const query of bad) {
      const response = await get('/applications', tokens.bureau, query);
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });
});

describe('GET /applications: keyset pagination', () => {
  it.each(queueSorts.map((s) => [s]))('walks every row exactly once by %s, in order', async (sort) => {
    const { items, total } = await walk(tokens.bureau, { sort, limit: 7 });
    const order = items.map((a) => a.id);
    expect(new Set(order).size).toBe(order.length);
    expect(total).toBe(QUEUE_SIZE);
    expect(order).toEqual(expectedOrder(seed.model, sort));
  });

  it('keeps `-updatedAt` as the default order (the applicant’s home)', async () => {
    const first = await page(tokens.bureau, { limit: 10 });
    const explicit = await page(tokens.bureau, { limit: 10, sort: '-updatedAt' });
    expect(first.items.map((a) => a.id)).toEqual(explicit.items.map((a) => a.id));
  });

  it('walks a filtered scope too, with its total', async () => {
    const query = { status: ['submitted', 'unit_review', 'returned'], sort: '-submittedAt', limit: 3 };
    const { items, total } = await walk(tokens.unit, query);
    const expected = visibleTo(seed, 'unit').filter((c) =>
      ['submitted', 'unit_review', 'returned'].includes(c.status),
    );
    expect(total).toBe(expected.length);
    expect(items.map((a) => a.id)).toEqual(expectedOrder(expected, '-submittedAt'));
  });

  it('answers nextCursor null on a page that ends the list', async () => {
    const p = await page(tokens.unit, { limit: 100 });
    expect(p.nextCursor).toBeNull();
    const exact = await page(tokens.unit, { limit: p.total });
    expect(exact.nextCursor).toBeNull();
  });

  it('refuses a tampered or foreign cursor with 400 validation_failed on `cursor`', async () => {
    const first = await page(tokens.bureau, { limit: 5, sort: '-submittedAt' });
    const cursor = first.nextCursor ?? '';
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const bad: Query[] = [
      { cursor: 'not a cursor!' },
      { cursor: 'e30' },
      { cursor: forge({ ...decoded, id: "x' or 1=1 --" }) },
      { cursor: forge({ ...decoded, v: '2026-02-30T00:00:00.000000Z' }) },
      { cursor: forge({ ...decoded, v: 42 }) },
      { cursor: forge([1, 2, 3]) },
      // A cursor of one sort under another.
      { cursor, sort: 'name' },
      { cursor: `${cursor.slice(0, -2)}` },
    ];
    for (const query of bad) {
      const response = await get('/applications', tokens.bureau, {
        limit: 5,
        sort: '-submittedAt',
        ...query,
      });
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'cursor' }] });
    }
    // The genuine one still works.
    expect(
      (await get('/applications', tokens.bureau, { limit: 5, sort: '-submittedAt', cursor })).statusCode,
    ).toBe(200);
  });
});

describe('GET /applications/counts', () => {
  async function counts(token: string, query: Query = {}): Promise<ApplicationCounts> {
    const response = await get('/applications/counts', token, query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it.each([
    ['unit', {}],
    ['department', {}],
    ['bureau', {}],
    ['bureau', { committeeId: 'x' }],
    ['unit', { q: '申报人', track: 'normal' }],
  ] as const)('for the %s (%j) has every status and agrees with the list', async (who, raw) => {
    const query: Query = 'committeeId' in raw ? { committeeId: seed.waterHighCommitteeId } : { ...raw };
    const c = await counts(tokens[who], query);
    expect(Object.keys(c.byStatus).sort()).toEqual([...applicationStatuses].sort());
    const list = await all(tokens[who], query);
    expect(c.total).toBe(list.total);
    expect(Object.values(c.byStatus).reduce((a, b) => a + b, 0)).toBe(c.total);
    for (const status of applicationStatuses) {
      const expected = list.items.filter((a) => a.status === status).length;
      expect(c.byStatus[status], status).toBe(expected);
    }
  });

  it('ignores sort, limit and cursor, and shows another tenant zeros', async () => {
    const plain = await counts(tokens.unit);
    expect(await counts(tokens.unit, { sort: 'name', limit: 1, cursor: 'whatever' })).toEqual(plain);
    const foreign = await counts(tokens.foreign);
    expect(foreign.total).toBe(0);
    expect(Object.values(foreign.byStatus).every((n) => n === 0)).toBe(true);
  });

  it('counts a status filter only in its statuses', async () => {
    const c = await counts(tokens.bureau, { status: ['draft', 'rejected'] });
    const expected = seed.model.filter((m) => m.status === 'draft' || m.status === 'rejected');
    expect(c.total).toBe(expected.length);
    expect(c.byStatus.submitted).toBe(0);
    expect(c.byStatus.draft).toBe(expected.filter((m) => m.status === 'draft').length);
  });
});
