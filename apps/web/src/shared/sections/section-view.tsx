import { findSection, type SectionDefinition } from '@zhicheng/contracts';
import { Descriptions, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './section-view.css';
import { ScrollRegion } from '../../components/scroll-region';
import { formatFieldValue } from './format-field-value';
import { SectionPhoto } from './section-photo';

type Row = Record<string, unknown>;

interface SectionViewProps {
  sectionKey: string;
  title: string;
  data: unknown;
  /** Shown after the title (e.g. a tag). */
  extra?: ReactNode;
  /** Show a photo field's picture (loads the file) instead of the words 已上传. */
  showPhoto?: boolean;
}

function asRow(data: unknown): Row {
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Row) : {};
}

function asRows(data: unknown): Row[] {
  return Array.isArray(data) ? data.map(asRow) : [];
}

/** One section, read-only: label/value pairs for a single section, a table for a list section. */
export function SectionView({ sectionKey, title, data, extra, showPhoto }: SectionViewProps) {
  const { t } = useTranslation();
  const definition: SectionDefinition | undefined = findSection(sectionKey);
  const heading = (
    <h3 className="section-view-title">
      {title}
      {extra}
    </h3>
  );
  if (!definition) return heading;
  const photo = t('submission.photoUploaded');
  const shown = (field: SectionDefinition['fields'][number], value: unknown): ReactNode =>
    showPhoto && field.type === 'photo' && typeof value === 'string' && value ? (
      <SectionPhoto fileId={value} />
    ) : (
      formatFieldValue(field, value, photo)
    );

  if (definition.kind === 'list') {
    const rows = asRows(data);
    return (
      <section aria-label={title}>
        {heading}
        {rows.length === 0 ? (
          <Typography.Text type="secondary">{t('submission.noRows')}</Typography.Text>
        ) : (
          <ScrollRegion label={t('submission.scrollTable', { title })}>
            <Table<Row & { _index: number }>
              size="small"
              bordered
              pagination={false}
              rowKey="_index"
              dataSource={rows.map((row, index) => ({ ...row, _index: index }))}
              columns={definition.fields.map((field) => ({
                title: field.label,
                key: field.key,
                render: (_: unknown, row: Row) => shown(field, row[field.key]),
              }))}
            />
          </ScrollRegion>
        )}
      </section>
    );
  }
  const row = asRow(data);
  return (
    <section aria-label={title}>
      {heading}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2 }}
        items={definition.fields.map((field) => ({
          key: field.key,
          label: field.label,
          children: shown(field, row[field.key]),
        }))}
      />
    </section>
  );
}
