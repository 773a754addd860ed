import { PlusOutlined } from '@ant-design/icons';
import type { Webhook, WebhookCreated } from '@zhicheng/contracts';
import { App, Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api-error';
import { formatDateTime } from '../../../../lib/format-date-time';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useWebhooks } from '../api/list-webhooks';
import { usePingWebhook } from '../api/ping-webhook';
import { eventTypeLabel } from './event-type-label';
import { WebhookCreateModal } from './webhook-create-modal';
import { WebhookDeliveriesDrawer } from './webhook-deliveries-drawer';
import { WebhookSecretModal } from './webhook-secret-modal';

const pageSize = 20;

/**
 * 事件推送: the caller's webhooks (its unit's, or the bureau's) with 新增, 推送记录, 发送测试 and 删除.
 * The signing secret is shown once, right after creating.
 */
export function WebhooksPanel() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [page, setPage] = useState(1);
  const list = useWebhooks(page, pageSize);
  const remove = useDeleteWebhook();
  const ping = usePingWebhook();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [viewing, setViewing] = useState<Webhook | null>(null);

  const fail = (error: unknown) =>
    void message.error(isApiError(error) ? error.displayMessage : t('errors.unknown'));

  const confirmDelete = (row: Webhook) =>
    modal.confirm({
      title: t('webhooks.deleteConfirm', { url: row.url }),
      content: t('webhooks.deleteContent'),
      okText: t('webhooks.deleteAction'),
      okButtonProps: { danger: true },
      cancelText: t('webhooks.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(row.id);
          void message.success(t('webhooks.deleted'));
        } catch (error) {
          fail(error);
        }
      },
    });

  const sendPing = async (row: Webhook) => {
    try {
      await ping.mutateAsync(row.id);
      void message.success(t('webhooks.pinged'));
    } catch (error) {
      fail(error);
    }
  };

  const created = (webhook: WebhookCreated) => {
    setCreating(false);
    setSecret(webhook.secret);
  };

  const columns: TableColumnsType<Webhook> = [
    {
      title: t('webhooks.url'),
      key: 'url',
      render: (_, row) => (
        <>
          <Typography.Text copyable={{ text: row.url }} style={{ wordBreak: 'break-all' }}>
            {row.url}
          </Typography.Text>
          {row.description ? <div className="webhook-description">{row.description}</div> : null}
        </>
      ),
    },
    {
      title: t('webhooks.events'),
      key: 'events',
      render: (_, row) => (
        <Space size={[0, 4]} wrap>
          {row.events.map((type) => (
            <Tag key={type}>{eventTypeLabel(t, type)}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t('webhooks.createdAt'), key: 'createdAt', render: (_, row) => formatDateTime(row.createdAt) },
    {
      title: t('webhooks.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setViewing(row)}>
            {t('webhooks.deliveriesAction')}
          </Button>
          <Button type="link" size="small" onClick={() => void sendPing(row)}>
            {t('webhooks.pingAction')}
          </Button>
          <Button type="link" size="small" danger onClick={() => confirmDelete(row)}>
            {t('webhooks.deleteAction')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="list-toolbar">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('webhooks.intro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('webhooks.add')}
        </Button>
      </div>
      <Table<Webhook>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('webhooks.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      {creating ? <WebhookCreateModal onClose={() => setCreating(false)} onCreated={created} /> : null}
      <WebhookSecretModal secret={secret} onClose={() => setSecret(null)} />
      {viewing ? <WebhookDeliveriesDrawer webhook={viewing} onClose={() => setViewing(null)} /> : null}
    </>
  );
}
