import type { ApiKey } from '@zhicheng/contracts';
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../../components/readable-tag';
import { formatDateTime } from '../../../../lib/format-date-time';
import { apiKeyState, scopeTextKeys } from './api-key-texts';

const stateColor = { active: 'green', expired: 'default', revoked: 'red' } as const;

interface ApiKeysTableProps {
  keys: ApiKey[];
  loading: boolean;
  onRevoke: (key: ApiKey) => void;
}

/** The keys with prefix, scopes, dates and state; 吊销 on the keys still in force. */
export function ApiKeysTable({ keys, loading, onRevoke }: ApiKeysTableProps) {
  const { t } = useTranslation();
  return (
    <Table<ApiKey>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={keys}
      pagination={false}
      scroll={{ x: 1000 }}
      aria-label={t('apiKeys.tableLabel')}
      locale={{ emptyText: t('apiKeys.empty') }}
      columns={[
        { title: t('apiKeys.name'), dataIndex: 'name' },
        {
          title: t('apiKeys.prefix'),
          key: 'prefix',
          width: 150,
          render: (_, k) => <code>{k.prefix}…</code>,
        },
        {
          title: t('apiKeys.scopes'),
          key: 'scopes',
          render: (_, k) =>
            k.scopes.map((scope) => (
              <Tag key={scope} title={scope}>
                {t(`apiKeys.scope.${scopeTextKeys[scope]}`)}
              </Tag>
            )),
        },
        {
          title: t('apiKeys.createdAt'),
          key: 'createdAt',
          width: 150,
          render: (_, k) => formatDateTime(k.createdAt),
        },
        {
          title: t('apiKeys.lastUsedAt'),
          key: 'lastUsedAt',
          width: 150,
          render: (_, k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('apiKeys.neverUsed')),
        },
        {
          title: t('apiKeys.expiresAt'),
          key: 'expiresAt',
          width: 150,
          render: (_, k) => (k.expiresAt ? formatDateTime(k.expiresAt) : t('apiKeys.noExpiry')),
        },
        {
          title: t('apiKeys.status'),
          key: 'state',
          width: 90,
          render: (_, k) => {
            const state = apiKeyState(k);
            return (
              <ReadableTag
                color={stateColor[state]}
                title={k.revokedAt ? formatDateTime(k.revokedAt) : undefined}
              >
                {t(`apiKeys.state.${state}`)}
              </ReadableTag>
            );
          },
        },
        {
          title: t('apiKeys.actions'),
          key: 'actions',
          width: 80,
          render: (_, k) =>
            k.revokedAt ? null : (
              <Button
                type="link"
                size="small"
                danger
                onClick={() => onRevoke(k)}
                aria-label={`${t('apiKeys.revoke')} ${k.name}`}
              >
                {t('apiKeys.revoke')}
              </Button>
            ),
        },
      ]}
    />
  );
}
