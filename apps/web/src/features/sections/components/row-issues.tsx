import type { FieldError } from '@zhicheng/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { dataPath } from './form-model';

/** A list section's strict errors by row ("第 2 条：请填写毕业院校"), from the last save. */
export function RowIssues({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const byRow = new Map<number, string[]>();
  for (const e of errors) {
    const index = Number(dataPath(e.path).split('.')[0]);
    if (!Number.isInteger(index)) continue;
    byRow.set(index, [...(byRow.get(index) ?? []), e.message]);
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 16 }}
      title={t('sections.issues')}
      description={
        <ul className="section-issue-list">
          {[...byRow].map(([index, messages]) => (
            <li key={index}>
              {t('sections.list.rowIssues', { n: index + 1, messages: messages.join('；') })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
