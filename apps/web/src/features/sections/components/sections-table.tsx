import type { SectionStatus } from '@zhicheng/contracts';
import { Button, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ToCorrectTag } from '../../../shared/applications/correction-notice';
import type { SectionSummary } from '../api/get-sections';
import { NeedsReviewTag } from './needs-review-tag';
import { SectionStatusTag } from './section-status-tag';

interface SectionsTableProps {
  applicationId: string;
  sections: readonly SectionSummary[];
  /** False once the application is no longer editable: the button says 查看 instead of 填报. */
  editable: boolean;
  loading?: boolean;
}

/** The sections a return named to correct first (in their order), then the others. */
export function toCorrectFirst<T extends { toCorrect: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((s) => s.toCorrect), ...items.filter((s) => !s.toCorrect)];
}

/** The seed's table of 23 sections: 编号, 申报栏目, 状态, and the 填报 button; 需修改 ones first. */
export function SectionsTable({ applicationId, sections, editable, loading }: SectionsTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<SectionSummary>
      aria-label={t('sections.listTitle')}
      title={() => <strong>{t('sections.listTitle')}</strong>}
      size="small"
      bordered
      loading={loading}
      pagination={false}
      rowKey="key"
      dataSource={toCorrectFirst(sections)}
      rowClassName={(s) => (s.toCorrect ? 'to-correct-row' : '')}
      columns={[
        { key: 'no', dataIndex: 'no', title: t('sections.colNo'), width: 72, align: 'center' },
        {
          key: 'title',
          dataIndex: 'title',
          title: t('sections.colTitle'),
          render: (title: string, s) => (
            <>
              {title}
              {s.toCorrect && <ToCorrectTag />}
              {s.needsReview && <NeedsReviewTag />}
            </>
          ),
        },
        {
          key: 'status',
          dataIndex: 'status',
          title: t('sections.colStatus'),
          width: 110,
          render: (status: SectionStatus) => <SectionStatusTag status={status} />,
        },
        {
          key: 'action',
          title: t('sections.colAction'),
          width: 110,
          render: (_, s) => {
            const label = editable ? t('sections.fill') : t('sections.view');
            const button = (
              <Button
                size="small"
                type={s.status === 'complete' ? 'default' : 'primary'}
                ghost={s.status !== 'complete'}
                disabled={!s.available}
                aria-label={`${label} ${s.title}`}
                onClick={() => navigate(`/applicant/applications/${applicationId}/sections/${s.key}`)}
              >
                {label}
              </Button>
            );
            if (s.available) return button;
            // A disabled button gets no pointer events: the wrapper carries the tooltip.
            return (
              <Tooltip title={t('sections.basicFirst')}>
                <span className="sections-disabled-action">{button}</span>
              </Tooltip>
            );
          },
        },
      ]}
    />
  );
}
