import { createTestDatabase } from '@zhicheng/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';

describe('/readyz when dependencies are down', () => {
  it('answers 503 naming what is unreachable, and recovers', async () => {
    const database = await createTestDatabase();
    let databaseUp = false;
    const app = await buildApp({
      config: testConfig(),
      db: database.db,
      pingDatabase: async () => databaseUp,
      storage: { ping: async () => true },
      logger: false,
    });
    try {
      const down = await app.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({ status: 'unavailable', checks: { database: false, storage: true } });
      databaseUp = true;
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.destroy();
    }
  });
});
