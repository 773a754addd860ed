import type { ContactDetails, ContactUpdate } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import type { SmsService } from '../sms/sms-service.js';
import { contactRepository as repo } from './contact-repository.js';

export type ContactService = ReturnType<typeof createContactService>;

const versionConflict = (currentVersion: number) =>
  new AppError('version_conflict', '账号信息已被修改，请刷新后重试', { extensions: { currentVersion } });

/**
 * Any signed-in person's own mobile and e-mail, where their SMS and e-mail notifications go. The e-mail
 * is taken as typed (no verification); a new mobile is proved by an SMS code sent to it, with the SMS
 * service's codes, limits and sender (purpose `contact`).
 */
export function createContactService(deps: {
  db: Db;
  clock: Clock;
  sms: Pick<SmsService, 'sendCode' | 'consumeCode'>;
}) {
  const { db, clock } = deps;

  async function current(actor: Actor): Promise<ContactDetails> {
    const row = await repo.find(db, actor.userId);
    if (!row) throw AppError.notFound();
    return row;
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
     * transaction; a new mobile needs the code sent to it (checked, and used up, only once the version
     * matched). An account change, so audited (which fields, not their values).
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
      if (input.mobile !== undefined && input.mobile !== before.mobile) {
        if (!input.smsCode) {
          throw AppError.validation(
            [{ path: 'smsCode', message: '请填写发送到新手机号码的短信验证码' }],
            '更换手机号码须先验证新号码',
          );
        }
        changes.mobile = input.mobile;
      }
      if (Object.keys(changes).length === 0) return before;
      if (changes.mobile !== undefined) {
        await deps.sms.consumeCode(changes.mobile, 'contact', input.smsCode ?? '');
      }

      return db.transaction(async (tx) => {
        const now = clock.now();
        const after = await repo.update(tx, actor.userId, changes, now, before.version);
        if (!after) throw versionConflict((await repo.find(tx, actor.userId))?.version ?? before.version);
        const emailTurnedOff = changes.email === null && (await repo.turnOffEmail(tx, actor.userId, now));
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'account.contact_changed',
          targetType: 'user',
          targetId: actor.userId,
          details: {
            fields: Object.keys(changes),
            ...(changes.email === null
              ? { emailRemoved: true, emailNotificationsTurnedOff: emailTurnedOff }
              : {}),
          },
        });
        return after;
      });
    },
  };
}
