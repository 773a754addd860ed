import type { DomainEvent, WebhookDelivery } from '@zhicheng/contracts';
import { domainEvents, webhookDeliveries } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobOptions, JobQueue } from '../src/jobs/job-queue.js';
import { createDeliveryService } from '../src/modules/webhooks/delivery-service.js';
import { systemResolver } from '../src/modules/webhooks/target-guard.js';
import { createAccount, createCompleteApplication, createForeignUnitAdmin } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { createWebhook, listDeliveries, settle, webhookTestConfig } from './webhooks-fixtures.js';
import { startReceiver, verifySignature } from './webhooks-receiver.js';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
const config = webhookTestConfig({ maxAttempts: 3 });

let t: TestApp;
let unitAdmin: string;
let bureau: string;
const receivers: Receiver[] = [];

async function receiver() {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

beforeAll(async () => {
  t = await createTestApp({ config: { webhooks: config } });
  unitAdmin = (await loginOk(t.app, 'unitadmin')).accessToken;
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
});

afterAll(async () => {
  await t?.close();
  await Promise.all(receivers.map((r) => r.close()));
});

/** Polls the deliveries list until `done` holds for its newest delivery. */
async function waitForDelivery(token: string, webhookId: string, done: (d: WebhookDelivery) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [newest] = (await listDeliveries(t, token, webhookId)).items;
    if (newest && done(newest)) return newest;
    if (Date.now() > deadline) throw new Error(`delivery never got there: ${JSON.stringify(newest)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('webhook deliveries end to end', () => {
  it('delivers a transition, signed, to the subscribers in scope, retrying a 500 after the back-off', async () => {
    const unitReceiver = await receiver();
    const foreignReceiver = await receiver();
    const bureauReceiver = await receiver();
    const unitHook = await createWebhook(t, unitAdmin, { url: unitReceiver.url });
    const foreign = await createForeignUnitAdmin(t);
    await createWebhook(t, foreign.token, {
      url: foreignReceiver.url,
      events: ['application.submitted', 'application.status_changed', 'publicity.window_recorded'],
    });
    const bureauHook = await createWebhook(t, bureau, {
      url: bureauReceiver.url,
      events: ['application.submitted'],
    });
    unitReceiver.respondWith(500);

    const applicant = await createAccount(t);
    const draft = await createCompleteApplication(t, applicant.token, applicant.userId);
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/transitions`,
      headers: bearer(applicant.token),
      payload: { action: 'submit' },
    });
    expect(submit.statusCode).toBe(200);

    // The first attempt failed with 500: the list shows it and when the retry is due (base 1 s).
    await unitReceiver.waitFor(1);
    const failedOnce = await waitForDelivery(unitAdmin, unitHook.id, (d) => d.attempts.length === 1);
    expect(failedOnce).toMatchObject({ status: 'pending', eventType: 'application.status_changed' });
    expect(failedOnce.attempts[0]).toMatchObject({ responseStatus: 500, error: null });
    const firstAt = Date.parse(failedOnce.attempts[0]?.at ?? '');
    expect(Date.parse(failedOnce.nextAttemptAt ?? '') - firstAt).toBe(1000);

    await unitReceiver.waitFor(2);
    const [first, second] = unitReceiver.received;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1000);
    // Every attempt sends the same bytes and event id; each is signed with the webhook's secret.
    expect(second?.body).toBe(first?.body);
    expect(second?.headers['x-zhicheng-event-id']).toBe(first?.headers['x-zhicheng-event-id']);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    for (const got of [first, second]) {
      expect(
        verifySignature(
          got?.headers['x-zhicheng-signature'] as string,
          got?.body ?? '',
          unitHook.secret,
          now,
        ),
      ).toBe(true);
      expect(
        verifySignature(
          got?.headers['x-zhicheng-signature'] as string,
          got?.body ?? '',
          bureauHook.secret,
          now,
        ),
      ).toBe(false);
    }
    const envelope = JSON.parse(first?.body ?? '');
    expect(envelope).toEqual({
      id: first?.headers['x-zhicheng-event-id'],
      type: 'application.status_changed',
      occurredAt: expect.any(String),
      data: expect.objectContaining({
        applicationId: draft.id,
        unitId: applicant.unitId,
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        actorRole: 'applicant',
      }),
    });

    const done = await waitForDelivery(unitAdmin, unitHook.id, (d) => d.status !== 'pending');
    expect(done).toMatchObject({ status: 'succeeded', nextAttemptAt: null });
    expect(done.attempts.map((a) => a.responseStatus)).toEqual([500, 200]);
    expect(done.completedAt).not.toBeNull();

    // The bureau sees every unit's events, here only the type it subscribed to.
    await bureauReceiver.waitFor(1);
    await settle(t);
    expect(bureauReceiver.received).toHaveLength(1);
    expect(bureauReceiver.received[0]?.headers['x-zhicheng-event-type']).toBe('application.submitted');
    expect(JSON.parse(bureauReceiver.received[0]?.body ?? '').data.applicationId).toBe(draft.id);
    // Another unit's webhook gets nothing of this unit.
    expect(foreignReceiver.received).toHaveLength(0);
  });

  it('gives up after WEBHOOK_MAX_ATTEMPTS, waiting base, then 2×base between attempts', async () => {
    const failing = await receiver();
    failing.respondWith(500, 503, 502);
    const hook = await createWebhook(t, bureau, { url: failing.url });
    const ping = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.id}/ping`,
      headers: bearer(bureau),
    });
    expect(ping.statusCode).toBe(202);

    await failing.waitFor(3);
    const gaps = failing.received
      .slice(1)
      .map((r, i) => r.receivedAt - (failing.received[i]?.receivedAt ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(1000);
    expect(gaps[1]).toBeGreaterThanOrEqual(2000);
    const done = await waitForDelivery(bureau, hook.id, (d) => d.status !== 'pending');
    expect(done).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(done.attempts.map((a) => a.responseStatus)).toEqual([500, 503, 502]);
    await settle(t);
    expect(failing.received).toHaveLength(3);
  });
});

/** A queue that only records what is sent, to drive the delivery service's steps one by one. */
function recordingQueue() {
  const sent: { name: string; data: object; options: JobOptions | undefined }[] = [];
  const queue: JobQueue = {
    async send(name, data, options) {
      sent.push({ name, data, options });
      return String(sent.length);
    },
    async work() {},
    async schedule() {},
    async idle() {},
    async stop() {},
  };
  return { sent, queue };
}

describe('webhook fan-out and attempts are idempotent', () => {
  it('a re-run consumer adds no delivery; a repeated attempt job sends nothing twice', async () => {
    const r = await receiver();
    const hook = await createWebhook(t, unitAdmin, { url: r.url, events: ['publicity.window_recorded'] });
    const { sent, queue } = recordingQueue();
    const service = createDeliveryService({
      db: t.database.db,
      clock: t.clock,
      queue,
      config,
      resolve: systemResolver,
    });
    const demoUnit = (await createAccount(t)).unitId;
    const [row] = await t.database.db
      .insert(domainEvents)
      .values({
        type: 'publicity.window_recorded',
        data: {},
        unitId: null,
        occurredAt: t.clock.now(),
        // Already relayed: the app's own consumer leaves it alone.
        dispatchedAt: t.clock.now(),
      })
      .returning();
    const app = (unitId: string, id: string) => ({
      applicationId: id,
      cycleId: 'c',
      unitId,
      departmentId: 'd',
      committeeId: 'k',
      applicant: { id: `p-${id}`, name: '某某' },
    });
    const event = {
      id: row?.id ?? '',
      type: 'publicity.window_recorded',
      occurredAt: t.clock.now().toISOString(),
      data: {
        windowId: 'w',
        stage: 'result',
        startsOn: '2026-12-01',
        endsOn: '2026-12-07',
        applications: [app(demoUnit, 'mine'), app('00000000-0000-4000-8000-00000000000f', 'theirs')],
      },
    } as DomainEvent;

    await service.consumer.handle(event);
    await service.consumer.handle(event);
    const rows = await t.database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, hook.id));
    expect(rows).toHaveLength(1);
    // A unit sees only its own applications of a window that spans units.
    expect(
      JSON.parse(rows[0]?.body ?? '').data.applications.map(
        (a: { applicationId: string }) => a.applicationId,
      ),
    ).toEqual(['mine']);
    // Both runs queue the never-attempted delivery under the same singleton key (the queue keeps one).
    const keys = sent.filter((s) => (s.data as { deliveryId: string }).deliveryId === rows[0]?.id);
    expect(keys.map((s) => s.options?.singletonKey)).toEqual([rows[0]?.id, rows[0]?.id]);

    const job = { deliveryId: rows[0]?.id ?? '', attempt: 0 };
    await service.attempt(job);
    await service.attempt(job);
    expect(r.received).toHaveLength(1);
    const [after] = await t.database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, job.deliveryId));
    expect(after).toMatchObject({ status: 'succeeded', attemptCount: 1 });
  });
});

describe('the webhook sweep', () => {
  it('re-queues a pending delivery whose next attempt is long overdue, and only that one', async () => {
    const hook = await createWebhook(t, bureau, { url: 'http://127.0.0.1:9/never' });
    const { sent, queue } = recordingQueue();
    const service = createDeliveryService({
      db: t.database.db,
      clock: t.clock,
      queue,
      config,
      resolve: systemResolver,
    });
    const now = t.clock.now().getTime();
    const row = (eventId: string, nextAttemptAt: Date, status: 'pending' | 'failed' = 'pending') => ({
      webhookId: hook.id,
      eventId,
      eventType: 'webhook.ping',
      body: '{}',
      status,
      attemptCount: 2,
      nextAttemptAt,
    });
    const inserted = await t.database.db
      .insert(webhookDeliveries)
      .values([
        row('00000000-0000-4000-8000-0000000000a1', new Date(now - 10 * 60_000)),
        row('00000000-0000-4000-8000-0000000000a2', new Date(now - 60_000)),
        row('00000000-0000-4000-8000-0000000000a3', new Date(now - 10 * 60_000), 'failed'),
      ])
      .returning();
    await service.sweep();
    const mine = sent.filter((s) =>
      inserted.some((r) => r.id === (s.data as { deliveryId: string }).deliveryId),
    );
    expect(mine.map((s) => s.data)).toEqual([{ deliveryId: inserted[0]?.id, attempt: 2 }]);
    expect(mine[0]?.options?.singletonKey).toBe(`${inserted[0]?.id}:2:sweep:${Math.floor(now / 300_000)}`);
    await t.database.db.delete(webhookDeliveries).where(eq(webhookDeliveries.webhookId, hook.id));
  });
});
