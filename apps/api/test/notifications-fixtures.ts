import { notificationPreferences, users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import type { JobToInsert, PgBossQueue } from '../src/jobs/pg-boss-queue.js';
import {
  createNotificationDelivery,
  type NotificationSendData,
} from '../src/modules/notifications/notification-delivery.js';
import { createNotificationSender } from '../src/modules/notifications/notification-send-job.js';
import { createCapturingEmailSender, createCapturingSmsSender, type TestApp } from './helpers.js';

/**
 * A queue that records the jobs inserted into it, for driving producers before the real queue runs them;
 * `failNext()` makes the next insert throw (a queue or database failure half-way through a delivery).
 */
export function createRecordingQueue() {
  const sent: JobToInsert[] = [];
  let failures = 0;
  const queue: Pick<PgBossQueue, 'insert' | 'wake'> = {
    async insert(jobs) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('simulated failure while queueing the sends');
      }
      sent.push(...jobs);
    },
    wake() {},
  };
  return {
    queue,
    sent,
    failNext(times = 1) {
      failures = times;
    },
  };
}

/**
 * The notification pipeline on the test app's database with a recording queue: `delivery` for the
 * producers, and `runSends()` working the queued `notification.send` jobs into capturing senders.
 */
export function createPipeline(t: TestApp) {
  const { queue, sent, failNext } = createRecordingQueue();
  const delivery = createNotificationDelivery({ sql: t.database, clock: t.clock, queue });
  const sms = createCapturingSmsSender();
  const email = createCapturingEmailSender();
  const sender = createNotificationSender({
    db: t.database.db,
    sms,
    email,
    smsSignature: '【职称申报】',
    publicUrl: 'https://zc.example.cn',
  });
  return {
    delivery,
    jobs: sent,
    /** The next time the delivery queues its sends, that fails (and the delivery with it). */
    failNext,
    sms: sms.sent,
    email: email.sent,
    /** Runs every job queued so far, once, and forgets them. */
    async runSends() {
      for (const job of sent.splice(0)) await sender(job.data as NotificationSendData);
    },
  };
}

/** Sets a person's contacts and channel choices directly (as an account with them on file would be). */
export async function setChannels(
  t: TestApp,
  userId: string,
  channels: { mobile?: string | null; email?: string | null; sms: boolean; emailChosen: boolean },
) {
  const db = t.database.db;
  await db
    .update(users)
    .set({ mobile: channels.mobile ?? null, email: channels.email ?? null })
    .where(eq(users.id, userId));
  const prefs = { sms: channels.sms, email: channels.emailChosen };
  await db
    .insert(notificationPreferences)
    .values({ userId, ...prefs })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: prefs });
}
