import { zodResolver } from '@hookform/resolvers/zod';
import { type ContactDetails, contactUpdateSchema, mobileSchema, smsCodeSchema } from '@zhicheng/contracts';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../../components/form-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { MobileWithSmsCode } from '../../../shared/sms/mobile-with-sms-code';
import { useUpdateContact } from '../api/contact';
import { sendContactSmsCode } from '../api/send-contact-sms-code';
import { ContactPasswordField } from './contact-password-field';

const formSchema = z.object({
  mobile: mobileSchema,
  smsCode: smsCodeSchema,
  currentPassword: contactUpdateSchema.shape.currentPassword.unwrap(),
});
type FormValues = z.infer<typeof formSchema>;
const fields = ['mobile', 'smsCode', 'currentPassword'] as const;

interface ContactFormProps {
  userId: string;
  contact: ContactDetails;
  /** After a save (e.g. a modal closes). */
  onSaved?: (saved: ContactDetails) => void;
  idPrefix?: string;
}

/**
 * The mobile SMS notifications (and a unit admin's password-reset code) go to: a new one is saved with
 * the current password and the code sent to it.
 */
export function ContactMobileForm({ userId, contact, onSaved, idPrefix = 'contact' }: ContactFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [alert, setAlert] = useState<string | null>(null);
  const save = useUpdateContact(userId);
  const { control, handleSubmit, setError, getValues, reset } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { mobile: '', smsCode: '', currentPassword: '' },
  });

  const onSubmit = handleSubmit(async (body) => {
    setAlert(null);
    try {
      const saved = await save.mutateAsync({ version: contact.version, ...body });
      reset();
      void message.success(t('notifications.contact.mobileSaved'));
      onSaved?.(saved);
    } catch (error) {
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('notifications.contact.mobileForm')}>
      <Typography.Paragraph>
        {contact.mobile
          ? t('notifications.contact.currentMobile', { mobile: contact.mobile })
          : t('notifications.contact.noMobile')}
      </Typography.Paragraph>
      <FormAlert message={alert} />
      <ContactPasswordField
        control={control}
        name="currentPassword"
        id={`${idPrefix}-mobile-current-password`}
      />
      <MobileWithSmsCode
        control={control}
        getValues={getValues}
        setError={setError}
        sendCode={sendContactSmsCode}
        mobileName="mobile"
        smsCodeName="smsCode"
        idPrefix={idPrefix}
        labels={{
          mobile: t(contact.mobile ? 'notifications.contact.newMobile' : 'notifications.contact.mobile'),
          mobileRule: t('notifications.contact.mobileRule'),
          smsCode: t('notifications.contact.smsCode'),
        }}
      />
      <Button htmlType="submit" loading={save.isPending}>
        {t('notifications.contact.saveMobile')}
      </Button>
    </form>
  );
}
