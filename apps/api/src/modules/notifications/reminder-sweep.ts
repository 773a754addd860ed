import { chinaDate } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { NotificationDelivery } from './notification-delivery.js';
import { type Reminder, type ReminderKind, reminderText } from './notification-texts.js';
import type { NotificationDraft } from './notifications-repository.js';
import { remindersRepository as repo } from './reminders-repository.js';

/** The daily job, at 08:00 China time: deadlines 3 days and 1 day ahead. */
export const reminderSweepJob = 'notification.reminders';
export const reminderSweepCron = '0 8 * * *';
export const reminderDaysAhead = [3, 1] as const;

/** `YYYY-MM-DD` plus `days`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
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
 * Finds the deadlines falling exactly 3 days and 1 day after `now`'s China-time day (cycle close for
 * unsubmitted applications, a return's correctBy, a publicity window's end) and notifies their
 * applicants. Re-running on the same day, or missing a day, adds nothing: each reminder's dedupe key
 * is `reminder:<kind>:<object id>:<deadline>:<days>`. Returns how many notifications were new.
 */
export async function sweepReminders(deps: { db: Db; delivery: NotificationDelivery }, now: Date) {
  const today = chinaDate(now);
  const ahead = new Map(reminderDaysAhead.map((n) => [addDays(today, n), n]));
  const days = [...ahead.keys()];
  const due = [
    ...(await cycleCloses(deps.db, days)),
    ...(await corrections(deps.db, days)),
    ...(await publicityEnds(deps.db, days)),
  ];
  const drafts: NotificationDraft[] = due.map((d) => {
    const left = ahead.get(d.deadline) ?? 0;
    return {
      ...reminderText(d.reminder, left),
      userId: d.userId,
      applicationId: d.applicationId,
      dedupeKey: reminderKey(d.reminder.kind, d.objectId, d.deadline, left),
    };
  });
  return deps.delivery.deliver(drafts);
}

export const reminderKey = (kind: ReminderKind, objectId: string, deadline: string, days: number) =>
  `reminder:${kind}:${objectId}:${deadline}:${days}`;

async function cycleCloses(db: Db, days: string[]): Promise<Due[]> {
  const rows = await repo.unsubmittedInClosingCycles(db, days);
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

async function corrections(db: Db, days: string[]): Promise<Due[]> {
  const rows = await repo.latestReturnsOfReturned(db);
  return rows.flatMap((r) => {
    const correctBy = r.correction?.correctBy;
    if (!correctBy || !days.includes(correctBy)) return [];
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

async function publicityEnds(db: Db, days: string[]): Promise<Due[]> {
  const rows = await repo.inWindowsEnding(db, days);
  return rows.map((r) => ({
    reminder: { kind: 'publicity_end', qualification: r.qualification, stage: r.stage, endsOn: r.endsOn },
    userId: r.applicantId,
    applicationId: r.applicationId,
    objectId: r.windowId,
    deadline: r.endsOn,
  }));
}
