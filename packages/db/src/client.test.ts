import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, rawSqlOf } from './client.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

// Raw SQL for the job queue (pg-boss sends its own statements): the same behaviour on PGlite and
// PostgreSQL, and a failed multi-statement text never leaves a connection in an aborted transaction.
let t: TestDatabase;
let single: DbHandle;

beforeAll(async () => {
  t = await createTestDatabase();
  // On PostgreSQL one connection, so the statement after a failure surely runs on the same one.
  single = t.url ? await createDb({ databaseUrl: t.url, poolMax: 1 }) : t;
  await single.executeSql('create table raw_sql_probe (n int primary key)');
});
afterAll(async () => {
  if (single !== t) await single?.close();
  await t?.destroy();
});

const count = async () =>
  Number((await single.executeSql('select count(*)::int as n from raw_sql_probe')).rows[0]?.n);

describe('executeSql', () => {
  it('runs one parameterised statement and returns its rows', async () => {
    await single.executeSql('insert into raw_sql_probe (n) values ($1), ($2)', [1, 2]);
    const { rows } = await single.executeSql('select n from raw_sql_probe where n > $1 order by n', [0]);
    expect(rows).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('runs several statements with their own BEGIN/COMMIT; one failing rolls all back, the connection stays usable', async () => {
    await single.executeSql('delete from raw_sql_probe where n > $1', [0]);
    await single.executeSql(
      'BEGIN; insert into raw_sql_probe values (10); insert into raw_sql_probe values (11); COMMIT;',
    );
    expect(await count()).toBe(2);
    const failed = single.executeSql(
      'BEGIN; insert into raw_sql_probe values (12); insert into raw_sql_probe values (10); COMMIT;',
    );
    await expect(failed).rejects.toThrow(/duplicate key/);
    // Not "current transaction is aborted": the next statement runs, and 12 was rolled back with the rest.
    expect(await count()).toBe(2);
  });
});

describe('sqlTransaction', () => {
  it('commits its statements together, or none when the work throws', async () => {
    await single.executeSql('delete from raw_sql_probe where n > $1', [0]);
    await single.sqlTransaction(async (executeSql) => {
      await executeSql('insert into raw_sql_probe values ($1)', [20]);
      await executeSql('insert into raw_sql_probe values ($1)', [21]);
    });
    await expect(
      single.sqlTransaction(async (executeSql) => {
        await executeSql('insert into raw_sql_probe values ($1)', [22]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count()).toBe(2);
  });

  it('is what rawSqlOf finds behind a Drizzle handle', async () => {
    const raw = rawSqlOf(single.db);
    const { rows } = await raw.executeSql('select max(n)::int as n from raw_sql_probe where n > $1', [0]);
    expect(rows).toEqual([{ n: 21 }]);
  });
});
