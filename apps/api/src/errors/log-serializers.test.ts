import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { appLoggerOptions } from '../lib/logger-options.js';
import { errorForLog, urlForLog } from './log-serializers.js';

const idNumber = '11010519491231002X';
const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';

/** A failed insert as drizzle reports it: the SQL, every parameter, and PostgreSQL's error as cause. */
function failedInsert() {
  const cause = Object.assign(
    new Error('duplicate key value violates unique constraint "users_id_number_key"'),
    {
      code: '23505',
      severity: 'ERROR',
      constraint: 'users_id_number_key',
      table: 'users',
      schema: 'public',
      detail: `Key (id_number)=(${idNumber}) already exists.`,
    },
  );
  return new DrizzleQueryError(
    'insert into "users" ("username", "password_hash", "id_number") values ($1, $2, $3)',
    ['zhangsan', hash, idNumber],
    cause,
  );
}

/** An app with the production logger options, its log lines collected. */
async function appWithLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = Fastify({ logger: { ...appLoggerOptions('info'), stream } });
  app.get('/api/v1/search', async (request) => {
    request.log.error({ err: failedInsert() }, 'unhandled error');
    return { ok: true };
  });
  await app.ready();
  return { app, log: () => lines.join('') };
}

describe('the app logger', () => {
  it('logs a failed query with its SQL, code and constraint, but not its parameters or detail', async () => {
    const { app, log } = await appWithLog();
    await app.inject({ method: 'GET', url: '/api/v1/search' });
    const text = log();
    expect(text).toContain('users_id_number_key');
    expect(text).toContain('23505');
    expect(text).toContain('insert into \\"users\\"');
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain('zhangsan');
    await app.close();
  });

  it('logs request URLs with the names of query keys only', async () => {
    const { app, log } = await appWithLog();
    await app.inject({ method: 'GET', url: `/api/v1/search?q=${idNumber}&limit=20` });
    const text = log();
    expect(text).toContain('"url":"/api/v1/search?q=&limit="');
    expect(text).not.toContain(idNumber);
    await app.close();
  });
});

describe('errorForLog', () => {
  it('drops values PostgreSQL quotes in messages and keeps the cause chain', () => {
    const error = new Error('wrapped', {
      cause: Object.assign(new Error(`invalid input syntax for type uuid: "${idNumber}"`), { code: '22P02' }),
    });
    const logged = JSON.stringify(errorForLog(error));
    expect(logged).toContain('22P02');
    expect(logged).toContain('invalid input syntax for type uuid');
    expect(logged).not.toContain(idNumber);
  });
});

describe('urlForLog', () => {
  it('keeps a path without a query as it is', () => {
    expect(urlForLog('/api/v1/applications/1')).toBe('/api/v1/applications/1');
    expect(urlForLog('/api/v1/units?')).toBe('/api/v1/units');
  });
});
