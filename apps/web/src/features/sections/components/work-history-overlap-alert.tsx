import { workHistoryOverlaps } from '@zhicheng/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Row } from './form-model';

/** Work history rows overlapping by more than a month: a warning to check, saving is not blocked. */
export function WorkHistoryOverlapAlert({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const overlaps = workHistoryOverlaps(rows);
  if (overlaps.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      style={{ marginTop: 16 }}
      title={t('sections.overlap.title')}
      description={
        <ul className="section-issue-list">
          {overlaps.map((o) => (
            <li key={`${o.first}-${o.second}`}>
              {t('sections.overlap.item', { first: o.first + 1, second: o.second + 1, months: o.months })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
