import type { Db } from '@zhicheng/db';
import type { JobOptions, JobQueue } from '../../jobs/job-queue.js';
import type { Clock } from '../../lib/clock.js';
import { type NotificationDraft, notificationsRepository as repo } from './notifications-repository.js';

/** The job that sends one notification over one channel (SMS or e-mail), never in a request. */
export const notificationSendJob = 'notification.send';
export type NotificationChannel = 'sms' | 'email';
export interface NotificationSendData {
  notificationId: string;
  channel: NotificationChannel;
}

/** A provider that is down is retried for about half an hour, then the job is dead-lettered. */
const sendOptions: JobOptions = { retryLimit: 5, retryDelaySeconds: 60, expireInSeconds: 120 };

export type NotificationDelivery = ReturnType<typeof createNotificationDelivery>;

/**
 * The one way every producer (the event consumer, the reminder sweep) notifies people: writes the
 * in-app notifications not written before (their dedupe keys) and queues an SMS and an e-mail job
 * for each new one whose recipient chose that channel and has the contact on file (none otherwise).
 * A producer that runs twice writes and queues nothing the second time; the other side of that coin
 * is a crash between the insert and the sends, after which the in-app notification stands alone.
 */
export function createNotificationDelivery(deps: { db: Db; clock: Clock; queue: Pick<JobQueue, 'send'> }) {
  const { db, queue } = deps;
  return {
    /** Returns how many notifications were new. */
    async deliver(drafts: readonly NotificationDraft[]): Promise<number> {
      const created = await repo.insertNew(db, drafts, deps.clock.now());
      const channels = new Map(
        (
          await repo.channelsOf(
            db,
            created.map((n) => n.userId),
          )
        ).map((c) => [c.userId, c]),
      );
      for (const n of created) {
        const c = channels.get(n.userId);
        if (!c) continue;
        const chosen: NotificationChannel[] = [];
        if (c.sms && c.mobile) chosen.push('sms');
        if (c.emailChosen && c.email) chosen.push('email');
        for (const channel of chosen) {
          const data: NotificationSendData = { notificationId: n.id, channel };
          await queue.send(notificationSendJob, data, { ...sendOptions, singletonKey: `${n.id}:${channel}` });
        }
      }
      return created.length;
    },
  };
}
