import { type Application, type RecordedVotes, type ReviewStage, upcomingStages } from '@zhicheng/contracts';
import { Alert, Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date-time';
import { useTimeline } from './get-timeline';

/** 出席 n 人，赞成 a 票，反对 b 票，弃权 c 票 (records from before `present` existed leave it out). */
export function votesSummary(t: TFunction, votes: RecordedVotes): string {
  const counts = { for: votes.for, against: votes.against, abstain: votes.abstain };
  return votes.present === null
    ? t('timeline.votesNoPresent', counts)
    : t('timeline.votes', { present: votes.present, ...counts });
}

interface ApplicationTimelineProps {
  applicationId: string;
  /** Names the list when a page shows several timelines (查看进度 lists every application). */
  label?: string;
  /**
   * The application itself: the timeline then starts with its creation and ends with the stages still
   * to come, greyed (GOV.UK's "what happens next").
   */
  application?: Application | undefined;
}

/** A stage still to come, by name (submitting is the contracts' own action name). */
function stageName(t: TFunction, stage: ReviewStage): string {
  return stage === 'submit' ? t('applicationAction.submit') : t(`timeline.stages.${stage}`);
}

/** Every status change of one application, oldest first: action → new status, who, the committee's votes, opinion, when. */
export function ApplicationTimeline({ applicationId, label, application }: ApplicationTimelineProps) {
  const { t } = useTranslation();
  const timeline = useTimeline(applicationId);
  if (timeline.error) return <Alert type="error" showIcon role="alert" title={timeline.error.message} />;
  if (!timeline.data) return <Skeleton active />;
  if (timeline.data.length === 0 && !application) return <Empty description={t('timeline.empty')} />;
  const created = application
    ? [
        {
          key: 'created',
          title: formatDateTime(application.createdAt),
          content: <Typography.Text strong>{t('timeline.created')}</Typography.Text>,
        },
      ]
    : [];
  const upcoming = application
    ? upcomingStages(application.status).map((stage) => ({
        key: `upcoming-${stage}`,
        color: 'gray',
        className: 'timeline-upcoming',
        title: <Typography.Text type="secondary">{t('timeline.upcoming')}</Typography.Text>,
        content: <Typography.Text type="secondary">{stageName(t, stage)}</Typography.Text>,
      }))
    : [];
  return (
    <Timeline
      aria-label={label ?? t('timeline.label')}
      items={[
        ...created,
        ...timeline.data.map((entry) => ({
          key: entry.id,
          title: formatDateTime(entry.at),
          content: (
            <Space orientation="vertical" size={2}>
              <Typography.Text strong>
                {t('timeline.change', {
                  action: t(`applicationAction.${entry.action}`),
                  status: t(`applicationStatus.${entry.toStatus}`),
                })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('timeline.actor', { role: t(`roles.${entry.actorRole}`), name: entry.actorName })}
              </Typography.Text>
              {entry.votes ? <span>{votesSummary(t, entry.votes)}</span> : null}
              {entry.opinion ? <span>{t('timeline.opinion', { opinion: entry.opinion })}</span> : null}
              {entry.reasons.length > 0 ? (
                <span>{t('timeline.reasons', { reasons: entry.reasons.join('；') })}</span>
              ) : null}
            </Space>
          ),
        })),
        ...upcoming,
      ]}
    />
  );
}
