import { passwordRuleText, usernameRuleText } from '@zhicheng/contracts';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from './text-field';

interface NewAccountValues extends FieldValues {
  username: string;
  password: string;
  confirmPassword: string;
}

interface NewAccountFieldsProps<T extends NewAccountValues> {
  control: Control<T>;
  /** Prefix of the inputs' ids: `person` gives person-username, person-password, person-confirm. */
  idPrefix: string;
}

/** 登录账号, 初始密码 and 确认密码 of an account created for someone else. */
export function NewAccountFields<T extends NewAccountValues>({
  control,
  idPrefix,
}: NewAccountFieldsProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        control={control}
        name={'username' as Path<T>}
        id={`${idPrefix}-username`}
        label={t('people.account')}
        rule={t('people.accountRule', { rule: usernameRuleText })}
        autoComplete="off"
        maxLength={14}
      />
      <TextField
        control={control}
        name={'password' as Path<T>}
        id={`${idPrefix}-password`}
        label={t('people.password')}
        rule={t('people.passwordRule', { rule: passwordRuleText })}
        password
        autoComplete="new-password"
        maxLength={64}
      />
      <TextField
        control={control}
        name={'confirmPassword' as Path<T>}
        id={`${idPrefix}-confirm`}
        label={t('people.confirmPassword')}
        rule={t('people.confirmRule')}
        password
        autoComplete="new-password"
        maxLength={64}
      />
    </>
  );
}
