import { Alert, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SectionView } from '../../../shared/sections/section-view';
import { useSectionData, useSectionList } from '../api/get-sections';

/** All sections in one long read-only view (the seed's 大的列表), in the definitions' order. */
export function SectionsOverview({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const list = useSectionList(applicationId);
  const saved = (list.data ?? []).filter((s) => s.version > 0);
  const data = useSectionData(
    applicationId,
    saved.map((s) => s.key),
  );

  if (list.error) return <Alert type="error" showIcon role="alert" title={list.error.message} />;
  if (!list.data) return <Skeleton active />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {list.data.map((summary) => {
        const index = saved.findIndex((s) => s.key === summary.key);
        const result = index >= 0 ? data[index] : undefined;
        if (!result) {
          return (
            <section key={summary.key} aria-label={summary.title}>
              <h3 className="section-view-title">{summary.title}</h3>
              <Typography.Text type="secondary">{t('submission.notFilled')}</Typography.Text>
            </section>
          );
        }
        if (result.error) {
          return (
            <Alert
              key={summary.key}
              type="error"
              showIcon
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
            showPhoto
          />
        );
      })}
    </Space>
  );
}
