import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  DashboardOutlined,
  EditOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FundOutlined,
  HomeOutlined,
  IdcardOutlined,
  LockOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NavKey } from '../../i18n/keys';

/** One icon per menu entry, decorative (the label carries the meaning). */
const icons: Partial<Record<NavKey, ReactNode>> = {
  applicantHome: <HomeOutlined />,
  progress: <FieldTimeOutlined />,
  changePassword: <LockOutlined />,
  notificationSettings: <BellOutlined />,
  todo: <ScheduleOutlined />,
  applicants: <TeamOutlined />,
  operators: <UserSwitchOutlined />,
  unitReview: <AuditOutlined />,
  unitProfile: <BankOutlined />,
  deptReview: <SolutionOutlined />,
  publicity: <NotificationOutlined />,
  stats: <BarChartOutlined />,
  committeeResults: <EditOutlined />,
  overview: <DashboardOutlined />,
  catalog: <AppstoreOutlined />,
  organizations: <ApartmentOutlined />,
  cycles: <CalendarOutlined />,
  calendar: <CarryOutOutlined />,
  reviewers: <IdcardOutlined />,
  audit: <FileSearchOutlined />,
  statsExport: <FundOutlined />,
};

export function menuIcon(key: NavKey): ReactNode {
  return icons[key] ?? null;
}
