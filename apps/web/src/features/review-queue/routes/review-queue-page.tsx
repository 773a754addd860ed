import { DownloadOutlined } from '@ant-design/icons';
import type { ApplicationListItem, ApplicationStatus } from '@zhicheng/contracts';
import { chinaDate } from '@zhicheng/contracts';
import { Alert, App, Button, Card, Empty, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../lib/auth-store';
import { exportQueue, saveBlob } from '../../../shared/applications/export-applications';
import { useApplicationCounts } from '../../../shared/applications/get-application-counts';
import { useQueue } from '../api/list-queue';
import { BatchBar } from '../components/batch-bar';
import { QueueFilters } from '../components/queue-filters';
import { queueKindOf, queueKinds } from '../components/queue-kind';
import { QueueTable } from '../components/queue-table';
import { useQueueParams } from '../components/use-queue-params';
import '../review-queue.css';

const pageSize = 20;
const allTab = 'all';

/**
 * 资格评审审核 (unit) and 部门审核 (department): one queue, scoped by the server to the caller; the role
 * decides the tabs, the columns (单位 for the department, 单位公示 for the unit) and the actions.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSessionUser();
  const kind = queueKindOf(user.role);
  const config = queueKinds[kind];
  const view = useQueueParams();
  const counts = useApplicationCounts(view.filters);

  // Keyset pagination: the cursors of the pages visited, for 上一页; a new view starts over.
  const [pages, setPages] = useState<{ key: string; cursors: (string | null)[] }>({
    key: view.viewKey,
    cursors: [null],
  });
  const cursors = pages.key === view.viewKey ? pages.cursors : [null];
  const cursor = cursors.at(-1) ?? null;
  const list = useQueue({ filters: view.listFilters, sort: view.sort, cursor, limit: pageSize });

  // The selection survives paging (rows are remembered by id), not a change of view.
  const [selection, setSelection] = useState<{ key: string; rows: Map<string, ApplicationListItem> }>({
    key: view.viewKey,
    rows: new Map(),
  });
  const selected = selection.key === view.viewKey ? selection.rows : new Map<string, ApplicationListItem>();
  const select = (rows: ApplicationListItem[], isSelected: boolean) => {
    const next = new Map(selected);
    for (const row of rows) {
      if (isSelected) next.set(row.id, row);
      else next.delete(row.id);
    }
    setSelection({ key: view.viewKey, rows: next });
  };
  const clearSelection = () => setSelection({ key: view.viewKey, rows: new Map() });

  const [exporting, setExporting] = useState(false);
  const exportCsv = async () => {
    setExporting(true);
    try {
      const blob = await exportQueue(view.listFilters, view.sort);
      saveBlob(blob, t('reviewQueue.exportFileName', { date: chinaDate(new Date()) }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    } finally {
      setExporting(false);
    }
  };

  const byStatus = counts.data?.byStatus;
  const tabStatuses = config.statuses.filter(
    (s) => config.primaryStatuses.includes(s) || (byStatus?.[s] ?? 0) > 0 || s === view.status,
  );
  const countText = (n: number | undefined) => (n === undefined ? '' : ` ${n}`);
  const tabItems = [
    { key: allTab, label: `${t('reviewQueue.tabAll')}${countText(counts.data?.total)}` },
    ...tabStatuses.map((s: ApplicationStatus) => ({
      key: s,
      label: `${t(`applicationStatus.${s}`)}${countText(byStatus?.[s])}`,
    })),
  ];

  const rows = list.data?.items ?? [];
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={view.hasFilters || view.status ? t('reviewQueue.emptyFiltered') : t(config.emptyKey)}
    >
      {view.hasFilters ? <Button onClick={view.clearFilters}>{t('reviewQueue.clearFilters')}</Button> : null}
    </Empty>
  );

  return (
    <Card>
      <div className="list-toolbar">
        <QueueFilters view={view} />
        <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} onClick={() => void exportCsv()}>
          {t('reviewQueue.export')}
        </Button>
      </div>
      <Tabs
        activeKey={view.status ?? allTab}
        onChange={(key) => view.setStatus(key === allTab ? undefined : (key as ApplicationStatus))}
        items={tabItems}
        aria-label={t('reviewQueue.tabsLabel')}
      />
      {list.error ? <Alert type="error" showIcon role="alert" title={list.error.message} /> : null}
      <BatchBar
        kind={kind}
        selected={[...selected.values()]}
        onDone={clearSelection}
        onClear={clearSelection}
      />
      <QueueTable
        kind={kind}
        rows={rows}
        loading={list.isFetching}
        empty={empty}
        selected={[...selected.keys()]}
        onSelect={select}
      />
      <div className="queue-pager">
        <span>{list.data ? t('reviewQueue.total', { count: list.data.total }) : null}</span>
        <Space>
          <Button
            disabled={cursors.length <= 1}
            onClick={() => setPages({ key: view.viewKey, cursors: cursors.slice(0, -1) })}
          >
            {t('reviewQueue.previous')}
          </Button>
          <Button
            disabled={!list.data?.nextCursor || list.isPlaceholderData}
            onClick={() =>
              list.data?.nextCursor &&
              setPages({ key: view.viewKey, cursors: [...cursors, list.data.nextCursor] })
            }
          >
            {t('reviewQueue.next')}
          </Button>
        </Space>
      </div>
    </Card>
  );
}

export default ReviewQueuePage;
