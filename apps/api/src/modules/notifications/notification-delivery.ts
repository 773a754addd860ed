import type { RawSql } from '@zhicheng/db';
import type { WorkOptions } from '../../jobs/job-queue.js';
import type { JobToInsert, PgBossQueue } from '../../jobs/pg-boss-queue.js';
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
export const notificationSendOptions: WorkOptions = {
  retryLimit: 5,
  retryDelaySeconds: 60,
  expireInSeconds: 120,
};

/** What the delivery needs of the queue: jobs inserted in its own transaction, then a wake-up. */
export type NotificationSendQueue = Pick<PgBossQueue, 'insert' | 'wake'>;

export type NotificationDelivery = ReturnType<typeof createNotificationDelivery>;

/**
 * The one way every producer (the event consumer, the reminder sweep) notifies people: writes the
 * in-app notifications not written before (their dedupe keys) and, in the same transaction, queues an
 * SMS and an e-mail job for each new one whose recipient chose that channel and has the contact on
 * file. The notification and its sends commit together or not at all, so a producer that fails or
 * dies half-way is simply run again: the retry writes and queues what the failed run did not, and a
 * run after a successful one finds every dedupe key taken and queues nothing (however long after: it
 * does not rely on the queue still holding the jobs). Each job's singleton key is its notification and
 * channel, so the queue holds at most one per notification and channel.
 */
export function createNotificationDelivery(deps: {
  sql: RawSql;
  clock: Clock;
  queue: NotificationSendQueue;
}) {
  return {
    /** Returns how many notifications were new. */
    async deliver(drafts: readonly NotificationDraft[]): Promise<number> {
      if (drafts.length === 0) return 0;
      const { created, queued } = await deps.sql.sqlTransaction(async (executeSql) => {
        const rows = await repo.insertNew(executeSql, drafts, deps.clock.now());
        const channels = await repo.channelsOf(
          executeSql,
          rows.map((n) => n.userId),
        );
        const jobs = sendJobsFor(rows, new Map(channels.map((c) => [c.userId, c])));
        await deps.queue.insert(jobs, executeSql);
        return { created: rows.length, queued: jobs.length };
      });
      if (queued > 0) deps.queue.wake(notificationSendJob);
      return created;
    },
  };
}

type Channels = Awaited<ReturnType<typeof repo.channelsOf>>[number];

function sendJobsFor(
  created: readonly { id: string; userId: string }[],
  channels: ReadonlyMap<string, Channels>,
): JobToInsert[] {
  return created.flatMap((n) => {
    const c = channels.get(n.userId);
    if (!c) return [];
    const chosen: NotificationChannel[] = [];
    if (c.sms && c.mobile) chosen.push('sms');
    if (c.emailChosen && c.email) chosen.push('email');
    return chosen.map((channel) => ({
      name: notificationSendJob,
      data: { notificationId: n.id, channel } satisfies NotificationSendData,
      singletonKey: `${n.id}:${channel}`,
    }));
  });
}
