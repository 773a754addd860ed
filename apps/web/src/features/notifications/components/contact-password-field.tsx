import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';

/**
 * 当前密码 on the contact forms: the API wants it for any change of the mobile or e-mail (a stolen
 * session alone must not move where the password-reset code goes).
 */
export function ContactPasswordField<T extends FieldValues>({
  control,
  name,
  id,
}: {
  control: Control<T>;
  name: Path<T>;
  id: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      control={control}
      name={name}
      id={id}
      label={t('notifications.contact.currentPassword')}
      rule={t('notifications.contact.currentPasswordRule')}
      password
      autoComplete="current-password"
      maxLength={128}
    />
  );
}
