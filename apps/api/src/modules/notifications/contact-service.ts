import { type ContactDetails, type ContactUpdate, maskMobile } from '@zhicheng/contracts';
import { type Db, verifyPassword } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import type { SmsService } from '../sms/sms-service.js';
import {
  type ContactNotice,
  type ContactNoticeQueue,
  contactNoticeJob,
  queueContactNotices,
} from './contact-notice.js';
import { contactRepository as repo } from './contact-repository.js';
import { contactChangedText } from './notification-texts.js';

export type ContactService = ReturnType<typeof createContactService>;

const versionConflict = (currentVersion: number) =>
  new AppError('version_conflict', '账号信息已被修改，请刷新后重试', { extensions: { currentVersion } });

/** z***@example.cn: enough for the owner to recognise an address, little for anyone else. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email.slice(0, 1)}***${email.slice(at)}` : '***';
}

const masked = (field: 'mobile' | 'email', value: string | null | undefined) =>
  value ? (field === 'mobile' ? maskMobile(value) : maskEmail(value)) : null;

/**
 * Any signed-in person's own mobile and e-mail: where their SMS and e-mail notifications go, and for a
 * unit admin where the password-reset code goes. The one owner of the rule for changing them (ASVS
 * 7.5.1): a change needs the current password, a new mobile also the SMS code sent to it (purpose
 * `contact`), and the contacts the account had are told of the change (a durable job, not a send from
 * the request). The e-mail is taken as typed (no e-mail verification exists; it is not a reset channel).
 */
export function createContactService(deps: {
  db: Db;
  clock: Clock;
  sms: Pick<SmsService, 'sendCode' | 'consumeCode'>;
  notices: ContactNoticeQueue;
}) {
  const { db, clock } = deps;

  async function current(actor: Actor): Promise<ContactDetails> {
    const row = await repo.find(db, actor.userId);
    if (!row) throw AppError.notFound();
    return row;
  }

  /** A wrong password is audited; the route's per-IP limit bounds guessing through this form. */
  async function checkPassword(actor: Actor, password: string | undefined, ctx: RequestContext) {
    if (!password) {
      throw AppError.validation(
        [{ path: 'currentPassword', message: '请输入当前密码' }],
        '修改手机号码或电子邮箱须验证当前密码',
      );
    }
    const hash = await repo.passwordHashOf(db, actor.userId);
    if (hash && (await verifyPassword(hash, password))) return;
    await recordAudit(db, ctx, {
      actorId: actor.userId,
      actorRole: actor.role,
      action: 'account.contact_change_failed',
      targetType: 'user',
      targetId: actor.userId,
      details: { reason: 'wrong_password' },
    });
    throw new AppError('wrong_password', '当前密码不正确', {
      errors: [{ path: 'currentPassword', message: '当前密码不正确' }],
    });
  }

  return {
    get: current,

    /** A code to a mobile the caller wants on the account (not the one already there). */
    async sendCode(actor: Actor, mobile: string, ctx: RequestContext) {
      if ((await current(actor)).mobile === mobile) {
        throw AppError.validation([{ path: 'mobile', message: '该手机号码已登记在您的账号上' }]);
      }
      return deps.sms.sendCode(mobile, 'contact', ctx);
    },

    /**
     * Changes the fields given. Removing the e-mail turns e-mail notifications off in the same
     * transaction. Proofs in order: the version, the password, then the code (used up only once the
     * rest passed). Audited with the old and new values masked.
     */
    async update(
      actor: Actor,
      input: ContactUpdate,
      expectedVersion: number | undefined,
      ctx: RequestContext,
    ): Promise<ContactDetails> {
      const before = await current(actor);
      if (expectedVersion !== undefined && expectedVersion !== before.version) {
        throw versionConflict(before.version);
      }
      const changes: { mobile?: string; email?: string | null } = {};
      if (input.email !== undefined && input.email !== before.email) changes.email = input.email;
      if (input.mobile !== undefined && input.mobile !== before.mobile) changes.mobile = input.mobile;
      if (Object.keys(changes).length === 0) return before;
      if (changes.mobile !== undefined && !input.smsCode) {
        throw AppError.validation(
          [
            ...(input.currentPassword ? [] : [{ path: 'currentPassword', message: '请输入当前密码' }]),
            { path: 'smsCode', message: '请填写发送到新手机号码的短信验证码' },
          ],
          '更换手机号码须先验证新号码',
        );
      }
      await checkPassword(actor, input.currentPassword, ctx);
      if (changes.mobile !== undefined) {
        await deps.sms.consumeCode(changes.mobile, 'contact', input.smsCode ?? '');
      }

      const now = clock.now();
      const notices = noticesOf(before, changes, actor.username, now);
      const after = await db.transaction(async (tx) => {
        const row = await repo.update(tx, actor.userId, changes, now, before.version);
        if (!row) throw versionConflict((await repo.find(tx, actor.userId))?.version ?? before.version);
        const emailTurnedOff = changes.email === null && (await repo.turnOffEmail(tx, actor.userId, now));
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'account.contact_changed',
          targetType: 'user',
          targetId: actor.userId,
          details: {
            fields: Object.keys(changes),
            ...Object.fromEntries(
              (['mobile', 'email'] as const)
                .filter((f) => f in changes)
                .map((f) => [f, { from: masked(f, before[f]), to: masked(f, changes[f]) }]),
            ),
            ...(changes.email === null
              ? { emailRemoved: true, emailNotificationsTurnedOff: emailTurnedOff }
              : {}),
          },
        });
        if (notices.length > 0) await queueContactNotices(tx, deps.notices, notices);
        return row;
      });
      if (notices.length > 0) deps.notices.wake(contactNoticeJob);
      return after;
    },
  };
}

/**
 * Who is told of a change: the old mobile of a mobile change; for an e-mail change the mobile on file
 * (SMS reaches the owner even when the old address is gone) and the old address.
 */
function noticesOf(
  before: ContactDetails,
  changes: { mobile?: string; email?: string | null },
  username: string,
  at: Date,
): ContactNotice[] {
  const notices: ContactNotice[] = [];
  for (const field of ['mobile', 'email'] as const) {
    if (!(field in changes)) continue;
    const text = contactChangedText({ field, username, masked: masked(field, changes[field]) ?? '', at });
    if (before.mobile) notices.push({ channel: 'sms', mobile: before.mobile, ...text });
    if (field === 'email' && before.email) notices.push({ channel: 'email', email: before.email, ...text });
  }
  return notices;
}
