import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The signing secret of a webhook just created, shown once with a copy button and how to verify. */
export function WebhookSecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(t('webhooks.copied'));
    } catch {
      void message.warning(t('webhooks.copyFailed'));
    }
  };

  return (
    <Modal
      open={secret !== null}
      title={t('webhooks.secretTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('webhooks.secretDone')}
        </Button>
      }
    >
      {secret ? (
        <>
          <p>{t('webhooks.secretIntro')}</p>
          <div className="temp-password">
            <code data-testid="webhook-secret">{secret}</code>
            <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
              {t('webhooks.copy')}
            </Button>
          </div>
          <Alert
            type="info"
            showIcon
            title={t('webhooks.verifyTitle')}
            description={
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {t('webhooks.verifyHow')}
              </Typography.Paragraph>
            }
          />
        </>
      ) : null}
    </Modal>
  );
}
