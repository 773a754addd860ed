import type { Db, RawSql } from '@zhicheng/db';
import type { Jobs } from '../../jobs/jobs.js';
import type { Clock } from '../../lib/clock.js';
import type { SmsSender } from '../sms/sms-sender.js';
import {
  type ContactNotice,
  contactNoticeJob,
  contactNoticeOptions,
  createContactNoticeSender,
} from './contact-notice.js';
import type { EmailSender } from './email-sender.js';
import { createNotificationConsumer } from './notification-consumer.js';
import {
  createNotificationDelivery,
  type NotificationSendData,
  notificationSendJob,
  notificationSendOptions,
} from './notification-delivery.js';
import { createNotificationSender } from './notification-send-job.js';
import { reminderSweepCron, reminderSweepJob, sweepReminders } from './reminder-sweep.js';

export interface NotificationJobsDeps {
  db: Db;
  /** Raw SQL on the same database: a delivery writes its notifications and queues their sends in one transaction. */
  sql: RawSql;
  clock: Clock;
  sms: SmsSender;
  email: EmailSender;
  smsSignature: string;
  publicUrl: string;
}

/**
 * The notifications' background work: the `notifications` outbox consumer, the per-channel send job and
 * the daily reminder sweep (08:00 China time, by the injected clock).
 */
export async function registerNotificationJobs(
  jobs: Pick<Jobs, 'queue' | 'consumeEvents'>,
  deps: NotificationJobsDeps,
): Promise<void> {
  const delivery = createNotificationDelivery({ sql: deps.sql, clock: deps.clock, queue: jobs.queue });
  jobs.consumeEvents(createNotificationConsumer({ db: deps.db, delivery }));
  const send = createNotificationSender(deps);
  await jobs.queue.work<NotificationSendData>(
    notificationSendJob,
    (job) => send(job.data),
    notificationSendOptions,
  );
  const sendNotice = createContactNoticeSender(deps);
  await jobs.queue.work<ContactNotice>(contactNoticeJob, (job) => sendNotice(job.data), contactNoticeOptions);
  await jobs.queue.work(
    reminderSweepJob,
    async () => {
      await sweepReminders({ db: deps.db, delivery }, deps.clock.now());
    },
    { oneAtATime: true },
  );
  await jobs.queue.schedule(reminderSweepJob, reminderSweepCron);
}
