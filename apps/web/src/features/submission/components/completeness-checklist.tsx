import type { Completeness } from '@zhicheng/contracts';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface CompletenessChecklistProps {
  applicationId: string;
  completeness: Completeness;
}

/** What still keeps the application from being submitted, each item linking to where to fix it. */
export function CompletenessChecklist({ applicationId, completeness }: CompletenessChecklistProps) {
  const { t } = useTranslation();
  if (completeness.complete) {
    return <Alert type="success" showIcon title={t('submission.complete')} />;
  }
  const base = `/applicant/applications/${applicationId}`;
  const items = [
    ...completeness.sections.map((s) => ({
      key: `section-${s.key}`,
      to: `${base}/sections/${s.key}`,
      title: s.title,
      message: s.message,
      fix: t('submission.fixSection'),
    })),
    ...completeness.materials.map((m) => ({
      key: `material-${m.key}`,
      to: `${base}/materials/${m.key}`,
      title: m.title,
      message: m.reason ? `${m.message}（${m.reason}）` : m.message,
      fix: t('submission.fixMaterial'),
    })),
  ];
  return (
    <Alert
      type="warning"
      showIcon
      title={t('submission.incomplete', { count: items.length })}
      description={
        <ul className="missing-list" aria-label={t('submission.missingLabel')}>
          {items.map((item) => (
            <li key={item.key}>
              <Typography.Text strong>{item.title}</Typography.Text>
              <Typography.Text type="secondary">{item.message}</Typography.Text>
              <Link to={item.to} aria-label={`${item.fix}：${item.title}`}>
                {item.fix}
              </Link>
            </li>
          ))}
        </ul>
      }
    />
  );
}
