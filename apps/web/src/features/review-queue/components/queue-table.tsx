import type { ApplicationListItem } from '@zhicheng/contracts';
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../lib/format-date-time';
import { StatusTag } from '../../../shared/applications/status-tag';
import { batchActions, type QueueKind, queueKinds } from './queue-kind';

interface QueueTableProps {
  kind: QueueKind;
  rows: ApplicationListItem[];
  loading: boolean;
  empty: ReactNode;
  selected: string[];
  onSelect: (rows: ApplicationListItem[], selected: boolean) => void;
}

/** Whether a row can take part in a batch action (or, for the unit, in a 单位公示). */
export function isSelectable(kind: QueueKind, row: ApplicationListItem): boolean {
  if (kind === 'unit' && row.status === 'unit_review') return true;
  return row.allowedActions.some((a) => (batchActions as readonly string[]).includes(a));
}

function PublicityCell({ row }: { row: ApplicationListItem }) {
  const { t } = useTranslation();
  const publicity = row.unitPublicity;
  if (!publicity) return <Tag>{t('reviewQueue.publicityNone')}</Tag>;
  return (
    <span>
      <ReadableTag color={publicity.ended ? 'green' : 'blue'}>
        {publicity.ended ? t('reviewQueue.publicityEnded') : t('reviewQueue.publicityOngoing')}
      </ReadableTag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('reviewQueue.publicityWindow', {
          startsOn: publicity.startsOn,
          endsOn: publicity.endsOn,
          days: publicity.workingDays,
        })}
      </Typography.Text>
    </span>
  );
}

/** The queue's rows: who applied, for what, where it stands, and a link to review it. */
export function QueueTable({ kind, rows, loading, empty, selected, onSelect }: QueueTableProps) {
  const { t } = useTranslation();
  const config = queueKinds[kind];
  const columns: TableColumnsType<ApplicationListItem> = [
    { title: t('reviewQueue.applicant'), key: 'name', render: (_, r) => r.applicant.name, width: 100 },
    { title: t('reviewQueue.username'), key: 'username', render: (_, r) => r.applicant.username, width: 120 },
    {
      title: t('reviewQueue.idNumber'),
      key: 'idNumber',
      render: (_, r) => r.applicant.idNumberMasked,
      width: 180,
    },
    ...(kind === 'dept'
      ? [
          {
            title: t('reviewQueue.unit'),
            key: 'unit',
            render: (_: unknown, r: ApplicationListItem) => r.unitName,
          },
        ]
      : []),
    {
      title: t('reviewQueue.qualification'),
      key: 'qualification',
      render: (_, r) => `${r.names.series} · ${r.names.specialty} · ${r.names.qualification}`,
    },
    { title: t('reviewQueue.committee'), key: 'committee', render: (_, r) => r.names.committee },
    {
      title: t('reviewQueue.status'),
      key: 'status',
      width: 120,
      render: (_, r) => <StatusTag status={r.status} />,
    },
    {
      title: t('reviewQueue.submittedAt'),
      key: 'submittedAt',
      width: 150,
      render: (_, r) => (r.submittedAt ? formatDateTime(r.submittedAt) : '—'),
    },
    ...(kind === 'unit'
      ? [
          {
            title: t('reviewQueue.unitPublicity'),
            key: 'publicity',
            width: 200,
            render: (_: unknown, r: ApplicationListItem) => <PublicityCell row={r} />,
          },
        ]
      : []),
    {
      title: t('reviewQueue.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Link to={`${config.path}/${r.id}`} aria-label={t('reviewQueue.viewOf', { name: r.applicant.name })}>
          {t('reviewQueue.view')}
        </Link>
      ),
    },
  ];

  return (
    <Table<ApplicationListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      // An empty table scrolls nothing: a scroll container without a focusable row fails WCAG (axe).
      scroll={rows.length > 0 ? { x: 1200 } : undefined}
      aria-label={t(kind === 'unit' ? 'nav.unitReview' : 'nav.deptReview')}
      locale={{ emptyText: empty }}
      rowSelection={{
        selectedRowKeys: selected,
        preserveSelectedRowKeys: true,
        getCheckboxProps: (r) => ({
          disabled: !isSelectable(kind, r),
          'aria-label': t('reviewQueue.selectRow', { name: r.applicant.name }),
        }),
        onSelect: (row, isSelected) => onSelect([row], isSelected),
        onSelectAll: (isSelected, _all, changed) => onSelect(changed, isSelected),
      }}
    />
  );
}
