import '../catalog-admin.css';
import { PlusOutlined } from '@ant-design/icons';
import {
  levels,
  qualificationCreateSchema,
  qualificationUpdateSchema,
  seriesCreateSchema,
  seriesUpdateSchema,
  specialtyCreateSchema,
  specialtyUpdateSchema,
} from '@zhicheng/contracts';
import { Alert, App, Button, Card, Space, Table } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EntityFormModal } from '../../../components/entity-form-modal';
import { useCreateQualification } from '../api/create-qualification';
import { useCreateSeries } from '../api/create-series';
import { useCreateSpecialty } from '../api/create-specialty';
import { useDeleteQualification } from '../api/delete-qualification';
import { useDeleteSeries } from '../api/delete-series';
import { useDeleteSpecialty } from '../api/delete-specialty';
import { type AdminCatalog, useAdminCatalog } from '../api/get-admin-catalog';
import { useUpdateQualification } from '../api/update-qualification';
import { useUpdateSeries } from '../api/update-series';
import { useUpdateSpecialty } from '../api/update-specialty';
import { useEntityStatusColumns } from '../components/entity-status-columns';
import { TableSection } from '../components/table-section';

type Series = AdminCatalog['series'][number];
type Specialty = Series['specialties'][number];
type Qualification = Series['qualifications'][number];
type Editing =
  | { kind: 'series'; item?: Series }
  | { kind: 'specialty'; item?: Specialty }
  | { kind: 'qualification'; item?: Qualification }
  | null;

