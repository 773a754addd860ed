import { zodResolver } from '@hookform/resolvers/zod';
import { passwordRuleText, usernameRuleText } from '@zhicheng/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/text-field';
import { applyServerErrors } from '../../../lib/form-errors';
import { MobileWithSmsCode } from '../../../shared/sms/mobile-with-sms-code';
import { type UnitRegistered, useRegisterUnit } from '../api/register-unit';
import { sendSmsCode } from '../api/send-sms-code';
import {
  emptyRegistration,
  type RegistrationFormInput,
  type RegistrationFormOutput,
  registrationFields,
  registrationFormSchema,
} from './registration-schema';

/** 单位注册: the unit, its administrator, and the SMS code sent to the administrator's mobile. */
export function RegistrationForm({ onRegistered }: { onRegistered: (result: UnitRegistered) => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useRegisterUnit();
  const { control, handleSubmit, setError, getValues } = useForm<
    RegistrationFormInput,
    unknown,
    RegistrationFormOutput
  >({ resolver: zodResolver(registrationFormSchema()), defaultValues: emptyRegistration });

  const onSubmit = handleSubmit(async ({ admin: { confirmPassword: _, ...admin }, ...unit }) => {
    setAlert(null);
    try {
      onRegistered(await mutation.mutateAsync({ ...unit, admin }));
    } catch (error) {
      setAlert(applyServerErrors(error, setError, registrationFields));
    }
  });

  const common = { control };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('registration.title')}>
      <FormAlert message={alert} />
      <fieldset className="form-section">
        <legend>{t('registration.unitSection')}</legend>
        <div className="form-grid">
          <TextField
            {...common}
            name="orgCode"
            id="reg-org-code"
            label={t('registration.orgCode')}
            rule={t('registration.orgCodeRule')}
            maxLength={20}
          />
          <TextField
            {...common}
            name="name"
            id="reg-unit-name"
            label={t('registration.unitName')}
            rule={t('registration.unitNameRule')}
            autoComplete="organization"
          />
          <TextField
            {...common}
            name="socialSecurityNo"
            id="reg-ss-no"
            label={t('registration.socialSecurityNo')}
            rule={t('registration.socialSecurityNoRule')}
            maxLength={20}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('registration.adminSection')}</legend>
        <div className="form-grid">
          <TextField
            {...common}
            name="admin.name"
            id="reg-admin-name"
            label={t('registration.adminName')}
            autoComplete="name"
            maxLength={50}
          />
          <TextField
            {...common}
            name="admin.idNumber"
            id="reg-admin-id"
            label={t('registration.adminIdNumber')}
            rule={t('registration.adminIdNumberRule')}
            maxLength={18}
          />
          <TextField
            {...common}
            name="admin.socialSecurityComputerNo"
            id="reg-admin-ss-computer-no"
            label={t('registration.adminSocialSecurityComputerNo')}
            rule={t('registration.adminSocialSecurityComputerNoRule')}
            maxLength={20}
          />
          <TextField
            {...common}
            name="admin.email"
            id="reg-admin-email"
            label={t('registration.adminEmail')}
            autoComplete="email"
            inputMode="email"
          />
          <TextField
            {...common}
            name="admin.username"
            id="reg-admin-username"
            label={t('registration.adminUsername')}
            rule={t('registration.adminUsernameRule', { rule: usernameRuleText })}
            autoComplete="username"
            maxLength={14}
          />
          <TextField
            {...common}
            name="admin.phone"
            id="reg-admin-phone"
            label={t('registration.adminPhone')}
            rule={t('registration.adminPhoneRule')}
            autoComplete="tel"
            inputMode="tel"
            maxLength={20}
          />
          <TextField
            {...common}
            name="admin.password"
            id="reg-admin-password"
            label={t('registration.adminPassword')}
            rule={t('registration.passwordRule', { rule: passwordRuleText })}
            password
            autoComplete="new-password"
            maxLength={64}
          />
          <TextField
            {...common}
            name="admin.confirmPassword"
            id="reg-admin-confirm"
            label={t('registration.adminConfirmPassword')}
            rule={t('registration.confirmRule')}
            password
            autoComplete="new-password"
            maxLength={64}
          />
          <MobileWithSmsCode
            control={control}
            getValues={getValues}
            setError={setError}
            sendCode={(mobile) => sendSmsCode({ mobile, purpose: 'register' })}
            mobileName="admin.mobile"
            smsCodeName="smsCode"
            idPrefix="reg-admin"
            labels={{
              mobile: t('registration.adminMobile'),
              mobileRule: t('registration.adminMobileRule'),
              smsCode: t('registration.smsCode'),
            }}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="primary" htmlType="submit" size="large" loading={mutation.isPending}>
          {t('registration.submit')}
        </Button>
        <Link to="/login">{t('registration.backToLogin')}</Link>
      </div>
    </form>
  );
}
