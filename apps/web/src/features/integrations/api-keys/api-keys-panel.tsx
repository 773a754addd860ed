import { PlusOutlined } from '@ant-design/icons';
import type { ApiKey, ApiKeyCreated } from '@zhicheng/contracts';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useSessionUser } from '../../../lib/auth-store';
import { useApiKeys } from './api/list-api-keys';
import { useRevokeApiKey } from './api/revoke-api-key';
import { ApiKeySecretModal } from './components/api-key-secret-modal';
import { ApiKeysTable } from './components/api-keys-table';
import { CreateApiKeyModal } from './components/create-api-key-modal';

/** 接口对接 › API 密钥: the owner's keys, 创建密钥 (the secret shown once) and 吊销 (confirmed). */
export function ApiKeysPanel() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const bureau = useSessionUser().role === 'bureau_admin';

  const confirmRevoke = (key: ApiKey) =>
    modal.confirm({
      title: t('apiKeys.revokeTitle', { name: key.name }),
      content: t('apiKeys.revokeContent'),
      okText: t('apiKeys.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('apiKeys.cancel'),
      onOk: async () => {
        try {
          await revoke.mutateAsync(key.id);
          void message.success(t('apiKeys.revoked', { name: key.name }));
        } catch (error) {
          void message.error(isApiError(error) ? error.displayMessage : t('errors.unknown'));
        }
      },
    });

  return (
    <>
      <div className="list-toolbar">
        <Alert
          type="info"
          showIcon
          style={{ flex: '1 1 320px' }}
          title={bureau ? t('apiKeys.introBureau') : t('apiKeys.introUnit')}
        />
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('apiKeys.create')}
        </Button>
      </div>
      {keys.error ? <Alert type="error" showIcon role="alert" title={keys.error.message} /> : null}
      <ApiKeysTable keys={keys.data ?? []} loading={keys.isPending} onRevoke={confirmRevoke} />
      {creating ? <CreateApiKeyModal onCreated={setCreated} onClose={() => setCreating(false)} /> : null}
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
    </>
  );
}
