import type { Application } from '@zhicheng/contracts';
import { Card, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format-date-time';
import { useTimeline } from '../../../shared/applications/get-timeline';

/**
 * The receipt of a submission (GOV.UK confirmation page): when it was submitted, the SHA-256 of the
 * frozen snapshot (what was submitted, the latest submit's entry in the timeline), what happens next,
 * and the way to 查看进度.
 */
export function SubmissionReceipt({ application }: { application: Application }) {
  const { t } = useTranslation();
  const timeline = useTimeline(application.id);
  const submission = timeline.data?.findLast((entry) => entry.action === 'submit');
  const submittedAt = submission?.at ?? application.submittedAt;

  return (
    <Card
      className="submission-receipt"
      role="region"
      aria-labelledby="submission-receipt-title"
      title={
        <h2 id="submission-receipt-title" className="card-heading">
          {t('submission.receipt.title')}
        </h2>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'at',
            label: t('submission.receipt.submittedAt'),
            children: submittedAt ? formatDateTime(submittedAt) : '—',
          },
          {
            key: 'hash',
            label: t('submission.receipt.snapshot'),
            children: timeline.isPending ? (
              <Skeleton.Input active size="small" />
            ) : submission?.snapshotSha256 ? (
              <Typography.Text code copyable className="submission-hash">
                {submission.snapshotSha256}
              </Typography.Text>
            ) : (
              '—'
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary">{t('submission.receipt.snapshotHint')}</Typography.Paragraph>
      <h3 className="section-view-title">{t('submission.receipt.nextTitle')}</h3>
      <Typography.Paragraph>{t('submission.receipt.next')}</Typography.Paragraph>
      <Link to={`/applicant/applications/${application.id}/timeline`}>{t('timeline.link')}</Link>
    </Card>
  );
}
