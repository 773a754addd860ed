import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface ComingSoonProps {
  /** The page's name, e.g. 申报人员. */
  page: string;
  backTo?: { to: string; label: string };
}

/** The placeholder of a page still in development: names it, never blank. */
export function ComingSoon({ page, backTo }: ComingSoonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      icon={<ClockCircleOutlined aria-hidden />}
      title={t('coming.title', { page })}
      subTitle={t('coming.subtitle')}
      extra={
        backTo ? (
          <Button type="primary" onClick={() => navigate(backTo.to)}>
            {backTo.label}
          </Button>
        ) : undefined
      }
    />
  );
}
