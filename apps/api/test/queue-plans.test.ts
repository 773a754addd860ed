import { seedLarge } from '@zhicheng/db/seed-large';
import { captureQueries, createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// Issue #17: at 100,000 applications the reviewer queues read indexes, never the whole table, and a page
// costs the same number of queries whatever its size (no N+1). The plans are PostgreSQL's own, from
// EXPLAIN (ANALYZE, BUFFERS) of exactly the statements the routes send.
const N = 100_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scansOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(scansOf)];
}

describe.skipIf(!process.env.DATABASE_URL)(`the queues at ${N.toLocaleString('en')} applications`, () => {
  let database: TestDatabase;
  let twoCharacters = '';
  let someone = { idNumber: '', username: '' };
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedLarge(database, { applications: N, seed: 17 });
    // The commonest two-character start of an applicant's name: a surname and a given name's first
    // character, the commonest search, and the one that matches the most people.
    const common = await database.pool?.query<{ start: string }>(
      `select left(name, 2) as start from users where role = 'applicant' group by 1 order by count(*) desc limit 1`,
    );
    twoCharacters = common?.rows[0]?.start ?? '';
    const person = await database.pool?.query<{ id_number: string; username: string }>(
      `select id_number, username from users where role = 'applicant' order by username limit 1 offset 500`,
    );
    someone = { idNumber: person?.rows[0]?.id_number ?? '', username: person?.rows[0]?.username ?? '' };
    t = await createTestApp({ database });
    for (const user of ['unitadmin', 'swjreviewer', 'slsecretary', 'bureauadmin'])
      tokens[user] = (await loginOk(t.app, user)).accessToken;
  }, 900_000);
  afterAll(async () => {
    await t?.close();
    await database?.destroy();
  });

  async function request(user: string, path: string) {
    const { result, queries } = await captureQueries(() =>
      t.app.inject({ method: 'GET', url: `/api/v1${path}`, headers: bearer(tokens[user] ?? '') }),
    );
    expect(result.statusCode, result.body).toBe(200);
    return { response: result, queries };
  }

  /** Sequential scans of applications or accounts in the plans of what the request sent. */
  async function sequentialScans(user: string, path: string): Promise<string[]> {
    const { queries } = await request(user, path);
    const found: string[] = [];
    for (const q of queries.filter((q) => /"applications"|"users"/.test(q.text))) {
      const pool = database.pool;
      if (!pool) throw new Error('PostgreSQL only');
      const plan = await pool.query(`explain (analyze, buffers, format json) ${q.text}`, q.values);
      const root = (plan.rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0]?.Plan;
      for (const node of root ? scansOf(root) : [])
        if (
          node['Node Type'] === 'Seq Scan' &&
          ['applications', 'users'].includes(node['Relation Name'] ?? '')
        )
          found.push(`${node['Relation Name']} in: ${q.text.slice(0, 120)}`);
    }
    return found;
  }

  it.each([
    ['unit queue by status', 'unitadmin', '/applications?status=unit_review&limit=20'],
    ['department queue, newest first', 'swjreviewer', '/applications?limit=20&sort=-submittedAt'],
    ['department queue, oldest first', 'swjreviewer', '/applications?limit=20&sort=submittedAt'],
    ['committee queue', 'slsecretary', '/applications?limit=20'],
    ['bureau, everything', 'bureauadmin', '/applications?limit=20'],
    ['name search', 'bureauadmin', () => `/applications?limit=20&q=${encodeURIComponent(twoCharacters)}`],
    ['ID number search', 'bureauadmin', () => `/applications?limit=20&q=${someone.idNumber}`],
    ['birth date search', 'bureauadmin', () => `/applications?limit=20&q=${someone.idNumber.slice(6, 14)}`],
    ['account search in a department', 'swjreviewer', () => `/applications?limit=20&q=${someone.username}`],
    ['department counts', 'swjreviewer', '/applications/counts'],
    ['bureau counts', 'bureauadmin', '/applications/counts'],
  ] as const)('%s reads an index, not the whole table', async (_label, user, path) => {
    const scans = await sequentialScans(user, typeof path === 'function' ? path() : path);
    expect(scans, scans.join('\n')).toEqual([]);
  });

  it('answers a page of 5 and a page of 50 with the same queries (no query per row)', async () => {
    const small = await request('swjreviewer', '/applications?limit=5');
    const large = await request('swjreviewer', '/applications?limit=50');
    expect(large.response.json().items).toHaveLength(50);
    expect(large.queries.length).toBe(small.queries.length);
    expect(small.queries.length).toBeLessThanOrEqual(3); // the session, the page, the total
  });

  it('opens any application with a few queries, however much it holds (no query per row)', async () => {
    const { response } = await request('swjreviewer', '/applications?limit=30');
    const items: { id: string; status: string }[] = response.json().items;
    /** The fewest of two tries: a catalogue cache refresh or a session touch may add a query once. */
    async function queriesOf(path: string) {
      const first = await request('swjreviewer', path);
      const second = await request('swjreviewer', path);
      return { n: Math.min(first.queries.length, second.queries.length), body: second.response.json() };
    }
    const timelines: { status: string; entries: number; queries: number }[] = [];
    for (const { id, status } of items) {
      expect((await queriesOf(`/applications/${id}`)).n).toBeLessThanOrEqual(4);
      // 23 sections: a query per section would show here.
      expect((await queriesOf(`/applications/${id}/sections`)).n).toBeLessThanOrEqual(5);
      const { n, body } = await queriesOf(`/applications/${id}/timeline`);
      timelines.push({ status, entries: (body.items ?? body).length, queries: n });
    }
    // Timelines of different lengths; in each status (a returned one also reads its return notice)
    // every timeline is read with the same number of queries, whatever its length.
    expect(new Set(timelines.map((x) => x.entries)).size).toBeGreaterThan(1);
    for (const status of new Set(timelines.map((x) => x.status))) {
      const counts = new Set(timelines.filter((x) => x.status === status).map((x) => x.queries));
      expect([status, counts.size]).toEqual([status, 1]);
    }
  });
});
