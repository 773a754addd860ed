import { StatsDashboard } from '../components/stats-dashboard';

/** 统计与导出 (bureau): the dashboard with the CSV export of a cycle and a status. */
export function BureauStatsPage() {
  return <StatsDashboard exportable />;
}

export default BureauStatsPage;
