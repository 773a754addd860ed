import type { SqlExecutor, Tx } from '@zhicheng/db';
import { type SQL, sql } from 'drizzle-orm';
import type { WorkOptions } from '../../jobs/job-queue.js';
import type { PgBossQueue } from '../../jobs/pg-boss-queue.js';
import type { SmsSender } from '../sms/sms-sender.js';
import type { EmailSender } from './email-sender.js';
import { emailText, smsText } from './notification-texts.js';

/**
 * The `account.contact-notice` job: one security notice to the contact an account had before a change
 * (the old mobile by SMS, the old e-mail). The address travels in the job, because the account now holds
 * the new one. Queued in the transaction of the change (ADR 0008), so it goes out exactly when the change
 * committed, survives a crash and is retried while the provider is down.
 */
export const contactNoticeJob = 'account.contact-notice';
export const contactNoticeOptions: WorkOptions = {
  retryLimit: 5,
  retryDelaySeconds: 60,
  expireInSeconds: 120,
};

export type ContactNotice =
  | { channel: 'sms'; mobile: string; title: string; body: string }
  | { channel: 'email'; email: string; title: string; body: string };

export type ContactNoticeQueue = Pick<PgBossQueue, 'insert' | 'wake'>;

/**
 * Raw SQL on a Drizzle transaction, so the queue's insert joins it (on PGlite every other call would wait
 * behind the open transaction). `$n` placeholders become bound parameters.
 */
function executorOf(tx: Tx): SqlExecutor {
  return async (text, values = []) => {
    const chunks: SQL[] = text
      .split(/\$(\d+)/)
      .map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1])}`));
    const result = (await tx.execute(sql.join(chunks))) as unknown as { rows?: Record<string, unknown>[] };
    return { rows: result.rows ?? [] };
  };
}

/** Queues the notices in the caller's transaction; `wake` the queue once it committed. */
export async function queueContactNotices(
  tx: Tx,
  queue: ContactNoticeQueue,
  notices: readonly ContactNotice[],
): Promise<void> {
  await queue.insert(
    notices.map((data) => ({ name: contactNoticeJob, data })),
    executorOf(tx),
  );
}

export function createContactNoticeSender(deps: {
  sms: SmsSender;
  email: EmailSender;
  smsSignature: string;
  publicUrl: string;
}) {
  return async function sendContactNotice(notice: ContactNotice): Promise<void> {
    if (notice.channel === 'sms') {
      await deps.sms.send(notice.mobile, smsText(deps.smsSignature, notice));
      return;
    }
    await deps.email.send({ to: notice.email, ...emailText(notice, deps.publicUrl) });
  };
}
