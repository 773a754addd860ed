import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError, SectionDefinition } from '@zhicheng/contracts';
import { Modal } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type FormValues, type Row, rowErrors, rowSchema } from './form-model';
import { FieldGrid } from './single-section-form';

interface RowModalProps {
  section: SectionDefinition;
  applicationId: string;
  /** The row being edited (its 0-based index), or `null` index for a new row. */
  editing: { index: number | null; row: Row } | null;
  /** The section's strict errors from the server; this row's are shown on its fields when it opens. */
  errors: readonly FieldError[];
  onDone: (row: Row) => void;
  onCancel: () => void;
}

/** One row of a list section in a form of its own, validated with the row's shape schema. */
export function RowModal({ section, applicationId, editing, errors, onDone, onCancel }: RowModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => rowSchema(section), [section]);
  const form = useForm<FormValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FormValues>,
    mode: 'onChange',
  });
  // Read when a row opens; errors arriving from an autosave meanwhile must not reset the row form.
  const latestErrors = useRef(errors);
  latestErrors.current = errors;
  useEffect(() => {
    if (!editing) return;
    form.reset(editing.row);
    if (editing.index === null) return;
    for (const e of rowErrors(latestErrors.current, editing.index))
      form.setError(e.path, { type: 'server', message: e.message });
  }, [editing, form]);

  const submit = form.handleSubmit((row) => onDone(row));
  const title =
    editing?.index == null
      ? t('sections.list.addTitle', { title: section.title })
      : t('sections.list.editTitle', { title: section.title, n: editing.index + 1 });
  return (
    <Modal
      open={editing !== null}
      title={title}
      okText={t('sections.list.ok')}
      cancelText={t('sections.list.cancel')}
      onOk={() => void submit()}
      onCancel={onCancel}
      width={760}
      rootClassName="section-form"
      destroyOnHidden
      mask={{ closable: false }}
    >
      <form
        onSubmit={(e) => {
          // React events bubble through the portal to the section's own form: stop them here.
          e.preventDefault();
          e.stopPropagation();
          void submit();
        }}
        noValidate
      >
        <FieldGrid
          fields={section.fields}
          control={form.control}
          idPrefix={`${section.key}-row`}
          applicationId={applicationId}
        />
      </form>
    </Modal>
  );
}
