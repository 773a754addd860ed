import { PlusOutlined } from '@ant-design/icons';
import type { FieldError, SectionDefinition } from '@zhicheng/contracts';
import { App, Button, Table } from 'antd';
import { useState } from 'react';
import { type Control, type UseFormSetValue, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyRow, type FormValues, type Row } from './form-model';
import { rowSummary, useRowColumns } from './row-columns';
import { RowIssues } from './row-issues';
import { RowModal } from './row-modal';
import { WorkHistoryOverlapAlert } from './work-history-overlap-alert';

interface ListSectionEditorProps {
  section: SectionDefinition;
  control: Control<FormValues>;
  setValue: UseFormSetValue<FormValues>;
  errors: readonly FieldError[];
  applicationId: string;
}

const DEFAULT_MAX_ROWS = 50;

/** A list section: its rows in a table with 新增 / 编辑 / 删除 / 上移 / 下移; a row opens in a form. */
export function ListSectionEditor({
  section,
  control,
  setValue,
  errors,
  applicationId,
}: ListSectionEditorProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const rows = (useWatch({ control, name: 'rows' }) as Row[] | undefined) ?? [];
  const [editing, setEditing] = useState<{ index: number | null; row: Row } | null>(null);
  const maxRows = section.maxRows ?? DEFAULT_MAX_ROWS;

  const change = (next: Row[]) => setValue('rows', next, { shouldDirty: true });
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row as Row);
    change(next);
  };
  const remove = (index: number) =>
    modal.confirm({
      title: t('sections.list.deleteConfirm', {
        n: index + 1,
        summary: rowSummary(section, rows[index] ?? {}),
      }),
      okText: t('sections.list.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('sections.list.cancel'),
      onOk: () => change(rows.filter((_, i) => i !== index)),
    });

  const columns = useRowColumns(section, {
    editable: true,
    count: rows.length,
    onEdit: (index) => setEditing({ index, row: rows[index] ?? {} }),
    onDelete: remove,
    onMove: move,
  });

  return (
    <>
      <Table<Row & { _index: number }>
        aria-label={section.title}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey="_index"
        dataSource={rows.map((row, i) => ({ ...row, _index: i }))}
        columns={columns}
        locale={{ emptyText: t('sections.list.empty') }}
        footer={() => (
          <Button
            icon={<PlusOutlined aria-hidden />}
            disabled={rows.length >= maxRows}
            onClick={() => setEditing({ index: null, row: emptyRow(section) })}
          >
            {t('sections.list.add')}
          </Button>
        )}
      />
      {section.key === 'workHistory' ? <WorkHistoryOverlapAlert rows={rows} /> : null}
      <RowIssues errors={errors} />
      <RowModal
        section={section}
        applicationId={applicationId}
        editing={editing}
        errors={errors}
        onCancel={() => setEditing(null)}
        onDone={(row) => {
          if (!editing) return;
          change(
            editing.index === null ? [...rows, row] : rows.map((r, i) => (i === editing.index ? row : r)),
          );
          setEditing(null);
        }}
      />
    </>
  );
}
