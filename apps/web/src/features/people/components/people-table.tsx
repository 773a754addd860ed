import { Button, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date-time';
import type { PeopleKind, PeopleList, PersonRow } from '../api/people-kind';
import { AccountStatusTag } from './status-tag';

interface PeopleTableProps {
  kind: PeopleKind;
  data: PeopleList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  searching: boolean;
  onPage: (page: number) => void;
  onEdit: (row: PersonRow) => void;
  onReset: (row: PersonRow) => void;
  onDelete: (row: PersonRow) => void;
  onDisable: (row: PersonRow) => void;
  onEnable: (row: PersonRow) => void;
}

export function PeopleTable(props: PeopleTableProps) {
  const { kind, data, loading, page, pageSize, searching, onPage } = props;
  const { t } = useTranslation();

  const columns: TableColumnsType<PersonRow> = [
    { title: t('people.name'), dataIndex: 'name', key: 'name', width: 120 },
    { title: t('people.username'), dataIndex: 'username', key: 'username' },
    { title: t('people.idNumber'), dataIndex: 'idNumberMasked', key: 'idNumber' },
    kind === 'operators'
      ? { title: t('people.mobile'), dataIndex: 'mobile', key: 'mobile' }
      : { title: t('people.unitName'), dataIndex: 'unitName', key: 'unitName' },
    {
      title: t('people.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 120,
      render: (value: string) => formatDate(value),
    },
    {
      title: t('people.status'),
      key: 'status',
      width: 170,
      render: (_, row) => (
        <AccountStatusTag status={row.status} mustChangePassword={row.mustChangePassword} />
      ),
    },
    {
      title: t('people.actions'),
      key: 'actions',
      width: 210,
      render: (_, row) => <RowActions row={row} {...props} />,
    },
  ];

  return (
    <Table<PersonRow>
      rowKey="id"
      columns={columns}
      scroll={{ x: 1000 }}
      dataSource={data?.items ?? []}
      loading={loading}
      locale={{ emptyText: t(searching ? `people.${kind}.emptySearch` : `people.${kind}.empty`) }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (count) => t('people.total', { count }),
        onChange: onPage,
        hideOnSinglePage: false,
      }}
    />
  );
}

function RowActions({
  row,
  onEdit,
  onReset,
  onDelete,
  onDisable,
  onEnable,
}: { row: PersonRow } & PeopleTableProps) {
  const { t } = useTranslation();
  // Operators' rows carry no `deletable`: the server still refuses (409) when it must.
  const deletable = row.deletable ?? true;
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(row)}>
        {t('people.editAction')}
      </Button>
      <Button type="link" size="small" onClick={() => onReset(row)}>
        {t('people.resetAction')}
      </Button>
      {deletable ? (
        <Button type="link" size="small" onClick={() => onDelete(row)}>
          {t('people.deleteAction')}
        </Button>
      ) : null}
      {row.status === 'disabled' ? (
        <Button type="link" size="small" onClick={() => onEnable(row)}>
          {t('people.enableAction')}
        </Button>
      ) : !deletable ? (
        <Button type="link" size="small" onClick={() => onDisable(row)}>
          {t('people.disableAction')}
        </Button>
      ) : null}
    </Space>
  );
}
