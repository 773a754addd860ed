import type { NotificationPreferences, NotificationSettings } from '@zhicheng/contracts';
import { Alert, App, Card, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useSessionUser } from '../../../lib/auth-store';
import { useNotificationSettings, useSaveNotificationPreferences } from '../api/notification-preferences';
import { ContactCard } from '../components/contact-card';
import './notification-settings.css';

type Channel = keyof NotificationPreferences;

/**
 * 消息设置: the person's contact details (e-mail, a mobile verified by SMS), then the channels: in-app
 * messages are always on; SMS and e-mail each need their contact on the account.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const settings = useNotificationSettings(user.id);
  const save = useSaveNotificationPreferences(user.id);

  return (
    <>
      <ContactCard userId={user.id} />
      {settings.isPending ? (
        <Skeleton active />
      ) : settings.isError ? (
        <Alert type="error" showIcon title={t('notifications.settingsLoadFailed')} />
      ) : (
        <Channels current={settings.data} save={save} />
      )}
    </>
  );
}

/** The SMS and e-mail switches. */
function Channels({
  current,
  save,
}: {
  current: NotificationSettings;
  save: ReturnType<typeof useSaveNotificationPreferences>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const contact: Record<Channel, string | null> = { sms: current.mobile, email: current.emailAddress };

  const toggle = (channel: Channel, on: boolean) =>
    save.mutate(
      { sms: current.sms, email: current.email, [channel]: on },
      {
        onSuccess: () => void message.success(t('notifications.saved')),
        // A refusal names the field (the contact was removed meanwhile); anything else is generic.
        onError: (error) =>
          void message.error(
            isApiError(error)
              ? (error.errors[0]?.message ?? error.displayMessage)
              : t('notifications.saveFailed'),
          ),
      },
    );

  return (
    <Card title={t('notifications.channelsTitle')}>
      <Typography.Paragraph>{t('notifications.settingsIntro')}</Typography.Paragraph>
      {(['sms', 'email'] as const).map((channel) => {
        const address = contact[channel];
        const hintId = `notification-channel-${channel}-hint`;
        return (
          <div key={channel} className="notification-channel">
            <div>
              <Typography.Text strong id={`notification-channel-${channel}`}>
                {t(`notifications.channels.${channel}`)}
              </Typography.Text>
              <Typography.Paragraph type="secondary" id={hintId} className="notification-channel-hint">
                {address
                  ? t('notifications.sendTo', { address })
                  : t(`notifications.missingContact.${channel}`)}
              </Typography.Paragraph>
            </div>
            <Switch
              checked={current[channel]}
              disabled={!address && !current[channel]}
              loading={save.isPending && save.variables?.[channel] !== current[channel]}
              aria-labelledby={`notification-channel-${channel}`}
              aria-describedby={hintId}
              onChange={(on) => toggle(channel, on)}
            />
          </div>
        );
      })}
    </Card>
  );
}

export default NotificationSettingsPage;
