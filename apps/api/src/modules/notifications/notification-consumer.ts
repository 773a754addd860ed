import type { DomainEvent } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { EventConsumer } from '../../jobs/job-queue.js';
import type { NotificationDelivery } from './notification-delivery.js';
import { publicityStartedText, statusChangedText } from './notification-texts.js';
import { type NotificationDraft, notificationsRepository as repo } from './notifications-repository.js';

/**
 * The outbox consumer that tells applicants what happened to their applications: returns (with the
 * one notice), rejections, approvals at each stage and publicity windows. Idempotent by event id: the
 * event id is each notification's dedupe key.
 */
export function createNotificationConsumer(deps: { db: Db; delivery: NotificationDelivery }): EventConsumer {
  return {
    name: 'notifications',
    async handle(event) {
      await deps.delivery.deliver(await draftsFor(deps.db, event));
    },
  };
}

/** The notifications one event produces (none for transitions the applicant made or needs no word of). */
export async function draftsFor(db: Db, event: DomainEvent): Promise<NotificationDraft[]> {
  // Listed by when it happened, however late the relay delivers it.
  const at = { dedupeKey: event.id, createdAt: new Date(event.occurredAt) };
  switch (event.type) {
    case 'application.status_changed': {
      const { data } = event;
      const names = await repo.qualificationNames(db, [data.applicationId]);
      const text = statusChangedText(data, names.get(data.applicationId) ?? '');
      if (!text) return [];
      return [{ ...text, userId: data.applicant.id, applicationId: data.applicationId, ...at }];
    }
    case 'publicity.window_recorded': {
      const { data } = event;
      const names = await repo.qualificationNames(
        db,
        data.applications.map((a) => a.applicationId),
      );
      return data.applications.map((a) => ({
        ...publicityStartedText(data, names.get(a.applicationId) ?? ''),
        userId: a.applicant.id,
        applicationId: a.applicationId,
        ...at,
      }));
    }
    // Also emitted as application.status_changed: nothing to tell the applicant who just submitted.
    case 'application.submitted':
      return [];
  }
}
