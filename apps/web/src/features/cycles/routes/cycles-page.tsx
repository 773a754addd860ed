import { PlusOutlined } from '@ant-design/icons';
import { type Cycle, cycleCreateSchema, cycleUpdateSchema } from '@zhicheng/contracts';
import { Alert, App, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, type ModalField } from '../../../components/entity-form-modal';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../lib/format-date-time';
import { useCreateCycle } from '../api/create-cycle';
import { useCycles } from '../api/get-cycles';
import { useUpdateCycle } from '../api/update-cycle';

/** 申报批次: the review cycles, which one is open, and their dates. */
export function CyclesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cycles = useCycles();
  const create = useCreateCycle();
  const update = useUpdateCycle();
  const [editing, setEditing] = useState<{ item?: Cycle } | null>(null);

  if (cycles.error) return <Alert type="error" showIcon role="alert" title={cycles.error.message} />;

  const fields = (isNew: boolean): ModalField[] => [
    { name: 'name', label: t('cycles.name'), kind: 'text', required: true, rule: t('cycles.nameRule') },
    {
      name: 'year',
      label: t('cycles.year'),
      kind: 'number',
      required: true,
      disabled: !isNew,
      rule: t('cycles.yearRule'),
    },
    { name: 'opensAt', label: t('cycles.opensAt'), kind: 'datetime', required: true },
    {
      name: 'closesAt',
      label: t('cycles.closesAt'),
      kind: 'datetime',
      required: true,
      rule: t('cycles.datesRule'),
    },
    {
      name: 'unitPublicityRequired',
      label: t('cycles.unitPublicityRequired'),
      kind: 'switch',
      rule: t('cycles.unitPublicityRule'),
    },
  ];

  return (
    <Card
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({})}>
          {t('cycles.add')}
        </Button>
      }
    >
      <Table<Cycle>
        rowKey="id"
        size="middle"
        loading={cycles.isPending}
        dataSource={cycles.data ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        aria-label={t('nav.cycles')}
        locale={{ emptyText: t('cycles.empty') }}
        columns={[
          { title: t('cycles.name'), dataIndex: 'name' },
          { title: t('cycles.year'), dataIndex: 'year', width: 80 },
          {
            title: t('cycles.opensAt'),
            key: 'opensAt',
            width: 160,
            render: (_, c) => formatDateTime(c.opensAt),
          },
          {
            title: t('cycles.closesAt'),
            key: 'closesAt',
            width: 160,
            render: (_, c) => formatDateTime(c.closesAt),
          },
          {
            title: t('cycles.unitPublicity'),
            key: 'unitPublicityRequired',
            width: 100,
            render: (_, c) =>
              c.unitPublicityRequired ? (
                <ReadableTag color="blue">{t('cycles.publicityRequired')}</ReadableTag>
              ) : (
                <Tag>{t('cycles.publicityNotRequired')}</Tag>
              ),
          },
          {
            title: t('cycles.status'),
            key: 'open',
            width: 100,
            render: (_, c) =>
              c.open ? (
                <ReadableTag color="green">{t('cycles.open')}</ReadableTag>
              ) : (
                <Tag>{t('cycles.closed')}</Tag>
              ),
          },
          {
            title: t('cycles.actions'),
            key: 'actions',
            width: 90,
            render: (_, c) => (
              <Button
                type="link"
                size="small"
                onClick={() => setEditing({ item: c })}
                aria-label={`${t('cycles.edit')} ${c.name}`}
              >
                {t('cycles.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <EntityFormModal
          title={editing.item ? t('cycles.editTitle', { name: editing.item.name }) : t('cycles.createTitle')}
          schema={
            editing.item
              ? cycleUpdateSchema.safeExtend({ year: cycleCreateSchema.shape.year })
              : cycleCreateSchema
          }
          defaultValues={
            editing.item
              ? {
                  name: editing.item.name,
                  year: editing.item.year,
                  opensAt: editing.item.opensAt,
                  closesAt: editing.item.closesAt,
                  unitPublicityRequired: editing.item.unitPublicityRequired,
                }
              : {
                  name: '',
                  year: new Date().getFullYear(),
                  opensAt: '',
                  closesAt: '',
                  unitPublicityRequired: true,
                }
          }
          fields={() => fields(!editing.item)}
          onSubmit={async (values) => {
            const body = {
              name: String(values.name),
              opensAt: String(values.opensAt),
              closesAt: String(values.closesAt),
              unitPublicityRequired: values.unitPublicityRequired !== false,
            };
            if (editing.item) await update.mutateAsync({ id: editing.item.id, body });
            else await create.mutateAsync({ ...body, year: Number(values.year) });
            void message.success(t('cycles.saved'));
          }}
          onClose={() => setEditing(null)}
          okText={t('catalogAdmin.save')}
          cancelText={t('catalogAdmin.cancel')}
        />
      ) : null}
    </Card>
  );
}

export default CyclesPage;
