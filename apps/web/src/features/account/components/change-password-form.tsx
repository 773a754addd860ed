import { zodResolver } from '@hookform/resolvers/zod';
import { passwordRuleText } from '@zhicheng/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';
import { changePasswordFormSchema, type ChangePasswordForm as FormValues } from './change-password-schema';
import { PasswordInput } from './password-input';

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useChangePassword();
  const { control, handleSubmit, setError } = useForm<FormValues>({
    resolver: zodResolver(changePasswordFormSchema()),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setAlert(null);
    try {
      await mutation.mutateAsync({ currentPassword, newPassword });
      onChanged();
    } catch (error) {
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('password.title')} style={{ maxWidth: 440 }}>
      <FormAlert message={alert} />
      <PasswordInput
        control={control}
        name="currentPassword"
        id="password-current"
        label={t('password.current')}
        autoComplete="current-password"
      />
      <PasswordInput
        control={control}
        name="newPassword"
        id="password-new"
        label={t('password.new')}
        autoComplete="new-password"
        rule={t('password.rule', { rule: passwordRuleText })}
      />
      <PasswordInput
        control={control}
        name="confirmPassword"
        id="password-confirm"
        label={t('password.confirm')}
        autoComplete="new-password"
        rule={t('password.confirmRule')}
      />
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('password.submit')}
      </Button>
    </form>
  );
}
