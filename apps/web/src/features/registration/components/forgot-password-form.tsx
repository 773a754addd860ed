import { zodResolver } from '@hookform/resolvers/zod';
import { passwordResetRequestSchema, passwordRuleText } from '@zhicheng/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/text-field';
import { i18n } from '../../../i18n';
import { applyServerErrors } from '../../../lib/form-errors';
import { MobileWithSmsCode } from '../../../shared/sms/mobile-with-sms-code';
import { useResetPassword } from '../api/reset-password';
import { sendSmsCode } from '../api/send-sms-code';

function forgotPasswordSchema() {
  return passwordResetRequestSchema
    .safeExtend({ confirmPassword: z.string().min(1, i18n.t('forgotPassword.confirmRequired')) })
    .refine((form) => form.confirmPassword === form.newPassword, {
      path: ['confirmPassword'],
      message: i18n.t('forgotPassword.mismatch'),
    });
}
type FormInput = z.input<ReturnType<typeof forgotPasswordSchema>>;
type FormOutput = z.output<ReturnType<typeof forgotPasswordSchema>>;

const fields = ['username', 'mobile', 'smsCode', 'newPassword', 'confirmPassword'] as const;

/** 忘记密码 (unit admins): username, the registered mobile, its SMS code and the new password. */
export function ForgotPasswordForm({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useResetPassword();
  const { control, handleSubmit, setError, getValues } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(forgotPasswordSchema()),
    defaultValues: { username: '', mobile: '', smsCode: '', newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _, ...body }) => {
    setAlert(null);
    try {
      await mutation.mutateAsync(body);
      onReset();
    } catch (error) {
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('forgotPassword.title')}>
      <FormAlert message={alert} />
      <TextField
        control={control}
        name="username"
        id="fp-username"
        label={t('forgotPassword.username')}
        autoComplete="username"
        maxLength={64}
      />
      <MobileWithSmsCode
        control={control}
        getValues={getValues}
        setError={setError}
        sendCode={(mobile) => sendSmsCode({ mobile, purpose: 'reset_password' })}
        mobileName="mobile"
        smsCodeName="smsCode"
        idPrefix="fp"
        labels={{
          mobile: t('forgotPassword.mobile'),
          mobileRule: t('forgotPassword.mobileRule'),
          smsCode: t('forgotPassword.smsCode'),
        }}
      />
      <TextField
        control={control}
        name="newPassword"
        id="fp-new-password"
        label={t('forgotPassword.newPassword')}
        rule={passwordRuleText}
        password
        autoComplete="new-password"
        maxLength={64}
      />
      <TextField
        control={control}
        name="confirmPassword"
        id="fp-confirm"
        label={t('forgotPassword.confirmPassword')}
        rule={t('forgotPassword.confirmRule')}
        password
        autoComplete="new-password"
        maxLength={64}
      />
      <div className="form-actions">
        <Button type="primary" htmlType="submit" size="large" loading={mutation.isPending}>
          {t('forgotPassword.submit')}
        </Button>
      </div>
    </form>
  );
}
