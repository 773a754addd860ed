import type { Application, PublicityWindow } from '@zhicheng/contracts';
import { hasWindowEnded } from '@zhicheng/contracts';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../lib/format-date-time';
import { StatusTag } from '../../../shared/applications/status-tag';

interface ReviewHeaderProps {
  application: Application;
  /** The latest 单位公示 window; undefined while loading. */
  unitWindow: PublicityWindow | null | undefined;
  /** The latest 评审结果公示 window; undefined while loading. Shown once the committee has passed it. */
  resultWindow?: PublicityWindow | null | undefined;
}

function PublicityText({ window }: { window: PublicityWindow | null | undefined }) {
  const { t } = useTranslation();
  if (window === undefined) return <>—</>;
  if (window === null) return <Typography.Text type="secondary">{t('review.publicityNone')}</Typography.Text>;
  const ended = hasWindowEnded(window.endsOn, new Date());
  return (
    <span>
      {t('review.publicityWindow', {
        startsOn: window.startsOn,
        endsOn: window.endsOn,
        workingDays: window.workingDays,
      })}
      <ReadableTag color={ended ? 'green' : 'blue'} style={{ marginInlineStart: 8 }}>
        {ended ? t('review.publicityEnded') : t('review.publicityOpen')}
      </ReadableTag>
      {window.note ? (
        <Typography.Text type="secondary">{t('review.publicityNote', { note: window.note })}</Typography.Text>
      ) : null}
    </span>
  );
}

/** Who applies for what, where the application stands, and the latest 单位公示 (and 评审结果公示). */
export function ReviewHeader({ application, unitWindow, resultWindow }: ReviewHeaderProps) {
  const { t } = useTranslation();
  const { names } = application;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'applicant', label: t('review.applicant'), children: application.applicant.name },
        { key: 'unit', label: t('review.unit'), children: application.names.unit },
        {
          key: 'qualification',
          label: t('review.qualification'),
          children: `${names.series} · ${names.specialty} · ${application.level} · ${names.qualification}`,
        },
        { key: 'committee', label: t('review.committee'), children: names.committee },
        { key: 'cycle', label: t('review.cycle'), children: names.cycle },
        { key: 'status', label: t('review.status'), children: <StatusTag status={application.status} /> },
        {
          key: 'submittedAt',
          label: t('review.submittedAt'),
          children: application.submittedAt
            ? formatDateTime(application.submittedAt)
            : t('review.notSubmitted'),
        },
        {
          key: 'publicity',
          label: t('review.unitPublicity'),
          children: <PublicityText window={unitWindow} />,
        },
        ...(application.status === 'publicity' || resultWindow
          ? [
              {
                key: 'resultPublicity',
                label: t('review.resultPublicity'),
                children: <PublicityText window={resultWindow} />,
              },
            ]
          : []),
      ]}
    />
  );
}
