import { Alert, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SectionView } from '../../../shared/sections/section-view';
import { type ReviewSectionSummary, useReviewSectionData } from '../api/get-review-sections';
import { ChangedTag } from './changed-tag';

interface ReviewSectionsProps {
  applicationId: string;
  sections: readonly ReviewSectionSummary[];
  onlyChanged: boolean;
}

/** Every section of the submission, read-only: single sections as label/value pairs, lists as tables. */
export function ReviewSections({ applicationId, sections, onlyChanged }: ReviewSectionsProps) {
  const { t } = useTranslation();
  const shown = onlyChanged ? sections.filter((s) => s.changedSinceReturn === true) : sections;
  const saved = shown.filter((s) => s.version > 0);
  const data = useReviewSectionData(
    applicationId,
    saved.map((s) => s.key),
  );
  if (shown.length === 0)
    return <Typography.Text type="secondary">{t('review.noneChanged')}</Typography.Text>;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {shown.map((summary) => {
        const tag = summary.changedSinceReturn ? <ChangedTag /> : null;
        const index = saved.findIndex((s) => s.key === summary.key);
        const result = index >= 0 ? data[index] : undefined;
        if (!result) {
          return (
            <section key={summary.key} aria-label={summary.title}>
              <h3 className="section-view-title">
                {summary.title}
                {tag}
              </h3>
              <Typography.Text type="secondary">{t('review.notFilled')}</Typography.Text>
            </section>
          );
        }
        if (result.error) {
          return (
            <Alert
              key={summary.key}
              type="error"
              showIcon
              role="alert"
              title={`${summary.title}：${result.error.message}`}
            />
          );
        }
        if (!result.data) return <Skeleton key={summary.key} active paragraph={{ rows: 2 }} />;
        return (
          <SectionView
            key={summary.key}
            sectionKey={summary.key}
            title={summary.title}
            data={result.data.data}
            extra={tag}
          />
        );
      })}
    </Space>
  );
}
