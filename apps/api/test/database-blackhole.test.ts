import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { createDb, type DbHandle, demoAccounts, runSeeds } from '@zhicheng/db';
import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginOk, type TestApp } from './helpers.js';

// A network that silently drops bytes (a firewall change, a half-dead NAT entry) neither refuses nor resets
// connections: only timeouts notice it. The pool must give up on such connections, /readyz must say so
// quickly, and everything must heal by itself once bytes flow again. PGlite has no network.
const onPostgres = Boolean(process.env.DATABASE_URL);

/** A TCP proxy to PostgreSQL that can swallow every byte in both directions while keeping sockets open. */
async function startBlackholeProxy(target: URL) {
  let blackholed = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => {
      if (!blackholed) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!blackholed) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.toString(),
    blackhole: () => {
      blackholed = true;
    },
    resume: () => {
      blackholed = false;
    },
    async close() {
      if (!server.listening) return;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let base: TestDatabase;
let proxy: Awaited<ReturnType<typeof startBlackholeProxy>>;
let proxied: DbHandle;
let t: TestApp;

beforeAll(async () => {
  if (!onPostgres) return;
  base = await createTestDatabase();
  await runSeeds(base.db, { demo: true });
  if (!base.url) throw new Error('PostgreSQL test database without a URL');
  proxy = await startBlackholeProxy(new URL(base.url));
  // Short limits so the test runs in seconds; production defaults are in config.ts.
  proxied = await createDb({
    databaseUrl: proxy.url,
    poolMax: 4,
    timeouts: { queryMs: 1500, statementMs: 1000, connectMs: 1000, idleMs: 60_000, pingMs: 800 },
    onPoolError: () => {},
  });
  t = await createTestApp({ database: { ...proxied, url: proxy.url, destroy: async () => {} } });
});
afterAll(async () => {
  await t?.close();
  await proxied?.close().catch(() => {});
  await proxy?.close();
  await base?.destroy();
});

const readyz = async () => {
  const started = Date.now();
  const response = await t.app.inject({ method: 'GET', url: '/readyz' });
  return { status: response.statusCode, ms: Date.now() - started, body: response.json() };
};

async function waitFor(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not reached within ${withinMs} ms`);
}

describe.skipIf(!onPostgres)(
  'database blackhole (PostgreSQL only: PGlite is embedded, without a network)',
  () => {
    it('readiness goes 503 within seconds, requests get 503 problem+json, and all heals without a restart', async () => {
      const username = demoAccounts[0]?.username ?? '';
      expect((await readyz()).status).toBe(200);
      await loginOk(t.app, username);

      proxy.blackhole();
      // In-flight and new requests fail with 503 problem+json after the query timeout, not hang, not 500.
      // (Chained inject: a 503 for an unreachable database holds for every route and is not listed per
      // operation in the OpenAPI document the checked form compares with.)
      const attempt = (password: string) =>
        t.app.inject().post('/api/v1/auth/login').payload({ username, password }).end();
      const [during, parallel] = await Promise.all([attempt('x1'), attempt('x2')]);
      for (const response of [during, parallel]) {
        expect(response.statusCode).toBe(503);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      // Transactions too (Drizzle releases their client without the error): one per pooled connection, so
      // a connection kept after its lost query would poison every later ping.
      const transactions = await Promise.allSettled(
        [1, 2, 3, 4].map(() => proxied.db.transaction((tx) => tx.execute(sql`select 1`))),
      );
      expect(transactions.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
      const down = await readyz();
      expect(down.status).toBe(503);
      expect(down.body.checks).toEqual({ database: false, storage: true });
      expect(down.ms).toBeLessThan(2000); // a bounded ping: the load balancer gets an answer

      // Dropped bytes for a while, then the network comes back: no reset, no restart.
      await new Promise((r) => setTimeout(r, 3000));
      proxy.resume();
      // Within about one ping: a connection that lost a query was destroyed, not kept to time out once more
      // per pooled connection (with production limits that was minutes).
      await waitFor(async () => (await readyz()).status === 200, 2000);
      await loginOk(t.app, username);
      await proxied.db.transaction((tx) => tx.execute(sql`select 1`));
    }, 60_000);

    it('a closed port (database gone): 503 at once from /readyz and from requests', async () => {
      await proxy.close(); // connections reset, the port refuses
      const down = await readyz();
      expect(down.status).toBe(503);
      expect(down.ms).toBeLessThan(2000);
      const refused = await t.app
        .inject()
        .post('/api/v1/auth/login')
        .payload({ username: 'unitadmin', password: 'x3' })
        .end();
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }, 30_000);
  },
);
