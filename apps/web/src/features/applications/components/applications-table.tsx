import { type Application, isEditable } from '@zhicheng/contracts';
import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format-date-time';
import { StatusTag } from '../../../shared/applications/status-tag';

interface ApplicationsTableProps {
  caption: string;
  items: Application[];
  loading: boolean;
  empty: string;
  /** Row actions; by default only 继续申报 where the application is editable. */
  renderActions?: (application: Application) => ReactNode;
}

/** 申报中 / 已申报: one row per application, the actions its status allows at the right. */
export function ApplicationsTable({ caption, items, loading, empty, renderActions }: ApplicationsTableProps) {
  const { t } = useTranslation();
  return (
    <Table<Application>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: empty }}
      aria-label={caption}
      columns={[
        {
          title: t('applicantHome.qualification'),
          key: 'qualification',
          render: (_, a) => a.names.qualification,
        },
        { title: t('applicantHome.specialty'), key: 'specialty', render: (_, a) => a.names.specialty },
        { title: t('applicantHome.committee'), key: 'committee', render: (_, a) => a.names.committee },
        { title: t('applicantHome.cycle'), key: 'cycle', render: (_, a) => a.names.cycle },
        {
          title: t('applicantHome.status'),
          key: 'status',
          width: 120,
          render: (_, a) => <StatusTag status={a.status} />,
        },
        {
          title: t('applicantHome.updatedAt'),
          key: 'updatedAt',
          width: 150,
          render: (_, a) => formatDateTime(a.updatedAt),
        },
        {
          title: t('applicantHome.actions'),
          key: 'actions',
          width: renderActions ? 240 : 110,
          fixed: 'right',
          render: (_, a) =>
            renderActions ? (
              renderActions(a)
            ) : isEditable(a.status) ? (
              <Link to={`/applicant/applications/${a.id}/sections`}>{t('applicantHome.continue')}</Link>
            ) : null,
        },
      ]}
    />
  );
}
