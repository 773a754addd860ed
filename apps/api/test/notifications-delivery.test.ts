import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@zhicheng/contracts';
import { applications, notifications } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationConsumer } from '../src/modules/notifications/notification-consumer.js';
import { createTestApp, type TestApp } from './helpers.js';
import { createPipeline, setChannels } from './notifications-fixtures.js';
import { insertApplication } from './result-publicity-fixtures.js';

// A delivery that dies half-way (issue #15): the consumer's job is retried, and the person still gets
// the in-app notification once and each chosen channel exactly once.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A department's rejection of a fresh applicant's application, who chose SMS and e-mail. */
async function rejection(): Promise<{ event: DomainEvent; userId: string }> {
  const { id } = await insertApplication(t, { status: 'rejected', outcome: null, reached: ['unit'] });
  const [a] = await t.database.db.select().from(applications).where(eq(applications.id, id));
  if (!a) throw new Error('no application');
  await setChannels(t, a.applicantId, {
    mobile: '13912340001',
    email: 'retry@example.cn',
    sms: true,
    emailChosen: true,
  });
  const event: DomainEvent = {
    id: randomUUID(),
    type: 'application.status_changed',
    occurredAt: t.clock.now().toISOString(),
    data: {
      applicationId: a.id,
      cycleId: a.cycleId,
      unitId: a.unitId,
      departmentId: a.departmentId,
      committeeId: a.committeeId,
      applicant: { id: a.applicantId, name: '公示人' },
      action: 'reject',
      fromStatus: 'dept_review',
      toStatus: 'rejected',
      outcome: null,
      actorRole: 'dept_reviewer',
      opinion: '材料不全',
      correction: null,
    },
  };
  return { event, userId: a.applicantId };
}

const rowsOf = (userId: string) =>
  t.database.db.select().from(notifications).where(eq(notifications.userId, userId));

describe('a notification delivery that fails half-way', () => {
  it('is retried into one notification, one SMS and one e-mail', async () => {
    const { event, userId } = await rejection();
    const pipeline = createPipeline(t);
    const consumer = createNotificationConsumer({ db: t.database.db, delivery: pipeline.delivery });

    // The first run fails while queueing the sends: nothing of it stays (no notification without its sends).
    pipeline.failNext();
    await expect(consumer.handle(event)).rejects.toThrow(/simulated failure/);
    expect(await rowsOf(userId)).toEqual([]);

    // The queue retries the event; then the relay hands it over once more after a lost acknowledgement.
    await consumer.handle(event);
    await consumer.handle(event);
    await pipeline.runSends();

    const rows = await rowsOf(userId);
    expect(rows.map((r) => `${r.kind} ${r.dedupeKey}`)).toEqual([`application_rejected ${event.id}`]);
    expect(pipeline.sms).toEqual([{ mobile: '13912340001', text: expect.stringContaining('材料不全') }]);
    expect(pipeline.email.map((m) => m.to)).toEqual(['retry@example.cn']);
  });

  it('queues each channel under a key of its notification, so the queue keeps one job per channel', async () => {
    const { event, userId } = await rejection();
    const pipeline = createPipeline(t);
    await createNotificationConsumer({ db: t.database.db, delivery: pipeline.delivery }).handle(event);
    const [row] = await rowsOf(userId);
    expect(pipeline.jobs.map((j) => [j.name, j.singletonKey])).toEqual([
      ['notification.send', `${row?.id}:sms`],
      ['notification.send', `${row?.id}:email`],
    ]);
  });
});
