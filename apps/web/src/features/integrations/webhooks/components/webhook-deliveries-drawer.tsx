import { ReloadOutlined } from '@ant-design/icons';
import type { WebhookAttempt, WebhookDelivery } from '@zhicheng/contracts';
import { Button, Drawer, Empty, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../../components/readable-tag';
import { formatDateTime } from '../../../../lib/format-date-time';
import { useDeliveries } from '../api/list-deliveries';
import { eventTypeLabel } from './event-type-label';

const statusColor = { pending: 'blue', succeeded: 'green', failed: 'red' } as const;

function AttemptsTable({ attempts }: { attempts: WebhookAttempt[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<WebhookAttempt & { n: number }> = [
    { title: t('webhooks.attemptNo'), dataIndex: 'n', key: 'n', width: 56 },
    { title: t('webhooks.attemptAt'), key: 'at', render: (_, a) => formatDateTime(a.at) },
    {
      title: t('webhooks.responseStatus'),
      key: 'status',
      render: (_, a) => a.responseStatus ?? t('webhooks.noResponse'),
    },
    { title: t('webhooks.error'), key: 'error', render: (_, a) => a.error ?? '—' },
    {
      title: t('webhooks.duration'),
      key: 'duration',
      render: (_, a) => t('webhooks.durationMs', { ms: a.durationMs }),
    },
  ];
  return (
    <Table
      size="small"
      rowKey="n"
      pagination={false}
      columns={columns}
      dataSource={attempts.map((a, i) => ({ ...a, n: i + 1 }))}
      locale={{ emptyText: t('webhooks.noAttempts') }}
    />
  );
}

function DeliveryItem({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  return (
    <section className="webhook-delivery" aria-label={eventTypeLabel(t, delivery.eventType)}>
      <Space wrap size="small" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{eventTypeLabel(t, delivery.eventType)}</Typography.Text>
        <ReadableTag color={statusColor[delivery.status]}>
          {t(`webhooks.status.${delivery.status}`)}
        </ReadableTag>
        <Typography.Text type="secondary">{formatDateTime(delivery.createdAt)}</Typography.Text>
        {delivery.nextAttemptAt ? (
          <Typography.Text>
            {t('webhooks.nextAttempt', { time: formatDateTime(delivery.nextAttemptAt) })}
          </Typography.Text>
        ) : null}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('webhooks.eventId', { id: delivery.eventId })}
      </Typography.Paragraph>
      <AttemptsTable attempts={delivery.attempts} />
    </section>
  );
}

/** 推送记录 of one webhook: newest first, each with its attempts; reloads itself while one is pending. */
export function WebhookDeliveriesDrawer({
  webhook,
  onClose,
}: {
  webhook: { id: string; url: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const deliveries = useDeliveries(webhook.id);
  const items = deliveries.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Drawer
      open
      size="large"
      title={t('webhooks.deliveriesTitle', { url: webhook.url })}
      onClose={onClose}
      extra={
        <Button
          icon={<ReloadOutlined aria-hidden />}
          loading={deliveries.isFetching}
          onClick={() => void deliveries.refetch()}
        >
          {t('webhooks.refresh')}
        </Button>
      }
    >
      {deliveries.isSuccess && items.length === 0 ? (
        <Empty description={t('webhooks.deliveriesEmpty')} />
      ) : null}
      {items.map((d) => (
        <DeliveryItem key={d.id} delivery={d} />
      ))}
      {deliveries.hasNextPage ? (
        <Button block loading={deliveries.isFetchingNextPage} onClick={() => void deliveries.fetchNextPage()}>
          {t('webhooks.loadMore')}
        </Button>
      ) : null}
    </Drawer>
  );
}
