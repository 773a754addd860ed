import { notificationPreferences, users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import type { JobOptions, JobQueue } from '../src/jobs/job-queue.js';
import {
  createNotificationDelivery,
  type NotificationSendData,
} from '../src/modules/notifications/notification-delivery.js';
import { createNotificationSender } from '../src/modules/notifications/notification-send-job.js';
import { createCapturingEmailSender, createCapturingSmsSender, type TestApp } from './helpers.js';

/** A queue that records the jobs sent to it, for driving producers before the real queue runs them. */
export function createRecordingQueue() {
  const sent: { name: string; data: object; options: JobOptions | undefined }[] = [];
  const queue: Pick<JobQueue, 'send'> = {
    async send(name, data, options) {
      sent.push({ name, data, options });
      return String(sent.length);
    },
  };
  return { queue, sent };
}

/**
 * The notification pipeline on the test app's database with a recording queue: `delivery` for the
 * producers, and `runSends()` working the queued `notification.send` jobs into capturing senders.
 */
export function createPipeline(t: TestApp) {
  const { queue, sent } = createRecordingQueue();
  const delivery = createNotificationDelivery({ db: t.database.db, clock: t.clock, queue });
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
