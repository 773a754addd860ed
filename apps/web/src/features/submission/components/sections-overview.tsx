import { Alert, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SectionView } from '../../../shared/sections/section-view';
import { useSectionList } from '../api/get-sections';

/** All sections in one long read-only view (the seed's 大的列表), in the definitions' order. */
export function SectionsOverview({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const list = useSectionList(applicationId);

  if (list.error) return <Alert type="error" showIcon role="alert" title={list.error.message} />;
  if (!list.data) return <Skeleton active />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {list.data.map((summary) => {
        if (summary.version === 0 || summary.data === undefined) {
          return (
            <section key={summary.key} aria-label={summary.title}>
              <h3 className="section-view-title">{summary.title}</h3>
              <Typography.Text type="secondary">{t('submission.notFilled')}</Typography.Text>
            </section>
          );
        }
        return (
          <SectionView
            key={summary.key}
            sectionKey={summary.key}
            title={summary.title}
            data={summary.data}
            showPhoto
          />
        );
      })}
    </Space>
  );
}
