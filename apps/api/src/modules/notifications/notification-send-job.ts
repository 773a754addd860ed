import type { Db } from '@zhicheng/db';
import type { SmsSender } from '../sms/sms-sender.js';
import type { EmailSender } from './email-sender.js';
import type { NotificationSendData } from './notification-delivery.js';
import { emailText, smsText } from './notification-texts.js';
import { notificationsRepository as repo } from './notifications-repository.js';

export interface NotificationSenderDeps {
  db: Db;
  sms: SmsSender;
  email: EmailSender;
  smsSignature: string;
  /** Where the e-mail points people to (PUBLIC_URL). */
  publicUrl: string;
}

/**
 * The `notification.send` job: sends one notification over one channel. Choices and contacts are read
 * again when it runs, so a channel switched off (or a contact removed) since it was queued is skipped;
 * a failing provider throws and the queue retries.
 */
export function createNotificationSender(deps: NotificationSenderDeps) {
  return async function sendNotification({ notificationId, channel }: NotificationSendData): Promise<void> {
    const n = await repo.forSending(deps.db, notificationId);
    if (n?.status !== 'active') return;
    if (channel === 'sms') {
      if (n.sms && n.mobile) await deps.sms.send(n.mobile, smsText(deps.smsSignature, n));
      return;
    }
    if (n.emailChosen && n.email) await deps.email.send({ to: n.email, ...emailText(n, deps.publicUrl) });
  };
}
