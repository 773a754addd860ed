import { DownloadOutlined } from '@ant-design/icons';
import { type ApplicationStatus, applicationStatuses, chinaDate } from '@zhicheng/contracts';
import { App, Button, Card, Col, Row, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { exportQueue, saveBlob } from '../../../shared/applications/export-applications';
import { useCycles } from '../api/get-cycles';
import { useStats } from '../api/get-stats';
import { StatsCharts } from '../charts/stats-charts';
import { formatRate } from './format-rate';
import { StatsFunnel } from './stats-funnel';
import { StatsGroupTable } from './stats-group-table';
import '../stats.css';

const allCycles = '';

/**
 * 概览, 统计与导出 and the department's 统计: pick a cycle (the newest by default), its totals and pass rate,
 * by series and by committee, the funnel; with `exportable` the CSV of the cycle and a status.
 */
export function StatsDashboard({ exportable = false }: { exportable?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cycles = useCycles();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<ApplicationStatus | undefined>(undefined);
  const [exporting, setExporting] = useState(false);
  // Until one is picked: the newest cycle (the API lists them newest first).
  const cycleValue = picked ?? cycles.data?.[0]?.id ?? allCycles;
  const cycleId = cycleValue === allCycles ? null : cycleValue;
  const stats = useStats(cycleId, cycles.isSuccess || cycles.isError);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const blob = await exportQueue({ cycleId: cycleId ?? undefined, status }, '-submittedAt');
      saveBlob(blob, t('stats.exportFileName', { date: chinaDate(new Date()) }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    } finally {
      setExporting(false);
    }
  };

  const data = stats.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <div className="stats-toolbar">
          <div>
            <label htmlFor="stats-cycle">{t('stats.cycle')}</label>
            <Select
              id="stats-cycle"
              value={cycleValue}
              onChange={setPicked}
              loading={cycles.isPending}
              style={{ minWidth: 240 }}
              options={[
                { value: allCycles, label: t('stats.allCycles') },
                ...(cycles.data ?? []).map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          </div>
          {exportable ? (
            <>
              <div>
                <label htmlFor="stats-status">{t('stats.status')}</label>
                <Select
                  id="stats-status"
                  value={status}
                  onChange={setStatus}
                  allowClear
                  placeholder={t('stats.allStatuses')}
                  style={{ minWidth: 160 }}
                  options={applicationStatuses.map((s) => ({ value: s, label: t(`applicationStatus.${s}`) }))}
                />
              </div>
              <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} onClick={exportCsv}>
                {t('stats.export')}
              </Button>
            </>
          ) : null}
        </div>
      </Card>
      {stats.isError ? <FormAlert message={stats.error.message} /> : null}
      {!data ? (
        stats.isError ? null : (
          <FullPageSpinner label={t('app.loading')} />
        )
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {[
              { key: 'total', title: t('stats.card.total'), value: data.total },
              { key: 'approved', title: t('applicationStatus.approved'), value: data.byStatus.approved ?? 0 },
              { key: 'rejected', title: t('applicationStatus.rejected'), value: data.byStatus.rejected ?? 0 },
              { key: 'passRate', title: t('stats.card.passRate'), value: formatRate(data.passRate) },
            ].map(({ key, title, value }) => (
              <Col key={key} xs={12} md={6}>
                <Card>
                  <Statistic title={title} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <StatsCharts stats={data} />
          <Card>
            <StatsFunnel funnel={data.funnel} />
          </Card>
          <StatsGroupTable title={t('stats.bySeries')} nameTitle={t('stats.series')} rows={data.bySeries} />
          <StatsGroupTable
            title={t('stats.byCommittee')}
            nameTitle={t('stats.committee')}
            rows={data.byCommittee}
          />
        </>
      )}
    </Space>
  );
}
