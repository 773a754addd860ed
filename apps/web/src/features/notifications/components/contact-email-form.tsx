import { zodResolver } from '@hookform/resolvers/zod';
import { type ContactDetails, contactUpdateSchema, emailSchema } from '@zhicheng/contracts';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/text-field';
import { applyServerErrors } from '../../../lib/form-errors';
import { useUpdateContact } from '../api/contact';
import { ContactPasswordField } from './contact-password-field';

/** Empty means "no e-mail"; anything else must be an address (the contracts' rule and message). */
const formSchema = z.object({
  email: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const checked = value === '' ? undefined : emailSchema.safeParse(value);
      if (checked && !checked.success) {
        ctx.addIssue({ code: 'custom', message: checked.error.issues[0]?.message ?? '' });
      }
    }),
  currentPassword: contactUpdateSchema.shape.currentPassword.unwrap(),
});
type FormValues = z.infer<typeof formSchema>;

/**
 * The e-mail notifications go to: taken as typed, with the current password; saved empty, it is removed
 * (and e-mail turned off).
 */
export function ContactEmailForm({
  userId,
  contact,
  onSaved,
  idPrefix = 'contact',
}: {
  userId: string;
  contact: ContactDetails;
  onSaved?: (saved: ContactDetails) => void;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [alert, setAlert] = useState<string | null>(null);
  const save = useUpdateContact(userId);
  const { control, handleSubmit, setError, reset } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { email: contact.email ?? '', currentPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ email, currentPassword }) => {
    setAlert(null);
    try {
      const saved = await save.mutateAsync({
        version: contact.version,
        email: email || null,
        currentPassword,
      });
      reset({ email: saved.email ?? '', currentPassword: '' });
      void message.success(
        t(saved.email ? 'notifications.contact.emailSaved' : 'notifications.contact.emailRemoved'),
      );
      onSaved?.(saved);
    } catch (error) {
      setAlert(applyServerErrors(error, setError, ['email', 'currentPassword']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('notifications.contact.emailForm')}>
      <FormAlert message={alert} />
      <TextField
        control={control}
        name="email"
        id={`${idPrefix}-email`}
        label={t('notifications.contact.email')}
        rule={t('notifications.contact.emailRule')}
        required={false}
        autoComplete="email"
        inputMode="email"
        maxLength={100}
      />
      <ContactPasswordField
        control={control}
        name="currentPassword"
        id={`${idPrefix}-email-current-password`}
      />
      <Button htmlType="submit" loading={save.isPending}>
        {t('notifications.contact.saveEmail')}
      </Button>
    </form>
  );
}
