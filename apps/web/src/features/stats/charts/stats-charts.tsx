import { type ApplicationStatus, applicationStatuses, type Stats } from '@zhicheng/contracts';
import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { funnelOption, groupOption, statusOption } from './chart-options';
import { EChart } from './echart';

/**
 * The dashboards' charts: the funnel, the applications
 * by status, and approved / rejected / in progress by series and by committee.
 */
export function StatsCharts({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const statusLabel = (s: ApplicationStatus) => t(`applicationStatus.${s}`);
    const groupSeries = {
      approved: t('applicationStatus.approved'),
      rejected: t('applicationStatus.rejected'),
      open: t('stats.inProgress'),
    };
    return {
      funnel: funnelOption(
        stats.funnel.map((step) => ({
          name: step.stage === 'approved' ? statusLabel('approved') : t(`stats.stage.${step.stage}`),
          value: step.count,
        })),
      ),
      status: statusOption(
        applicationStatuses.map((s) => ({ name: statusLabel(s), value: stats.byStatus[s] ?? 0 })),
      ),
      series: groupOption(stats.bySeries, groupSeries),
      committee: groupOption(stats.byCommittee, groupSeries),
    };
  }, [stats, t]);

  const charts = [
    { key: 'funnel', title: t('stats.funnel'), option: options.funnel },
    { key: 'status', title: t('stats.byStatus'), option: options.status },
    { key: 'series', title: t('stats.bySeries'), option: options.series },
    { key: 'committee', title: t('stats.byCommittee'), option: options.committee },
  ];
  return (
    <Row gutter={[16, 16]}>
      {charts.map((chart) => (
        <Col key={chart.key} xs={24} lg={12}>
          <Card title={chart.title}>
            <EChart option={chart.option} label={t('stats.chartLabel', { title: chart.title })} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
