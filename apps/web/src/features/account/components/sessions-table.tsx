import type { AccountSession } from '@zhicheng/contracts';
import { Alert, App, Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format-date-time';
import { useEndSession, useSessions } from '../api/sessions';

/**
 * 账号安全's list of the signed-in person's sessions (ASVS 7.5.2): where they are signed in, and a
 * button to end any other one (a lost phone, a shared office computer). This one is ended by 退出登录.
 */
export function SessionsTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sessions = useSessions();
  const end = useEndSession();

  if (sessions.isError) return <Alert type="error" showIcon message={t('sessions.loadFailed')} />;

  return (
    <Table<AccountSession>
      rowKey="id"
      size="middle"
      pagination={false}
      loading={sessions.isPending}
      dataSource={sessions.data?.items ?? []}
      locale={{ emptyText: t('sessions.empty') }}
      columns={[
        {
          title: t('sessions.device'),
          dataIndex: 'device',
          render: (device: string, row) => (
            <>
              {device}
              {row.current && (
                <Tag color="blue" style={{ marginInlineStart: 8 }}>
                  {t('sessions.current')}
                </Tag>
              )}
            </>
          ),
        },
        { title: t('sessions.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
        { title: t('sessions.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
        { title: t('sessions.lastSeenAt'), dataIndex: 'lastSeenAt', render: formatDateTime },
        {
          title: t('sessions.actions'),
          key: 'actions',
          render: (_, row) =>
            row.current ? null : (
              <Popconfirm
                title={t('sessions.endConfirm', { device: row.device })}
                okText={t('sessions.end')}
                onConfirm={() =>
                  end.mutateAsync(row.id).then(
                    () => void message.success(t('sessions.ended')),
                    () => void message.error(t('sessions.endFailed')),
                  )
                }
              >
                <Button size="small" danger aria-label={t('sessions.endLabel', { device: row.device })}>
                  {t('sessions.end')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
