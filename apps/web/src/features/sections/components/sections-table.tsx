import type { SectionStatus } from '@zhicheng/contracts';
import { Button, Grid, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
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

/** How many of the sections submission needs are 已填报, of how many. */
export function requiredProgress(sections: readonly SectionSummary[]): { done: number; total: number } {
  const required = sections.filter((s) => s.requiredForSubmit);
  return { done: required.filter((s) => s.status === 'complete').length, total: required.length };
}

function RequirementTag({ section }: { section: SectionSummary }) {
  const { t } = useTranslation();
  return section.requiredForSubmit ? (
    <Tag color="blue" className="section-requirement-tag">
      {t('sections.required')}
    </Tag>
  ) : (
    <Tag className="section-requirement-tag">{t('sections.optional')}</Tag>
  );
}

/**
 * The seed's table of 23 sections: 编号, 申报栏目, 必填/选填, 状态, and the 填报 button; 需修改 ones
 * first. On a phone (< md) the number, requirement and status move into the title cell, so the title
 * keeps the width.
 */
export function SectionsTable({ applicationId, sections, editable, loading }: SectionsTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = Grid.useBreakpoint().md === false;
  const progress = requiredProgress(sections);

  const title = (s: SectionSummary) => (
    <>
      {narrow ? `${s.no}. ${s.title}` : s.title}
      {s.toCorrect && <ToCorrectTag />}
      {s.needsReview && <NeedsReviewTag />}
      {narrow ? (
        <div className="sections-cell-tags">
          <RequirementTag section={s} />
          <SectionStatusTag status={s.status} requiredForSubmit={s.requiredForSubmit} />
        </div>
      ) : null}
    </>
  );
  const action = (s: SectionSummary) => {
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
  };

  const columns: TableColumnsType<SectionSummary> = narrow
    ? [
        { key: 'title', title: t('sections.colTitle'), render: (_, s) => title(s) },
        { key: 'action', title: t('sections.colAction'), width: 72, render: (_, s) => action(s) },
      ]
    : [
        { key: 'no', dataIndex: 'no', title: t('sections.colNo'), width: 72, align: 'center' },
        { key: 'title', title: t('sections.colTitle'), render: (_, s) => title(s) },
        {
          key: 'requirement',
          title: t('sections.colRequirement'),
          width: 80,
          render: (_, s) => <RequirementTag section={s} />,
        },
        {
          key: 'status',
          dataIndex: 'status',
          title: t('sections.colStatus'),
          width: 110,
          render: (status: SectionStatus, s) => (
            <SectionStatusTag status={status} requiredForSubmit={s.requiredForSubmit} />
          ),
        },
        { key: 'action', title: t('sections.colAction'), width: 110, render: (_, s) => action(s) },
      ];

  return (
    <Table<SectionSummary>
      aria-label={t('sections.listTitle')}
      title={() => (
        <div className="sections-table-title">
          <strong>{t('sections.listTitle')}</strong>
          <span>{t('sections.requiredProgress', progress)}</span>
        </div>
      )}
      size="small"
      bordered
      loading={loading}
      pagination={false}
      rowKey="key"
      dataSource={toCorrectFirst(sections)}
      rowClassName={(s) => (s.toCorrect ? 'to-correct-row' : '')}
      columns={columns}
    />
  );
}
