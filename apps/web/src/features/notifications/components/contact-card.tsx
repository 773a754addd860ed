import { Alert, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useContact } from '../api/contact';
import { ContactEmailForm } from './contact-email-form';
import { ContactMobileForm } from './contact-mobile-form';

/** 联系方式 on 消息设置: the person's own e-mail and mobile, where SMS and e-mail notifications go. */
export function ContactCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const contact = useContact(userId);
  return (
    <Card title={t('notifications.contact.title')} className="notification-contact">
      <Typography.Paragraph type="secondary">{t('notifications.contact.intro')}</Typography.Paragraph>
      {contact.isPending ? (
        <Skeleton active />
      ) : contact.isError ? (
        <Alert type="error" showIcon title={t('notifications.contact.loadFailed')} />
      ) : (
        <div className="notification-contact-forms">
          <ContactEmailForm userId={userId} contact={contact.data} />
          <ContactMobileForm userId={userId} contact={contact.data} />
        </div>
      )}
    </Card>
  );
}
