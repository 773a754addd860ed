import { chinaDate } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { NotificationDelivery } from './notification-delivery.js';
import { type Reminder, type ReminderKind, reminderText } from './notification-texts.js';
import type { NotificationDraft } from './notifications-repository.js';
import { chinaDayStart, remindersRepository as repo } from './reminders-repository.js';

/** The daily job, at 08:00 China time: deadlines in the next 3 days. */
export const reminderSweepJob = 'notification.reminders';
export const reminderSweepCron = '0 8 * * *';

/**
 * The reminders of a deadline, by how many days ahead it is (China-time days): 2–3 days ahead the
 * "3 days" one, 0–1 day (the deadline day itself included, while the deadline is still ahead) the
 * "1 day" one. Buckets rather than exact days, so a sweep that did not run on the day, or a deadline
 * first seen 2 days ahead, still gets its reminder.
 */
export const reminderLeads = [1, 3] as const;
export type ReminderLead = (typeof reminderLeads)[number];
const horizonDays = Math.max(...reminderLeads);

/** The bucket of a deadline `daysLeft` days ahead; undefined when past or further than 3 days. */
export function reminderLeadFor(daysLeft: number): ReminderLead | undefined {
  return daysLeft < 0 ? undefined : reminderLeads.find((lead) => daysLeft <= lead);
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface Due {
  reminder: Reminder;
  userId: string;
  applicationId: string;
  /** What the deadline belongs to (cycle, return, window): with the kind, day and lead, the dedupe key. */
  objectId: string;
  deadline: string;
}

/**
 * Finds the deadlines still ahead within 3 days of `now`'s China-time day (cycle close for unsubmitted
 * applications, a return's correctBy, a publicity window's end) and notifies their applicants of each
 * bucket not notified before: the dedupe key `reminder:<kind>:<object id>:<deadline>:<lead>` keeps each
 * reminder once however often the sweep runs (the texts say the days actually left). Returns how many
 * notifications were new.
 */
export async function sweepReminders(deps: { db: Db; delivery: NotificationDelivery }, now: Date) {
  const today = chinaDate(now);
  const last = addDays(today, horizonDays);
  const due = [
    ...(await cycleCloses(deps.db, now, last)),
    ...(await corrections(deps.db, today, last)),
    ...(await publicityEnds(deps.db, today, last)),
  ];
  const drafts: NotificationDraft[] = due.flatMap((d) => {
    const daysLeft = daysBetween(today, d.deadline);
    const lead = reminderLeadFor(daysLeft);
    if (lead === undefined) return [];
    return [
      {
        ...reminderText(d.reminder, daysLeft),
        userId: d.userId,
        applicationId: d.applicationId,
        dedupeKey: reminderKey(d.reminder.kind, d.objectId, d.deadline, lead),
      },
    ];
  });
  return deps.delivery.deliver(drafts);
}

export const reminderKey = (kind: ReminderKind, objectId: string, deadline: string, lead: ReminderLead) =>
  `reminder:${kind}:${objectId}:${deadline}:${lead}`;

/** Cycles closing after `now` and by the end of the China-time day `last`. */
async function cycleCloses(db: Db, now: Date, last: string): Promise<Due[]> {
  const rows = await repo.unsubmittedInClosingCycles(db, now, chinaDayStart(addDays(last, 1)));
  return rows.map((r) => {
    const closesOn = chinaDate(r.closesAt);
    return {
      reminder: {
        kind: 'cycle_close',
        cycleName: r.cycleName,
        closesOn,
        status: r.status as 'draft' | 'returned',
      },
      userId: r.applicantId,
      applicationId: r.applicationId,
      objectId: r.cycleId,
      deadline: closesOn,
    };
  });
}

async function corrections(db: Db, first: string, last: string): Promise<Due[]> {
  const rows = await repo.latestReturnsOfReturned(db);
  return rows.flatMap((r) => {
    const correctBy = r.correction?.correctBy;
    if (!correctBy || correctBy < first || correctBy > last) return [];
    return [
      {
        reminder: { kind: 'correction', qualification: r.qualification, correctBy },
        userId: r.applicantId,
        applicationId: r.applicationId,
        objectId: r.returnId,
        deadline: correctBy,
      },
    ];
  });
}

async function publicityEnds(db: Db, first: string, last: string): Promise<Due[]> {
  const rows = await repo.inWindowsEnding(db, first, last);
  return rows.map((r) => ({
    reminder: { kind: 'publicity_end', qualification: r.qualification, stage: r.stage, endsOn: r.endsOn },
    userId: r.applicantId,
    applicationId: r.applicationId,
    objectId: r.windowId,
    deadline: r.endsOn,
  }));
}
