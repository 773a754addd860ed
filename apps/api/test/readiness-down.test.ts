import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { createLocalStorage } from '../src/storage/local-storage.js';

let database: TestDatabase;
let app: FastifyInstance;
let databaseUp = false;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    config: testConfig(),
    db: database.db,
    pingDatabase: async () => databaseUp,
    storage: createLocalStorage(join(tmpdir(), 'zc-objects')),
    logger: false,
  });
});
afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

describe('/readyz when dependencies are down', () => {
  it('answers 503 naming what is unreachable, and recovers', async () => {
    const down = await app.inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable', checks: { database: false, storage: true } });
    databaseUp = true;
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});
