import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgBossQueue } from '../src/jobs/pg-boss-queue.js';

// A worker killed in the middle of a job (SIGKILL: no shutdown hook runs) does not lose it: once the job
// has been active longer than its expiry, the next process's maintenance fails it and it is retried.
// Needs a database two processes share, so it runs on PostgreSQL (DATABASE_URL) only.
const workerScript = fileURLToPath(new URL('./jobs-crash-worker.ts', import.meta.url));
let database: TestDatabase;
let child: ChildProcess | undefined;

/** Resolves with the first stdout line of the child that matches. */
function lineOf(process: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern}: ${buffered}`)), timeoutMs);
    process.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const found = pattern.exec(buffered);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    process.once('exit', (code) => reject(new Error(`worker exited (${code}): ${buffered}`)));
  });
}

describe.skipIf(!process.env.DATABASE_URL)('a worker killed mid-job', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await database?.destroy();
  });

  it('leaves the job to be finished after a restart', async () => {
    child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', workerScript], {
      env: { ...process.env, CRASH_DATABASE_URL: database.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await lineOf(child, /ready/);

    const sender = createPgBossQueue({
      executeSql: database.executeSql,
      pollSeconds: 0.5,
      onError: () => {},
    });
    const id = await sender.send('crash.blocking', { step: 'thumbnail' }, { expireInSeconds: 2 });
    await sender.stop();
    const [, startedId] = await lineOf(child, /started (\S+)/);
    expect(startedId).toBe(id);

    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const state = await database.executeSql('select state from pgboss.job where id = $1', [id]);
    expect(state.rows[0]?.state).toBe('active');

    // The restart: the same job kind, now with a handler that finishes.
    const restarted = createPgBossQueue({
      executeSql: database.executeSql,
      pollSeconds: 0.5,
      maintenanceSeconds: 1,
      onError: () => {},
    });
    const finished = new Promise<{ id: string; data: object }>((resolve) => {
      void restarted.work<{ step: string }>('crash.blocking', async (job) => resolve(job), {
        expireInSeconds: 2,
        retryDelaySeconds: 1,
      });
    });
    await restarted.start();
    expect(await finished).toEqual({ id, data: { step: 'thumbnail' } });
    await restarted.idle();
    const done = await database.executeSql(
      'select state, retry_count as "retryCount" from pgboss.job where id = $1',
      [id],
    );
    expect(done.rows[0]).toEqual({ state: 'completed', retryCount: 1 });
    await restarted.stop();
  }, 60_000);
});
