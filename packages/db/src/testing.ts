import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type DbHandle } from './client.js';
import { migrate } from './migrate.js';

export interface TestDatabase extends DbHandle {
  /** Closes the connection and drops the database created for the test (PostgreSQL). */
  destroy(): Promise<void>;
  /** Connection string of the fresh database (PostgreSQL only). */
  url?: string;
}

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database when `DATABASE_URL` is set
 * (as CI does), an in-memory PGlite otherwise.
 */
export async function createTestDatabase(baseUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (!baseUrl) {
    const handle = await createDb();
    await migrate(handle);
    return { ...handle, destroy: () => handle.close() };
  }
  const name = `zc_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: url.toString(), poolMax: 5 });
  await migrate(handle);
  return {
    ...handle,
    url: url.toString(),
    async destroy() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: baseUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}
export { type CapturedQuery, captureQueries } from './query-capture.js';
