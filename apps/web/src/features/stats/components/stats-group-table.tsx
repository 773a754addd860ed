import type { Stats } from '@zhicheng/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRate } from './format-rate';

type Group = Stats['bySeries'][number];

/** 按系列 / 按评委会: total, approved, rejected and the pass rate of each group. */
export function StatsGroupTable({
  title,
  nameTitle,
  rows,
}: {
  title: string;
  nameTitle: string;
  rows: Group[];
}) {
  const { t } = useTranslation();
  return (
    <Table<Group>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={rows}
      title={() => <h2 className="stats-heading">{title}</h2>}
      locale={{ emptyText: t('stats.noData') }}
      columns={[
        { key: 'name', dataIndex: 'name', title: nameTitle },
        { key: 'total', dataIndex: 'total', title: t('stats.total'), align: 'right' },
        { key: 'approved', dataIndex: 'approved', title: t('applicationStatus.approved'), align: 'right' },
        { key: 'rejected', dataIndex: 'rejected', title: t('applicationStatus.rejected'), align: 'right' },
        {
          key: 'passRate',
          dataIndex: 'passRate',
          title: t('stats.passRate'),
          align: 'right',
          render: (rate: number | null) => formatRate(rate),
        },
      ]}
    />
  );
}
