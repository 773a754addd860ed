import { SmileOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface WelcomeCardProps {
  name: string;
  roleLabel: string;
  /** e.g. { kind: '单位', name: '深圳市示范水务工程设计院' } */
  organisation?: { kind: string; name: string } | undefined;
}

/** The greeting at the top of every role's home. */
export function WelcomeCard({ name, roleLabel, organisation }: WelcomeCardProps) {
  const { t } = useTranslation();
  return (
    <Card className="welcome-card">
      <Space align="start" size="large">
        <SmileOutlined className="welcome-icon" aria-hidden />
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 8 }}>
            {t('home.welcome', { name })}
          </Typography.Title>
          <Space wrap size={[8, 4]}>
            <Tag color="blue">{t('home.role', { role: roleLabel })}</Tag>
            {organisation ? (
              <Typography.Text type="secondary">{t('home.org', organisation)}</Typography.Text>
            ) : null}
          </Space>
        </div>
      </Space>
    </Card>
  );
}
