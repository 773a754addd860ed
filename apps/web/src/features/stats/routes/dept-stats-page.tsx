import { StatsDashboard } from '../components/stats-dashboard';

/** 统计 (department): the numbers of the department's applications (the API scopes them). */
export function DeptStatsPage() {
  return <StatsDashboard />;
}

export default DeptStatsPage;
