import { App, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../components/change-password-form';
import { SessionsTable } from '../components/sessions-table';

/** 修改密码 and, below it, the person's sessions (账号安全). */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <ChangePasswordForm
          onChanged={() => {
            void message.success(t('password.success'));
            navigate('/', { replace: true });
          }}
        />
      </Card>
      <Card title={t('sessions.title')}>
        <SessionsTable />
      </Card>
    </Space>
  );
}

export default ChangePasswordPage;