/** 资格目录: series, and the chosen series' specialties and qualifications (`?series=` in the URL). */
export function CatalogAdminPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const catalog = useAdminCatalog();
  const entityStatusColumns = useEntityStatusColumns();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);
  // Set by a click on 专业与资格: the detail below then scrolls into view and takes the focus.
  const [revealDetail, setRevealDetail] = useState(false);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const selectedId = params.get('series');
  const createSeries = useCreateSeries();
  const updateSeries = useUpdateSeries();
  const deleteSeries = useDeleteSeries();
  const createSpecialty = useCreateSpecialty();
  const updateSpecialty = useUpdateSpecialty();
  const deleteSpecialty = useDeleteSpecialty();
  const createQualification = useCreateQualification();
  const updateQualification = useUpdateQualification();
  const deleteQualification = useDeleteQualification();

  const detailShown = Boolean(catalog.data?.series.some((s) => s.id === selectedId));
  useEffect(() => {
    if (!revealDetail || !detailShown || !selectedId) return;
    const heading = detailHeading.current;
    heading?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    heading?.focus({ preventScroll: true });
    setRevealDetail(false);
  }, [revealDetail, detailShown, selectedId]);

  if (catalog.error) return <Alert type="error" showIcon role="alert" title={catalog.error.message} />;
  const allSeries = catalog.data?.series ?? [];
  const selected = allSeries.find((s) => s.id === params.get('series'));
  const kind = {
    series: t('catalogAdmin.kindSeries'),
    specialty: t('catalogAdmin.kindSpecialty'),
    qualification: t('catalogAdmin.kindQualification'),
  };
  const saved = () => void message.success(t('catalogAdmin.saved'));
  const common = {
    okText: t('catalogAdmin.save'),
    cancelText: t('catalogAdmin.cancel'),
    onClose: () => setEditing(null),
  };
  const codeField = {
    name: 'code',
    label: t('catalogAdmin.code'),
    kind: 'text',
    required: true,
    rule: t('catalogAdmin.codeRule'),
  } as const;
  const nameField = { name: 'name', label: t('catalogAdmin.name'), kind: 'text', required: true } as const;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<h2 className="card-heading">{t('catalogAdmin.seriesList')}</h2>}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ kind: 'series' })}
          >
            {t('catalogAdmin.addSeries')}
          </Button>
        }
      >
        <Table<Series>
          rowKey="id"
          size="middle"
          loading={catalog.isPending}
          dataSource={allSeries}
          pagination={false}
          scroll={{ x: 720 }}
          aria-label={t('catalogAdmin.seriesList')}
          locale={{ emptyText: t('catalogAdmin.emptySeries') }}
          rowClassName={(s) => (s.id === selected?.id ? 'row-selected' : '')}
          onRow={(s) => (s.id === selected?.id ? { 'aria-current': 'true' } : {})}
          columns={[
            { title: t('catalogAdmin.code'), dataIndex: 'code', width: 100 },
            { title: t('catalogAdmin.name'), dataIndex: 'name' },
            {
              title: t('catalogAdmin.specialties'),
              key: 'specialties',
              width: 100,
              render: (_, s) => s.specialties.length,
            },
            {
              title: t('catalogAdmin.qualifications'),
              key: 'qualifications',
              width: 100,
              render: (_, s) => s.qualifications.length,
            },
            ...entityStatusColumns<Series>({
              kind: kind.series,
              actionsWidth: 300,
              onEdit: (s) => setEditing({ kind: 'series', item: s }),
              setActive: (s, active) => updateSeries.mutateAsync({ id: s.id, body: { active } }),
              remove: (s) => deleteSeries.mutateAsync(s.id),
              extra: (s) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => {
                    setParams({ series: s.id });
                    setRevealDetail(true);
                  }}
                  aria-label={`${s.name} ${t('catalogAdmin.manage')}`}
                >
                  {t('catalogAdmin.manage')}
                </Button>
              ),
            }),
          ]}
        />
      </Card>

      {selected ? (
        <Card
          title={
            <h2 className="card-heading" ref={detailHeading} tabIndex={-1}>
              {t('catalogAdmin.seriesDetail', { name: selected.name })}
            </h2>
          }
        >
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <TableSection
              title={t('catalogAdmin.specialties')}
              addLabel={t('catalogAdmin.addSpecialty')}
              onAdd={() => setEditing({ kind: 'specialty' })}
            >
              <Table<Specialty>
                rowKey="id"
                size="small"
                dataSource={selected.specialties}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                scroll={{ x: 640 }}
                aria-label={t('catalogAdmin.specialties')}
                locale={{ emptyText: t('catalogAdmin.emptySpecialties') }}
                columns={[
                  { title: t('catalogAdmin.code'), dataIndex: 'code', width: 110 },
                  { title: t('catalogAdmin.name'), dataIndex: 'name' },
                  { title: t('catalogAdmin.group'), dataIndex: 'group', width: 140 },
                  ...entityStatusColumns<Specialty>({
                    kind: kind.specialty,
                    actionsWidth: 190,
                    onEdit: (s) => setEditing({ kind: 'specialty', item: s }),
                    setActive: (s, active) => updateSpecialty.mutateAsync({ id: s.id, body: { active } }),
                    remove: (s) => deleteSpecialty.mutateAsync(s.id),
                  }),
                ]}
              />
            </TableSection>
            <TableSection
              title={t('catalogAdmin.qualifications')}
              addLabel={t('catalogAdmin.addQualification')}
              onAdd={() => setEditing({ kind: 'qualification' })}
            >
              <Table<Qualification>
                rowKey="id"
                size="small"
                dataSource={[...selected.qualifications].sort(
                  (a, b) => levels.indexOf(a.level) - levels.indexOf(b.level),
                )}
                pagination={false}
                scroll={{ x: 560 }}
                aria-label={t('catalogAdmin.qualifications')}
                locale={{ emptyText: t('catalogAdmin.emptyQualifications') }}
                columns={[
                  { title: t('catalogAdmin.level'), dataIndex: 'level', width: 100 },
                  { title: t('catalogAdmin.name'), dataIndex: 'name' },
                  ...entityStatusColumns<Qualification>({
                    kind: kind.qualification,
                    actionsWidth: 190,
                    onEdit: (q) => setEditing({ kind: 'qualification', item: q }),
                    setActive: (q, active) => updateQualification.mutateAsync({ id: q.id, body: { active } }),
                    remove: (q) => deleteQualification.mutateAsync(q.id),
                  }),
                ]}
              />
            </TableSection>
          </Space>
        </Card>
      ) : (
        <Alert type="info" showIcon title={t('catalogAdmin.pickSeries')} />
      )}

      {editing?.kind === 'series' ? (
        <EntityFormModal
          {...common}
          title={t(editing.item ? 'catalogAdmin.editTitle' : 'catalogAdmin.createTitle', {
            kind: kind.series,
          })}
          schema={editing.item ? seriesUpdateSchema : seriesCreateSchema}
          defaultValues={editing.item ? { name: editing.item.name } : { code: '', name: '' }}
          fields={() => (editing.item ? [nameField] : [codeField, nameField])}
          onSubmit={async (values) => {
            if (editing.item)
              await updateSeries.mutateAsync({ id: editing.item.id, body: { name: String(values.name) } });
            else await createSeries.mutateAsync({ code: String(values.code), name: String(values.name) });
            saved();
          }}
        />
      ) : null}

      {editing?.kind === 'specialty' && selected ? (
        <EntityFormModal
          {...common}
          title={t(editing.item ? 'catalogAdmin.editTitle' : 'catalogAdmin.createTitle', {
            kind: kind.specialty,
          })}
          schema={editing.item ? specialtyUpdateSchema : specialtyCreateSchema}
          defaultValues={
            editing.item
              ? { name: editing.item.name, group: editing.item.group ?? '' }
              : { code: '', name: '', group: '' }
          }
          fields={() => [
            ...(editing.item ? [] : [codeField]),
            nameField,
            {
              name: 'group',
              label: t('catalogAdmin.group'),
              kind: 'text',
              rule: t('catalogAdmin.groupRule'),
            },
          ]}
          onSubmit={async (values) => {
            const group = String(values.group ?? '').trim() || null;
            if (editing.item) {
              await updateSpecialty.mutateAsync({
                id: editing.item.id,
                body: { name: String(values.name), group },
              });
            } else {
              await createSpecialty.mutateAsync({
                seriesId: selected.id,
                body: { code: String(values.code), name: String(values.name), group },
              });
            }
            saved();
          }}
        />
      ) : null}

      {editing?.kind === 'qualification' && selected ? (
        <EntityFormModal
          {...common}
          title={t(editing.item ? 'catalogAdmin.editTitle' : 'catalogAdmin.createTitle', {
            kind: kind.qualification,
          })}
          schema={editing.item ? qualificationUpdateSchema : qualificationCreateSchema}
          defaultValues={editing.item ? { name: editing.item.name } : { name: '' }}
          fields={() => [
            ...(editing.item
              ? []
              : [
                  {
                    name: 'level',
                    label: t('catalogAdmin.level'),
                    kind: 'select',
                    required: true,
                    options: levels.map((l) => ({ value: l, label: l })),
                  } as const,
                ]),
            nameField,
          ]}
          onSubmit={async (values) => {
            if (editing.item) {
              await updateQualification.mutateAsync({
                id: editing.item.id,
                body: { name: String(values.name) },
              });
            } else {
              await createQualification.mutateAsync({
                seriesId: selected.id,
                body: { level: values.level as (typeof levels)[number], name: String(values.name) },
              });
            }
            saved();
          }}
        />
      ) : null}
    </Space>
  );
}

export default CatalogAdminPage;
