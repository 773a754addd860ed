import {
  type ActorKind,
  actionLabels,
  actorKindOf,
  type DomainEventData,
  findSection,
  materialCategories,
  type NotificationKind,
  outcomeLabels,
  type PublicityStage,
  statusLabels,
} from '@zhicheng/contracts';

/**
 * Every title and body a person receives (in the app, by SMS and by e-mail), in plain Chinese. The
 * one owner of these texts; status and action names come from the contracts' label tables.
 */
export interface NotificationText {
  kind: NotificationKind;
  title: string;
  body: string;
}

type StatusChanged = DomainEventData<'application.status_changed'>;

/** `2026-12-20` → `2026年12月20日`. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const reviewerNames: Record<ActorKind, string> = {
  applicant: '申报人',
  unit: '单位',
  department: '日常工作部门',
  committee: '评委会',
};
const reviewerOf = (role: StatusChanged['actorRole']) => reviewerNames[actorKindOf(role) ?? 'unit'];

const opinionOf = (opinion: string | null) => (opinion ? `意见：${opinion}。` : '');

function listed(label: string, names: readonly string[]): string {
  return names.length > 0 ? `${label}：${names.join('、')}。` : '';
}

const sectionTitle = (key: string) => findSection(key)?.title ?? key;
const materialTitle = (key: string) => materialCategories.find((c) => c.key === key)?.title ?? key;

/** What an applicant is told about a transition of their application; null when nothing is worth it. */
export function statusChangedText(data: StatusChanged, qualification: string): NotificationText | null {
  const subject = `您申报的“${qualification}”`;
  const reviewer = reviewerOf(data.actorRole);
  switch (data.action) {
    case 'return': {
      const c = data.correction;
      const deadline = c?.correctBy
        ? `请在${chineseDate(c.correctBy)}前修改后重新提交。`
        : '请修改后重新提交。';
      return {
        kind: 'application_returned',
        title: `申报被${actionLabels.return}`,
        body: [
          `${subject}被${reviewer}${actionLabels.return}。`,
          opinionOf(data.opinion),
          listed('需修改的申报信息', (c?.sections ?? []).map(sectionTitle)),
          listed('需补正的材料', (c?.materials ?? []).map(materialTitle)),
          deadline,
        ].join(''),
      };
    }
    case 'reject':
    case 'committee_fail':
    case 'publicity_fail':
      return {
        kind: 'application_rejected',
        title: `申报${statusLabels.rejected}`,
        body: `${subject}${data.outcome ? outcomeLabels[data.outcome] : statusLabels.rejected}。${opinionOf(data.opinion)}`,
      };
    case 'approve':
      return {
        kind: 'application_forwarded',
        title: `${reviewer}${actionLabels.approve}`,
        body: `${subject}已通过${reviewer}审核，现为“${statusLabels[data.toStatus]}”。${opinionOf(data.opinion)}`,
      };
    case 'publicity_pass':
      return {
        kind: 'application_approved',
        title: statusLabels.approved,
        body: `恭喜！${subject}评审结果公示期满，已${statusLabels.approved}。`,
      };
    default:
      return null;
  }
}

const stageNames: Record<PublicityStage, string> = { unit: '单位公示', result: '评审结果公示' };
const stageNext: Record<PublicityStage, string> = {
  unit: '公示期满后，单位继续审核。',
  result: '公示期满无异议即为评审通过。',
};

/** A publicity window over the application started (or was recorded). */
export function publicityStartedText(
  window: { stage: PublicityStage; startsOn: string; endsOn: string },
  qualification: string,
): NotificationText {
  const stage = stageNames[window.stage];
  return {
    kind: 'publicity_started',
    title: `${stage}开始`,
    body: `您申报的“${qualification}”正在进行${stage}，公示期为${chineseDate(window.startsOn)}至${chineseDate(window.endsOn)}。${stageNext[window.stage]}`,
  };
}

/** The deadlines the daily sweep reminds of. */
export type ReminderKind = 'cycle_close' | 'correction' | 'publicity_end';

export type Reminder =
  | { kind: 'cycle_close'; cycleName: string; closesOn: string; status: 'draft' | 'returned' }
  | { kind: 'correction'; qualification: string; correctBy: string }
  | { kind: 'publicity_end'; qualification: string; stage: PublicityStage; endsOn: string };

/** What a reminder says, `daysLeft` days before the deadline (0: the deadline is today). */
export function reminderText(reminder: Reminder, daysLeft: number): NotificationText {
  const left = daysLeft > 0 ? `（还有${daysLeft}天）` : '（就在今天）';
  switch (reminder.kind) {
    case 'cycle_close':
      return {
        kind: 'deadline_reminder',
        title: '申报即将截止',
        body: `“${reminder.cycleName}”将于${chineseDate(reminder.closesOn)}截止申报${left}。您的申报现为“${statusLabels[reminder.status]}”，尚未提交，请尽快完成并${actionLabels.submit}。`,
      };
    case 'correction':
      return {
        kind: 'deadline_reminder',
        title: `${actionLabels.return}即将到期`,
        body: `您申报的“${reminder.qualification}”须在${chineseDate(reminder.correctBy)}前修改并重新提交${left}。`,
      };
    case 'publicity_end':
      return {
        kind: 'deadline_reminder',
        title: `${stageNames[reminder.stage]}即将结束`,
        body: `您申报的“${reminder.qualification}”的${stageNames[reminder.stage]}将于${chineseDate(reminder.endsOn)}结束${left}。`,
      };
  }
}

/** The SMS of a notification: signature, title, body. */
export function smsText(signature: string, n: { title: string; body: string }): string {
  return `${signature}${n.title}：${n.body}`;
}

/** The e-mail of a notification, pointing back to the app. */
export function emailText(n: { title: string; body: string }, publicUrl: string) {
  return {
    subject: `【职称申报】${n.title}`,
    text: `${n.body}\n\n请登录职称申报系统查看详情：${publicUrl}\n（本邮件由系统自动发送，请勿回复。）`,
  };
}

/** `2026-12-01T10:40Z` → `2026年12月1日 18:40` (China time), when a security notice says something happened. */
function chineseDateTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

/**
 * The notice to the old mobile (or e-mail) when an account's sign-in contact changed: the owner learns
 * of a change a stolen session made, while the new contact is masked (they know their own).
 */
export function contactChangedText(change: {
  field: 'mobile' | 'email';
  username: string;
  masked: string;
  at: Date;
}): { title: string; body: string } {
  const what = change.field === 'mobile' ? '手机号' : '电子邮箱';
  const to = change.masked ? `更改为 ${change.masked}` : '删除';
  return {
    title: `账号${what}已更改`,
    body: `您的职称申报系统账号（${change.username}）的${what}已于${chineseDateTime(change.at)}${to}。如非本人操作，请立即修改密码并联系单位或主管部门的系统管理员。`,
  };
}
