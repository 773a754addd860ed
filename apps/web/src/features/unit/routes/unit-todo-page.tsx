import { Button, Card, Col, Row, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { WelcomeCard } from '../../../components/welcome-card';
import { useSessionUser } from '../../../lib/auth-store';
import { ReviewTodoCard } from '../../../shared/applications/review-todo-card';
import { useApplicantCounts } from '../../../shared/people/get-applicant-counts';
import { useUnit } from '../api/get-unit';

/** 待办事项 of unit staff: the greeting, what waits for the unit's review, and its applicant accounts. */
export function UnitTodoPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionUser();
  const unit = useUnit();
  const counts = useApplicantCounts();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <WelcomeCard
        name={user.name}
        roleLabel={t(`roles.${user.role}`)}
        organisation={unit.data ? { kind: t('shell.orgUnit'), name: unit.data.name } : undefined}
      />
      <ReviewTodoCard statuses={['submitted', 'unit_review']} queuePath="/unit/reviews" />
      <Card
        title={t('unit.todoTitle')}
        extra={
          <Button type="link" onClick={() => navigate('/unit/applicants')}>
            {t('unit.manageApplicants')}
          </Button>
        }
      >
        <Row gutter={24}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('unit.applicantsTotal')}
              value={counts.data?.total ?? '—'}
              loading={counts.isPending}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('unit.applicantsActive')}
              value={counts.data?.active ?? '—'}
              loading={counts.isPending}
            />
          </Col>
        </Row>
      </Card>
    </Space>
  );
}

export default UnitTodoPage;
