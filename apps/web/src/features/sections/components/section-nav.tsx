import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToCorrectTag } from '../../../shared/applications/correction-notice';
import type { SectionSummary } from '../api/get-sections';
import { NeedsReviewTag } from './needs-review-tag';
import { sectionStatusColors } from './section-status-tag';

interface SectionNavProps {
  applicationId: string;
  sections: readonly SectionSummary[];
  current: string;
}

/** The side navigation between sections, each with its status dot; unavailable ones are not links. */
export function SectionNav({ applicationId, sections, current }: SectionNavProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('sections.navLabel')} className="section-nav">
      <ol>
        {sections.map((s) => {
          const label = (
            <>
              <Badge color={sectionStatusColors[s.status].dot} aria-hidden />
              <span className="section-nav-title">{`${s.no}. ${s.title}`}</span>
              {s.toCorrect && <ToCorrectTag focusable={false} />}
              {s.needsReview && <NeedsReviewTag focusable={false} />}
              <span className="sr-only">{`（${t(`sections.status.${s.status}`)}）`}</span>
            </>
          );
          return (
            <li key={s.key} className={s.key === current ? 'section-nav-current' : undefined}>
              {s.available ? (
                <Link
                  to={`/applicant/applications/${applicationId}/sections/${s.key}`}
                  aria-current={s.key === current ? 'page' : undefined}
                >
                  {label}
                </Link>
              ) : (
                <span className="section-nav-disabled" title={t('sections.basicFirst')}>
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
