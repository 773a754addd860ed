import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface TemporaryPasswordModalProps {
  /** Whose password was reset, and the one-time password; null when closed. */
  shown: { name: string; password: string } | null;
  onClose: () => void;
}

/** Shows a reset's temporary password once, with a copy button; it is gone when closed. */
export function TemporaryPasswordModal({ shown, onClose }: TemporaryPasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.password);
      void message.success(t('tempPassword.copied'));
    } catch {
      void message.warning(t('tempPassword.copyFailed'));
    }
  };

  return (
    <Modal
      open={shown !== null}
      title={t('tempPassword.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tempPassword.done')}
        </Button>
      }
    >
      {shown ? (
        <>
          <p>{t('tempPassword.intro', { name: shown.name })}</p>
          <div className="temp-password">
            <code data-testid="temporary-password">{shown.password}</code>
            <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
              {t('tempPassword.copy')}
            </Button>
          </div>
          <Alert type="warning" showIcon title={t('tempPassword.note')} />
        </>
      ) : null}
    </Modal>
  );
}
