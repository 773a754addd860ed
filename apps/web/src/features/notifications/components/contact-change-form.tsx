import type { ContactDetails } from '@zhicheng/contracts';
import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useContact } from '../api/contact';
import { ContactEmailForm } from './contact-email-form';
import { ContactMobileForm } from './contact-mobile-form';

/**
 * One of 消息设置's contact forms on its own (the unit profile's 修改手机号 / 修改邮箱 open it in a
 * modal): the same rule and requests wherever a person changes their mobile or e-mail.
 */
export function ContactChangeForm({
  userId,
  field,
  onSaved,
}: {
  userId: string;
  field: 'mobile' | 'email';
  onSaved: (saved: ContactDetails) => void;
}) {
  const { t } = useTranslation();
  const contact = useContact(userId);
  if (contact.isPending) return <Skeleton active />;
  if (contact.isError) return <Alert type="error" showIcon title={t('notifications.contact.loadFailed')} />;
  const Form = field === 'mobile' ? ContactMobileForm : ContactEmailForm;
  return <Form userId={userId} contact={contact.data} onSaved={onSaved} idPrefix={`change-${field}`} />;
}
