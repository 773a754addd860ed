import { CopyOutlined } from '@ant-design/icons';
import type { ApiKeyCreated } from '@zhicheng/contracts';
import { Alert, App, Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface ApiKeySecretModalProps {
  /** The key just created, with its secret; null when closed. The secret is gone once closed. */
  created: ApiKeyCreated | null;
  onClose: () => void;
}

/** Shows a new key's secret once, with a copy button and the warning that it will not be shown again. */
export function ApiKeySecretModal({ created, onClose }: ApiKeySecretModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      void message.success(t('apiKeys.copied'));
    } catch {
      void message.warning(t('apiKeys.copyFailed'));
    }
  };

  return (
    <Modal
      open={created !== null}
      title={t('apiKeys.secretTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiKeys.done')}
        </Button>
      }
    >
      {created ? (
        <>
          <p>{t('apiKeys.secretIntro', { name: created.name })}</p>
          <div className="temp-password">
            {/* A key is long: smaller than a temporary password, and broken anywhere. */}
            <code
              data-testid="api-key-secret"
              style={{ fontSize: 14, letterSpacing: 0, wordBreak: 'break-all' }}
            >
              {created.key}
            </code>
            <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
              {t('apiKeys.copy')}
            </Button>
          </div>
          <Alert type="warning" showIcon title={t('apiKeys.secretWarning')} />
        </>
      ) : null}
    </Modal>
  );
}
