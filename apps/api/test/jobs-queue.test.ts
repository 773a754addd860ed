import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPgBossQueue, type PgBossQueueOptions } from '../src/jobs/pg-boss-queue.js';

// The durable queue itself (ADR 0008), on the test database (PGlite, or PostgreSQL with DATABASE_URL).
// Each queue instance stands for one process; several on one database are replicas, or a restart.
let database: TestDatabase;
const running: ReturnType<typeof createPgBossQueue>[] = [];
const errors: unknown[] = [];

function newQueue(options: Partial<PgBossQueueOptions> = {}) {
  const queue = createPgBossQueue({
    executeSql: database.executeSql,
    pollSeconds: 0.5,
    // Handlers that throw on purpose report here too; tests look at what they expect.
    onError: (error) => errors.push(error),
    ...options,
  });
  running.push(queue);
  return queue;
}

async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const jobRow = async (name: string, id: string) =>
  (
    await database.executeSql(
      'select state, retry_count as "retryCount" from pgboss.job where name = $1 and id = $2',
      [name, id],
    )
  ).rows[0] as { state: string; retryCount: number } | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const queue of running.splice(0)) await queue.stop();
});
afterAll(async () => {
  await database?.destroy();
});

describe('the job queue', () => {
  it('runs a job sent before a restart once the next process works its kind', async () => {
    const before = newQueue();
    await before.start();
    const id = await before.send('restart.kind', { fileId: 'f-1' });
    expect(id).toBeTruthy();
    await before.stop();

    const after = newQueue();
    const seen: unknown[] = [];
    await after.work<{ fileId: string }>('restart.kind', async (job) => {
      seen.push({ id: job.id, data: job.data });
    });
    await after.start();
    await waitFor(() => (seen.length > 0 ? true : undefined));
    await after.idle();
    expect(seen).toEqual([{ id, data: { fileId: 'f-1' } }]);
    expect((await jobRow('restart.kind', id ?? ''))?.state).toBe('completed');
  });

  it('drops a second send with the same singleton key', async () => {
    const queue = newQueue();
    const seen: string[] = [];
    await queue.work<{ n: number }>('singleton.kind', async (job) => {
      seen.push(job.id);
    });
    await queue.start();
    const first = await queue.send('singleton.kind', { n: 1 }, { singletonKey: 'file-9' });
    const second = await queue.send('singleton.kind', { n: 2 }, { singletonKey: 'file-9' });
    const other = await queue.send('singleton.kind', { n: 3 }, { singletonKey: 'file-10' });
    await queue.idle();
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    expect(seen.sort()).toEqual([first, other].sort());
  });

  it('retries a failing job with exponential back-off, then moves it to its dead-letter queue', async () => {
    const queue = newQueue();
    const attempts: number[] = [];
    await queue.work(
      'flaky.kind',
      async () => {
        attempts.push(Date.now());
        throw new Error('provider down');
      },
      { retryLimit: 2, retryDelaySeconds: 1 },
    );
    await queue.start();
    const id = await queue.send('flaky.kind', { to: '13800000000' });
    const [dead] = await waitFor(async () => {
      const rows = await queue.deadLetters('flaky.kind');
      return rows.length > 0 ? rows : undefined;
    });
    // The first try and two retries; the delay doubles (1 s, then 2 s, each up to twice that with jitter).
    expect(attempts).toHaveLength(3);
    const [a = 0, b = 0, c = 0] = attempts;
    expect(b - a).toBeGreaterThanOrEqual(900);
    expect(c - b).toBeGreaterThanOrEqual(1900);
    expect(dead?.data).toEqual({ to: '13800000000' });
    expect(await jobRow('flaky.kind', id ?? '')).toEqual({ state: 'failed', retryCount: 2 });
    // Dead letters are kept, not worked: the queue is idle with one waiting there.
    await queue.idle();
  });

  it('runs a scheduled job once per tick with two replicas on one database', async () => {
    // pg-boss de-duplicates a tick within its minute: stay clear of a minute boundary.
    if (new Date().getSeconds() > 35)
      await new Promise((r) => setTimeout(r, (61 - new Date().getSeconds()) * 1000));
    const runs: string[] = [];
    const replicas = [newQueue({ cronCheckSeconds: 1 }), newQueue({ cronCheckSeconds: 1 })];
    for (const [i, replica] of replicas.entries()) {
      await replica.work('tick.kind', async () => {
        runs.push(`replica ${i}`);
      });
      await replica.schedule('tick.kind', '* * * * *');
    }
    await Promise.all(replicas.map((r) => r.start()));
    await waitFor(() => (runs.length > 0 ? true : undefined));
    // Both replicas keep checking the schedule every second meanwhile.
    await new Promise((r) => setTimeout(r, 6000));
    await Promise.all(replicas.map((r) => r.idle()));
    expect(runs).toHaveLength(1);
    // Up to 25 s waiting for a fresh minute, then 6 s of watching: more than the default 30 s.
  }, 90_000);

  it('idle() waits for due and running jobs, not for delayed ones', async () => {
    const queue = newQueue();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let ran = 0;
    await queue.work('gated.kind', async () => {
      ran += 1;
      await gate;
    });
    await queue.start();
    await queue.send('gated.kind', {}, { startAfterSeconds: 3600 });
    await queue.idle();
    expect(ran).toBe(0);

    await queue.send('gated.kind', {});
    let idle = false;
    const waiting = queue.idle().then(() => {
      idle = true;
    });
    await waitFor(() => (ran === 1 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    expect(idle).toBe(false);
    release();
    await waiting;
    expect(idle).toBe(true);
  });
});
