import { FileAddOutlined, TrophyOutlined } from '@ant-design/icons';
import { type Application, type Cycle, isEditable } from '@zhicheng/contracts';
import { Alert, Button, Card, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format-date-time';

interface OpenCycleCardProps {
  cycle: Cycle | null | undefined;
  loading: boolean;
  /** The applicant's in-progress application in the open cycle: one per cycle, so no second one starts. */
  existing?: Application | undefined;
}

/**
 * 业务类型 (资格评审 only for now), the open cycle, and the two ways to start: 普通申报, 创新型人才申报
 * (disabled, with the reason, while an application is in progress in that cycle: the API refuses a
 * second one with application_exists).
 */
export function OpenCycleCard({ cycle, loading, existing }: OpenCycleCardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const blocked = !cycle || Boolean(existing);
  const reason = existing ? 'apply-blocked-reason' : undefined;
  return (
    <Card loading={loading} title={t('applicantHome.newApplication')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div role="radiogroup" aria-labelledby="business-type-label" className="business-type">
          <Typography.Text id="business-type-label" strong>
            {t('applicantHome.businessType')}
          </Typography.Text>
          <Radio.Group
            value="review"
            options={[{ value: 'review', label: t('applicantHome.businessTypeReview') }]}
          />
          <Typography.Text type="secondary">{t('applicantHome.businessTypeHint')}</Typography.Text>
        </div>
        {cycle ? (
          <div>
            <Typography.Text strong>{`${t('applicantHome.cycleTitle')}：${cycle.name}`}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {t('applicantHome.cyclePeriod', {
                  opensAt: formatDateTime(cycle.opensAt),
                  closesAt: formatDateTime(cycle.closesAt),
                })}
              </Typography.Text>
            </div>
          </div>
        ) : (
          <Alert type="warning" showIcon title={t('applicantHome.noOpenCycle')} />
        )}
        {existing ? (
          <Alert
            id="apply-blocked-reason"
            type="info"
            showIcon
            title={t('applicantHome.existsInCycle', {
              name: existing.names.qualification,
              status: t(`applicationStatus.${existing.status}`),
            })}
            action={
              isEditable(existing.status) ? (
                <Link to={`/applicant/applications/${existing.id}/sections`}>
                  {t('applicantHome.continue')}
                </Link>
              ) : (
                <Link to={`/applicant/applications/${existing.id}/timeline`}>{t('timeline.link')}</Link>
              )
            }
          />
        ) : null}
        <div className="apply-entries">
          <Button
            type="primary"
            size="large"
            icon={<FileAddOutlined aria-hidden />}
            disabled={blocked}
            aria-describedby={reason}
            onClick={() => navigate('/applicant/applications/new?track=normal')}
          >
            {t('applicantHome.normalEntry')}
          </Button>
          <Typography.Text type="secondary">{t('applicantHome.normalEntryHint')}</Typography.Text>
          <Button
            size="large"
            icon={<TrophyOutlined aria-hidden />}
            disabled={blocked}
            aria-describedby={reason}
            onClick={() => navigate('/applicant/applications/new?track=innovative')}
          >
            {t('applicantHome.innovativeEntry')}
          </Button>
          <Typography.Text type="secondary">{t('applicantHome.innovativeEntryHint')}</Typography.Text>
        </div>
      </Space>
    </Card>
  );
}
