import '../catalog-admin.css';
import { PlusOutlined } from '@ant-design/icons';
import {
  committeeCreateSchema,
  committeeUpdateSchema,
  departmentCreateSchema,
  departmentUpdateSchema,
  levels,
} from '@zhicheng/contracts';
import { Alert, App, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, type ModalField } from '../../../components/entity-form-modal';
import { useCreateCommittee } from '../api/create-committee';
import { useCreateDepartment } from '../api/create-department';
import { useDeleteCommittee } from '../api/delete-committee';
import { useDeleteDepartment } from '../api/delete-department';
import { type AdminCatalog, useAdminCatalog } from '../api/get-admin-catalog';
import { useUpdateCommittee } from '../api/update-committee';
import { useUpdateDepartment } from '../api/update-department';
import { useEntityStatusColumns } from '../components/entity-status-columns';

type Department = AdminCatalog['departments'][number];
type Committee = AdminCatalog['committees'][number];
type Editing = { kind: 'department'; item?: Department } | { kind: 'committee'; item?: Committee } | null;

/** 评委会与部门: the departments that run committees, and the committees with their scope. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const catalog = useAdminCatalog();
  const entityStatusColumns = useEntityStatusColumns();
  const [editing, setEditing] = useState<Editing>(null);
  const createDepartment = useCreateDepartment();
  const updateDepartment = useUpdateDepartment();
  const deleteDepartment = useDeleteDepartment();
  const createCommittee = useCreateCommittee();
  const updateCommittee = useUpdateCommittee();
  const deleteCommittee = useDeleteCommittee();

  if (catalog.error) return <Alert type="error" showIcon role="alert" title={catalog.error.message} />;
  const data = catalog.data;
  const departments = data?.departments ?? [];
  const committees = data?.committees ?? [];
  const departmentName = (id: string) => departments.find((d) => d.id === id)?.name ?? '';
  const seriesOf = (id: string) => data?.series.find((s) => s.id === id);
  const kindDepartment = t('catalogAdmin.kindDepartment');
  const kindCommittee = t('catalogAdmin.kindCommittee');
  const saved = () => void message.success(t('catalogAdmin.saved'));

  const committeeFields = (values: Record<string, unknown>, isNew: boolean): ModalField[] => {
    const series = seriesOf(String(values.seriesId ?? ''));
    return [
      ...(isNew
        ? [
            {
              name: 'code',
              label: t('catalogAdmin.code'),
              kind: 'text',
              required: true,
              rule: t('catalogAdmin.codeRule'),
            } as const,
          ]
        : []),
      { name: 'name', label: t('catalogAdmin.name'), kind: 'text', required: true },
      {
        name: 'departmentId',
        label: t('catalogAdmin.department'),
        kind: 'select',
        required: true,
        options: departments
          .filter((d) => d.active || d.id === values.departmentId)
          .map((d) => ({ value: d.id, label: d.name })),
      },
      {
        name: 'seriesId',
        label: t('catalogAdmin.series'),
        kind: 'select',
        required: true,
        options: (data?.series ?? []).map((s) => ({ value: s.id, label: s.name })),
      },
      {
        name: 'levels',
        label: t('catalogAdmin.levels'),
        kind: 'multiple',
        required: true,
        rule: t('catalogAdmin.levelsRule'),
        options: levels.map((l) => ({ value: l, label: l })),
      },
      {
        name: 'specialtyIds',
        label: t('catalogAdmin.committeeSpecialties'),
        kind: 'multiple',
        rule: t('catalogAdmin.specialtiesRule'),
        placeholder: t('catalogAdmin.allSpecialties'),
        disabled: !series,
        options: (series?.specialties ?? []).map((s) => ({ value: s.id, label: s.name })),
      },
      { name: 'pilot', label: t('catalogAdmin.pilot'), kind: 'switch', rule: t('catalogAdmin.pilotRule') },
    ];
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<h2 className="card-heading">{t('catalogAdmin.departments')}</h2>}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ kind: 'department' })}
          >
            {t('catalogAdmin.addDepartment')}
          </Button>
        }
      >
        <Table<Department>
          rowKey="id"
          size="middle"
          loading={catalog.isPending}
          dataSource={departments}
          pagination={false}
          aria-label={t('catalogAdmin.departments')}
          locale={{ emptyText: t('catalogAdmin.emptyDepartments') }}
          columns={[
            { title: t('catalogAdmin.name'), dataIndex: 'name' },
            ...entityStatusColumns<Department>({
              kind: kindDepartment,
              statusWidth: 100,
              actionsWidth: 200,
              onEdit: (d) => setEditing({ kind: 'department', item: d }),
              setActive: (d, active) => updateDepartment.mutateAsync({ id: d.id, body: { active } }),
              remove: (d) => deleteDepartment.mutateAsync(d.id),
            }),
          ]}
        />
      </Card>

      <Card
        title={<h2 className="card-heading">{t('catalogAdmin.committees')}</h2>}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ kind: 'committee' })}
          >
            {t('catalogAdmin.addCommittee')}
          </Button>
        }
      >
        <Table<Committee>
          rowKey="id"
          size="middle"
          loading={catalog.isPending}
          dataSource={committees}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          aria-label={t('catalogAdmin.committees')}
          locale={{ emptyText: t('catalogAdmin.emptyCommittees') }}
          columns={[
            { title: t('catalogAdmin.code'), dataIndex: 'code', width: 110 },
            {
              title: t('catalogAdmin.name'),
              key: 'name',
              render: (_, c) => (
                <>
                  {c.name} {c.pilot ? <Tag color="blue">{t('catalogAdmin.pilotTag')}</Tag> : null}
                </>
              ),
            },
            {
              title: t('catalogAdmin.department'),
              key: 'department',
              render: (_, c) => departmentName(c.departmentId),
            },
            {
              title: t('catalogAdmin.series'),
              key: 'series',
              width: 110,
              render: (_, c) => seriesOf(c.seriesId)?.name,
            },
            {
              title: t('catalogAdmin.levels'),
              key: 'levels',
              width: 140,
              render: (_, c) => c.levels.join('、'),
            },
            {
              title: t('catalogAdmin.committeeSpecialties'),
              key: 'specialties',
              render: (_, c) => {
                if (c.specialtyIds.length === 0) return t('catalogAdmin.allSpecialties');
                const names =
                  seriesOf(c.seriesId)?.specialties.filter((s) => c.specialtyIds.includes(s.id)) ?? [];
                return names.map((s) => s.name).join('、');
              },
            },
            ...entityStatusColumns<Committee>({
              kind: kindCommittee,
              actionsWidth: 190,
              fixedActions: true,
              onEdit: (c) => setEditing({ kind: 'committee', item: c }),
              setActive: (c, active) => updateCommittee.mutateAsync({ id: c.id, body: { active } }),
              remove: (c) => deleteCommittee.mutateAsync(c.id),
            }),
          ]}
        />
      </Card>

      {editing?.kind === 'department' ? (
        <EntityFormModal
          title={t(editing.item ? 'catalogAdmin.editTitle' : 'catalogAdmin.createTitle', {
            kind: kindDepartment,
          })}
          schema={editing.item ? departmentUpdateSchema : departmentCreateSchema}
          defaultValues={{ name: editing.item?.name ?? '' }}
          fields={() => [{ name: 'name', label: t('catalogAdmin.name'), kind: 'text', required: true }]}
          onSubmit={async (values) => {
            const body = { name: String(values.name) };
            if (editing.item) await updateDepartment.mutateAsync({ id: editing.item.id, body });
            else await createDepartment.mutateAsync(body);
            saved();
          }}
          onClose={() => setEditing(null)}
          okText={t('catalogAdmin.save')}
          cancelText={t('catalogAdmin.cancel')}
        />
      ) : null}

      {editing?.kind === 'committee' ? (
        <EntityFormModal
          title={t(editing.item ? 'catalogAdmin.editTitle' : 'catalogAdmin.createTitle', {
            kind: kindCommittee,
          })}
          schema={editing.item ? committeeUpdateSchema : committeeCreateSchema}
          defaultValues={
            editing.item
              ? {
                  name: editing.item.name,
                  departmentId: editing.item.departmentId,
                  seriesId: editing.item.seriesId,
                  levels: editing.item.levels,
                  specialtyIds: editing.item.specialtyIds,
                  pilot: editing.item.pilot,
                }
              : { code: '', name: '', levels: [], specialtyIds: [], pilot: false }
          }
          fields={(values) => committeeFields(values, !editing.item)}
          onSubmit={async (values) => {
            // Specialties belong to one series: a new series clears those of the old one.
            const series = seriesOf(String(values.seriesId));
            const specialtyIds = ((values.specialtyIds as string[] | undefined) ?? []).filter((id) =>
              series?.specialties.some((s) => s.id === id),
            );
            const body = { ...values, specialtyIds };
            if (editing.item) {
              await updateCommittee.mutateAsync({ id: editing.item.id, body: body as never });
            } else {
              await createCommittee.mutateAsync(body as never);
            }
            saved();
          }}
          onClose={() => setEditing(null)}
          okText={t('catalogAdmin.save')}
          cancelText={t('catalogAdmin.cancel')}
        />
      ) : null}
    </Space>
  );
}

export default OrganizationsPage;
