import { auditEvents, webhookDeliveries } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createForeignUnitAdmin } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { createWebhook, listDeliveries, settle, webhookTestConfig } from './webhooks-fixtures.js';
import { startReceiver, verifySignature } from './webhooks-receiver.js';

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let unitAdmin: string;
let bureau: string;
let foreignAdmin: string;

beforeAll(async () => {
  t = await createTestApp({ config: { webhooks: webhookTestConfig() } });
  receiver = await startReceiver();
  unitAdmin = (await loginOk(t.app, 'unitadmin')).accessToken;
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
  foreignAdmin = (await createForeignUnitAdmin(t)).token;
});

afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

describe('webhooks: owners and scope', () => {
  it('creates a unit webhook with its secret once; lists never show the secret', async () => {
    const created = await createWebhook(t, unitAdmin, {
      url: `${receiver.url}/unit`,
      events: ['application.status_changed', 'application.status_changed', 'publicity.window_recorded'],
      description: '人事系统',
    });
    expect(created).toMatchObject({
      url: `${receiver.url}/unit`,
      events: ['application.status_changed', 'publicity.window_recorded'],
      description: '人事系统',
      ownerKind: 'unit',
    });
    expect(created.unitId).toEqual(expect.any(String));
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: bearer(unitAdmin) });
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body).toMatchObject({ total: 1, nextCursor: null });
    expect(body.items[0]).toMatchObject({ id: created.id, url: created.url });
    expect(list.body).not.toContain(created.secret);

    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, created.id));
    expect(audit).toMatchObject({ action: 'webhook.created', targetType: 'webhook' });
    expect(JSON.stringify(audit?.details)).not.toContain(created.secret);
  });

  it('keeps each owner to its own webhooks: another unit and the bureau get 404 on a foreign id', async () => {
    const mine = await createWebhook(t, unitAdmin, { url: `${receiver.url}/mine` });
    const bureauHook = await createWebhook(t, bureau, { url: `${receiver.url}/bureau` });
    expect(bureauHook).toMatchObject({ ownerKind: 'bureau', unitId: null });

    for (const [token, id] of [
      [foreignAdmin, mine.id],
      [bureau, mine.id],
      [unitAdmin, bureauHook.id],
    ] as const) {
      for (const [method, url] of [
        ['DELETE', `/api/v1/webhooks/${id}`],
        ['GET', `/api/v1/webhooks/${id}/deliveries`],
        ['POST', `/api/v1/webhooks/${id}/ping`],
      ] as const) {
        const response = await t.app.inject({ method, url, headers: bearer(token) });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    }
    const foreignList = await t.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks',
      headers: bearer(foreignAdmin),
    });
    expect(foreignList.json()).toMatchObject({ items: [], total: 0 });
    const bureauList = await t.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks',
      headers: bearer(bureau),
    });
    expect(bureauList.json().items.map((w: { id: string }) => w.id)).toEqual([bureauHook.id]);
  });

  it('refuses everyone but unit and bureau admins', async () => {
    for (const username of ['unitoperator', 'applicant01', 'swjreviewer', 'slsecretary']) {
      const token = (await loginOk(t.app, username)).accessToken;
      const list = await t.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: bearer(token) });
      expect(list.statusCode, username).toBe(403);
      const create = await t.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: bearer(token),
        payload: { url: receiver.url, events: ['application.status_changed'] },
      });
      expect(create.statusCode, username).toBe(403);
    }
  });

  it('validates the body: URL scheme, at least one known event', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: bearer(unitAdmin),
      payload: { url: 'ftp://hooks.example.com/x', events: ['application.deleted'] },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['url', 'events.0']));
  });

  it('deletes a webhook with its deliveries', async () => {
    const hook = await createWebhook(t, unitAdmin, { url: `${receiver.url}/gone` });
    const ping = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.id}/ping`,
      headers: bearer(unitAdmin),
    });
    expect(ping.statusCode).toBe(202);
    await settle(t);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/webhooks/${hook.id}`,
      headers: bearer(unitAdmin),
    });
    expect(removed.statusCode).toBe(204);
    const rows = await t.database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, hook.id));
    expect(rows).toEqual([]);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/webhooks/${hook.id}`,
      headers: bearer(unitAdmin),
    });
    expect(again.statusCode).toBe(404);
  });
});

describe('webhooks: ping and the deliveries list', () => {
  it('sends a signed webhook.ping through the queue and records the attempt', async () => {
    const hook = await createWebhook(t, bureau, { url: `${receiver.url}/ping` });
    const before = receiver.received.length;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.id}/ping`,
      headers: bearer(bureau),
    });
    expect(response.statusCode).toBe(202);
    const queued = response.json();
    expect(queued).toMatchObject({ eventType: 'webhook.ping', status: 'pending', attempts: [] });

    await receiver.waitFor(before + 1);
    const got = receiver.received.at(-1);
    expect(got?.url).toBe('/hook/ping');
    expect(got?.headers['x-zhicheng-event-type']).toBe('webhook.ping');
    expect(got?.headers['x-zhicheng-event-id']).toBe(queued.eventId);
    expect(JSON.parse(got?.body ?? '')).toMatchObject({
      id: queued.eventId,
      type: 'webhook.ping',
      data: { webhookId: hook.id },
    });
    const t0 = Math.floor(t.clock.now().getTime() / 1000);
    expect(
      verifySignature(got?.headers['x-zhicheng-signature'] as string, got?.body ?? '', hook.secret, t0),
    ).toBe(true);

    await settle(t);
    const { items } = await listDeliveries(t, bureau, hook.id);
    expect(items[0]).toMatchObject({ id: queued.id, status: 'succeeded', nextAttemptAt: null });
    expect(items[0]?.attempts).toEqual([
      { at: expect.any(String), responseStatus: 200, error: null, durationMs: expect.any(Number) },
    ]);
    expect(items[0]?.completedAt).not.toBeNull();
  });

  it('pages newest first by cursor, with the total', async () => {
    const hook = await createWebhook(t, unitAdmin, { url: `${receiver.url}/paged` });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const ping = await t.app.inject({
        method: 'POST',
        url: `/api/v1/webhooks/${hook.id}/ping`,
        headers: bearer(unitAdmin),
      });
      ids.push(ping.json().id);
    }
    await settle(t);
    const first = await listDeliveries(t, unitAdmin, hook.id, '?limit=2');
    expect(first.total).toBe(5);
    expect(first.items.map((d) => d.id)).toEqual([ids[4], ids[3]]);
    const second = await listDeliveries(t, unitAdmin, hook.id, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((d) => d.id)).toEqual([ids[2], ids[1]]);
    const third = await listDeliveries(t, unitAdmin, hook.id, `?limit=2&cursor=${second.nextCursor}`);
    expect(third.items.map((d) => d.id)).toEqual([ids[0]]);
    expect(third.nextCursor).toBeNull();

    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/webhooks/${hook.id}/deliveries?cursor=not-a-cursor`,
      headers: bearer(unitAdmin),
    });
    expect(bad.statusCode).toBe(400);
  });
});
