import type { FieldDefinition, SectionDefinition } from '@zhicheng/contracts';
import { Descriptions, Image, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region';
import { useFileUrl } from '../../../shared/files/get-file-blob';
import { groupFields, type Row } from './form-model';
import { displayValue, useRowColumns } from './row-columns';

function PhotoValue({ fileId }: { fileId: string | null }) {
  const { t } = useTranslation();
  const photo = useFileUrl(fileId);
  if (!photo.url) return <>{t('sections.photo.none')}</>;
  return <Image src={photo.url} alt={t('sections.photo.alt')} width={90} height={120} preview={false} />;
}

function value(field: FieldDefinition, row: Row) {
  const v = row[field.key];
  return field.type === 'photo' ? <PhotoValue fileId={typeof v === 'string' ? v : null} /> : displayValue(v);
}

/** The section as text, without inputs: the application is no longer editable (same page). */
export function ReadOnlySection({ section, data }: { section: SectionDefinition; data: unknown }) {
  const { t } = useTranslation();
  const columns = useRowColumns(section, { editable: false, count: 0 });
  if (section.kind === 'list') {
    const rows = Array.isArray(data) ? (data as Row[]) : [];
    return (
      <ScrollRegion label={t('submission.scrollTable', { title: section.title })}>
        <Table<Row & { _index: number }>
          aria-label={section.title}
          size="small"
          pagination={false}
          rowKey="_index"
          dataSource={rows.map((row, i) => ({ ...row, _index: i }))}
          columns={[
            ...columns,
            ...section.fields
              .filter((f) => !columns.some((c) => c.key === f.key))
              .map((f) => ({ key: f.key, title: f.label, render: (_: unknown, row: Row) => value(f, row) })),
          ]}
        />
      </ScrollRegion>
    );
  }
  const row = (data ?? {}) as Row;
  return (
    <>
      {groupFields(section.fields).map((group) => (
        <Descriptions
          key={group.title ?? 'fields'}
          title={group.title}
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          style={{ marginBottom: 16 }}
          items={group.fields.map((f) => ({ key: f.key, label: f.label, children: value(f, row) }))}
        />
      ))}
    </>
  );
}
