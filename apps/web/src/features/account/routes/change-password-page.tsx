import { App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../components/change-password-form';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();

  return (
    <Card>
      <ChangePasswordForm
        onChanged={() => {
          void message.success(t('password.success'));
          navigate('/', { replace: true });
        }}
      />
    </Card>
  );
}

export default ChangePasswordPage;
