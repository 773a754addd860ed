import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Badge, Button, Grid } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToCorrectTag } from '../../../shared/applications/correction-notice';
import type { SectionSummary } from '../api/get-sections';
import { NeedsReviewTag } from './needs-review-tag';
import { statusColors } from './section-status-tag';

interface SectionNavProps {
  applicationId: string;
  sections: readonly SectionSummary[];
  current: string;
}

/**
 * The side navigation between sections, each with its status dot; unavailable ones are not links.
 * On a phone (< md) the 23 entries would push the form below the fold: they fold behind a toggle that
 * names the current section, and fold again after moving to another one.
 */
export function SectionNav({ applicationId, sections, current }: SectionNavProps) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const listId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fold again whenever the section changes
  useEffect(() => setOpen(false), [current]);
  const index = sections.findIndex((s) => s.key === current);
  const showList = !narrow || open;
  return (
    <nav aria-label={t('sections.navLabel')} className="section-nav">
      {narrow ? (
        <Button
          block
          className="section-nav-toggle"
          aria-expanded={open}
          aria-controls={listId}
          icon={open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('sections.navHide') : t('sections.navShow', { no: index + 1, total: sections.length })}
        </Button>
      ) : null}
      {showList ? (
        <ol id={listId}>
          {sections.map((s) => {
            const label = (
              <>
                <Badge color={statusColors(s.status, s.requiredForSubmit).dot} aria-hidden />
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
      ) : null}
    </nav>
  );
}
