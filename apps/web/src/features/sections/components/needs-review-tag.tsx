import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 需复核: a section 重新申报 copied with evidence dated outside the new cycle. The hint says why; the
 * tag is focusable (unless it sits inside a link) so keyboard users reach the hint too. Dark text on
 * the gold background for AA contrast.
 */
export function NeedsReviewTag({ focusable = true }: { focusable?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('sections.needsReviewHint')}>
      <Tag
        color="gold"
        className="needs-review-tag"
        tabIndex={focusable ? 0 : undefined}
        aria-description={t('sections.needsReviewHint')}
      >
        {t('sections.needsReview')}
      </Tag>
    </Tooltip>
  );
}
