import { FilePdfOutlined } from '@ant-design/icons';
import { type Application, reviewFormKindOf } from '@zhicheng/contracts';
import { Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** Where the review form opens: a page of its own that renders it (spinner first), in a new tab. */
export const reviewFormPath = (applicationId: string) => `/review-form/${encodeURIComponent(applicationId)}`;

/**
 * 预览评审表 while the application is filled or reviewed up to the department, 打印评审表 once the
 * department approved; nothing once it ended otherwise. The status rule is the contracts'.
 */
export function ReviewFormButton({
  application,
  ...button
}: { application: Pick<Application, 'id' | 'status'> } & Pick<ButtonProps, 'type' | 'size'>) {
  const { t } = useTranslation();
  const kind = reviewFormKindOf(application.status);
  if (!kind) return null;
  return (
    <Button
      {...button}
      href={reviewFormPath(application.id)}
      target="_blank"
      rel="noopener"
      icon={<FilePdfOutlined aria-hidden />}
      title={t('reviewForm.opensInNewTab')}
    >
      {t(kind === 'preview' ? 'reviewForm.preview' : 'reviewForm.print')}
    </Button>
  );
}
