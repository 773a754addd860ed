import type { FieldError, SectionDefinition } from '@zhicheng/contracts';
import { Alert } from 'antd';
import type { UseFormReturn } from 'react-hook-form';
import { i18n } from '../../../i18n';
import { dataPath, type FormValues } from './form-model';
import { rowEditId } from './row-columns';

/** One entry of the error summary: the message, and the id of the control that fixes it. */
export interface SummaryItem {
  id: string;
  text: string;
}

/**
 * The summary entries of field errors (`birthplace`, or `rows.2.endMonth` / `2.endMonth` in a list):
 * a single section's link to the field itself; a list row's to its 编辑 button ("第 3 条：…").
 */
export function summaryItems(section: SectionDefinition, errors: readonly FieldError[]): SummaryItem[] {
  const order = (key: string) => section.fields.findIndex((f) => f.key === key);
  const entries: { row: number; field: number; item: SummaryItem }[] = [];
  for (const error of errors) {
    const path = dataPath(error.path).replace(/^rows\./, '');
    if (section.kind === 'single') {
      if (order(path) < 0) continue;
      entries.push({
        row: 0,
        field: order(path),
        item: { id: `${section.key}-${path}`, text: error.message },
      });
      continue;
    }
    const [first = '', key = ''] = path.split('.');
    const index = Number(first);
    if (first === '' || !Number.isInteger(index)) continue;
    const text = i18n.t('sections.list.rowIssues', { n: index + 1, messages: error.message });
    entries.push({ row: index, field: order(key), item: { id: rowEditId(section, index), text } });
  }
  // In the order of the form: row by row, field by field.
  return entries.sort((a, b) => a.row - b.row || a.field - b.field).map((e) => e.item);
}

/**
 * The form's current field errors as paths and messages (read live with `getFieldState`: the
 * `formState` snapshot is a render behind right after `trigger`).
 */
export function formErrors(
  section: SectionDefinition,
  form: Pick<UseFormReturn<FormValues>, 'getFieldState' | 'getValues'>,
): FieldError[] {
  const paths =
    section.kind === 'single'
      ? section.fields.map((f) => f.key)
      : ((form.getValues('rows') as unknown[] | undefined) ?? []).flatMap((_, i) =>
          section.fields.map((f) => `rows.${i}.${f.key}`),
        );
  return paths.flatMap((path) => {
    const message = form.getFieldState(path).error?.message;
    return message ? [{ path, message }] : [];
  });
}

function moveFocus(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView?.({ block: 'center' });
  target?.focus();
}

/** "请先改正标红的内容再保存" with each problem as a link that moves focus to its field. */
export function ErrorSummary({ title, items }: { title: string; items: readonly SummaryItem[] }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        <ul className="section-issue-list">
          {items.map((item) => (
            <li key={`${item.id}-${item.text}`}>
              <a
                href={`#${item.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  moveFocus(item.id);
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      }
    />
  );
}
