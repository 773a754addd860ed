import type { ApplicationStatus } from '@zhicheng/contracts';
import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApplicationCounts } from './get-application-counts';

interface ReviewTodoCardProps {
  /** The statuses that wait for the caller (unit: submitted and unit_review; department: dept_review). */
  statuses: readonly ApplicationStatus[];
  /** The caller's queue; each count links to it filtered by its status. */
  queuePath: string;
  /** Statuses handled on another page than the queue (the department's 公示中 on 公示管理). */
  pages?: Partial<Record<ApplicationStatus, string>>;
}

/** 待办事项: how many applications wait for the caller, each count a link to the filtered queue. */
export function ReviewTodoCard({ statuses, queuePath, pages = {} }: ReviewTodoCardProps) {
  const { t } = useTranslation();
  const counts = useApplicationCounts();
  return (
    <Card title={t('reviewTodo.title')}>
      {counts.error ? (
        <Alert type="error" showIcon role="alert" title={counts.error.message} />
      ) : (
        <Row gutter={24}>
          {statuses.map((status) => {
            const label = t(`applicationStatus.${status}`);
            const count = counts.data?.byStatus[status];
            return (
              <Col xs={12} md={6} key={status}>
                <Link
                  to={pages[status] ?? `${queuePath}?status=${status}`}
                  aria-label={t('reviewTodo.link', { status: label, count: count ?? 0 })}
                >
                  <Statistic
                    title={label}
                    value={count ?? '—'}
                    loading={counts.isPending}
                    suffix={t('reviewTodo.unit')}
                  />
                </Link>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
