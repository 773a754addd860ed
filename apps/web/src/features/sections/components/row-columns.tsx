import { type FieldDefinition, isPresentMonth, type SectionDefinition } from '@zhicheng/contracts';
import { Button, Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../i18n';
import type { Row } from './form-model';

/** Columns the table shows: the first few required short fields (the whole row opens in the form). */
function summaryFields(section: SectionDefinition): FieldDefinition[] {
  return section.fields.filter((f) => f.required && f.type !== 'textarea').slice(0, 5);
}

/** A value as the tables show it: a dash when empty, 至今 for a period still running. */
export function displayValue(value: unknown): string {
  if (isPresentMonth(value)) return i18n.t('sections.present');
  return value === undefined || value === null || value === '' ? '—' : String(value);
}

/** Names a row in the delete confirmation: its first text value. */
export function rowSummary(section: SectionDefinition, row: Row): string {
  const field = section.fields.find((f) => f.type === 'text' && row[f.key]) ?? section.fields[0];
  return field ? displayValue(row[field.key]) : '';
}

/** The id of a row's 编辑 button (the error summary moves focus there). */
export function rowEditId(section: SectionDefinition, index: number): string {
  return `${section.key}-row-${index + 1}-edit`;
}

interface RowActions {
  editable: boolean;
  count: number;
  onEdit?: (index: number) => void;
  onDelete?: (index: number) => void;
  onMove?: (index: number, by: -1 | 1) => void;
}

export function useRowColumns(
  section: SectionDefinition,
  actions: RowActions,
): TableColumnsType<Row & { _index: number }> {
  const { t } = useTranslation();
  const columns: TableColumnsType<Row & { _index: number }> = [
    { key: 'no', title: t('sections.list.rowNo'), width: 64, render: (_, row) => row._index + 1 },
    ...summaryFields(section).map((field) => ({
      key: field.key,
      title: field.label,
      render: (_: unknown, row: Row) => displayValue(row[field.key]),
    })),
  ];
  if (!actions.editable) return columns;
  columns.push({
    key: 'actions',
    title: t('sections.list.actions'),
    fixed: 'right',
    render: (_, row) => {
      const i = row._index;
      const label = t('sections.list.rowLabel', { n: i + 1 });
      return (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            id={rowEditId(section, i)}
            aria-label={`${t('sections.list.edit')} ${label}`}
            onClick={() => actions.onEdit?.(i)}
          >
            {t('sections.list.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            aria-label={`${t('sections.list.delete')} ${label}`}
            onClick={() => actions.onDelete?.(i)}
          >
            {t('sections.list.delete')}
          </Button>
          <Button
            type="link"
            size="small"
            disabled={i === 0}
            aria-label={`${t('sections.list.moveUp')} ${label}`}
            onClick={() => actions.onMove?.(i, -1)}
          >
            {t('sections.list.moveUp')}
          </Button>
          <Button
            type="link"
            size="small"
            disabled={i === actions.count - 1}
            aria-label={`${t('sections.list.moveDown')} ${label}`}
            onClick={() => actions.onMove?.(i, 1)}
          >
            {t('sections.list.moveDown')}
          </Button>
        </Space>
      );
    },
  });
  return columns;
}
