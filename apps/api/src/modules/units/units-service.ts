import type { UnitRegistration } from '@zhicheng/contracts';
import { type Db, hashPassword } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { assertPasswordAcceptable } from '../auth/password-check.js';
import { peopleRepository } from '../people/people-repository.js';
import { isUniqueViolation, usernameTakenError } from '../people/people-service.js';
import type { SmsService } from '../sms/sms-service.js';
import { unitsRepository as repo } from './units-repository.js';

function orgCodeTakenError() {
  return new AppError(
    'org_code_taken',
    '该机构代码已注册过单位管理员。一个单位只能注册一名管理员，如需找回账号请使用“忘记密码”',
    {
      errors: [{ path: 'orgCode', message: '该机构代码已注册' }],
    },
  );
}

/**
 * The admin's mobile (where the password-reset code goes) and e-mail are sign-in contacts: changed only
 * through `PUT /me/contact`, which wants the current password and a code to the new mobile. Sent here
 * unchanged (the whole form) they are fine.
 */
function refuseSignInContactChange(
  admin: { mobile: string | null; email: string | null },
  changes: { adminMobile?: string; adminEmail?: string },
) {
  const errors = [
    ...(changes.adminMobile !== undefined && changes.adminMobile !== admin.mobile
      ? [{ path: 'adminMobile', message: '修改手机号请使用“修改手机号”，须验证当前密码和新手机号' }]
      : []),
    ...(changes.adminEmail !== undefined && changes.adminEmail !== admin.email
      ? [{ path: 'adminEmail', message: '修改电子邮箱请使用“修改邮箱”，须验证当前密码' }]
      : []),
  ];
  if (errors.length > 0) {
    throw AppError.validation(errors, '单位管理员的手机号和电子邮箱须通过 PUT /api/v1/me/contact 修改');
  }
}

export type UnitsService = ReturnType<typeof createUnitsService>;

export function createUnitsService(deps: { db: Db; clock: Clock; sms: SmsService }) {
  const { db, clock } = deps;

  async function loadOwnUnit(actor: Actor) {
    if (!actor.unitId) throw new AppError('forbidden');
    const found = await repo.findWithAdmin(db, actor.unitId);
    if (!found) throw AppError.notFound('没有找到本单位');
    return found;
  }

  return {
    /**
     * 单位注册: uniqueness first (so a taken org code or username does not burn the SMS code), then the
     * SMS code, then unit + admin + audit in one transaction.
     */
    async register(input: UnitRegistration, ctx: RequestContext) {
      if (await repo.orgCodeTaken(db, input.orgCode)) throw orgCodeTakenError();
      if (await peopleRepository.usernameTaken(db, input.admin.username))
        throw usernameTakenError('admin.username');
      // Before the SMS code, so a refused password does not use it up.
      assertPasswordAcceptable(
        input.admin.password,
        { username: input.admin.username, name: input.admin.name, unitName: input.name },
        'admin.password',
      );
      await deps.sms.consumeCode(input.admin.mobile, 'register', input.smsCode);
      const passwordHash = await hashPassword(input.admin.password);
      try {
        return await db.transaction(async (tx) => {
          const unit = await repo.insert(tx, {
            orgCode: input.orgCode,
            name: input.name,
            socialSecurityNo: input.socialSecurityNo,
          });
          const { password: _password, ...admin } = input.admin;
          const user = await peopleRepository.insert(tx, {
            ...admin,
            passwordHash,
            role: 'unit_admin',
            unitId: unit.id,
          });
          await recordAudit(tx, ctx, {
            actorId: user.id,
            actorRole: 'unit_admin',
            action: 'unit.registered',
            targetType: 'unit',
            targetId: unit.id,
            details: { orgCode: unit.orgCode, name: unit.name, adminUsername: user.username },
          });
          return { unit, admin: user };
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw (await repo.orgCodeTaken(db, input.orgCode))
            ? orgCodeTakenError()
            : usernameTakenError('admin.username');
        }
        throw error;
      }
    },

    getOwn: loadOwnUnit,

    async updateOwn(
      actor: Actor,
      changes: {
        name?: string;
        socialSecurityNo?: string;
        adminEmail?: string;
        adminPhone?: string;
        adminMobile?: string;
      },
      expectedVersion: number | undefined,
      ctx: RequestContext,
    ) {
      const { unit, admin } = await loadOwnUnit(actor);
      refuseSignInContactChange(admin, changes);
      await db.transaction(async (tx) => {
        const now = clock.now();
        // The unit row's version covers the admin's contact details too: one form, one version.
        const updated = await repo.update(
          tx,
          unit.id,
          { name: changes.name, socialSecurityNo: changes.socialSecurityNo },
          now,
          expectedVersion,
        );
        if (!updated) {
          throw new AppError('version_conflict', '单位信息已被修改，请刷新后重试', {
            extensions: { currentVersion: unit.version },
          });
        }
        const contact = { phone: changes.adminPhone };
        if (contact.phone !== undefined) {
          await repo.updateAdminContact(tx, admin.id, contact, now);
        }
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'unit.updated',
          targetType: 'unit',
          targetId: unit.id,
          details: { fields: Object.keys(changes) },
        });
      });
      return loadOwnUnit(actor);
    },

    /** 忘记密码 for unit admins: username + registered mobile + SMS code; revokes every session. */
    async resetAdminPassword(
      input: { username: string; mobile: string; smsCode: string; newPassword: string },
      ctx: RequestContext,
    ) {
      // Checked against what the request says only: a check against the found account's name would
      // answer differently when the username and mobile match an account.
      assertPasswordAcceptable(input.newPassword, { username: input.username }, 'newPassword');
      const admin = await repo.findAdminByUsernameAndMobile(db, input.username, input.mobile);
      // Same answer whether the account or the code is wrong: nothing to learn about accounts here.
      if (!admin) {
        throw new AppError('sms_code_invalid', '用户名、手机号或短信验证码不正确', {
          errors: [{ path: 'smsCode', message: '短信验证码错误或已过期' }],
        });
      }
      await deps.sms.consumeCode(input.mobile, 'reset_password', input.smsCode);
      const passwordHash = await hashPassword(input.newPassword);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await peopleRepository.update(
          tx,
          admin.id,
          {
            passwordHash,
            mustChangePassword: false,
            passwordChangedAt: now,
            failedLoginCount: 0,
            lockedUntil: null,
          },
          now,
        );
        await peopleRepository.revokeSessions(tx, admin.id, 'password_reset', now);
        await recordAudit(tx, ctx, {
          actorId: admin.id,
          actorRole: admin.role,
          action: 'account.password_reset_by_sms',
          targetType: 'user',
          targetId: admin.id,
        });
      });
    },
  };
}
