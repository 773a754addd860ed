import { Image, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFileUrl } from '../files/get-file-blob';

/** A saved photo field shown as the picture itself (the read-only view of step 4 and 查看申报). */
export function SectionPhoto({ fileId }: { fileId: string }) {
  const { t } = useTranslation();
  const photo = useFileUrl(fileId);
  if (photo.error) return <Typography.Text type="secondary">{t('submission.photoFailed')}</Typography.Text>;
  if (!photo.url) return <Spin size="small" aria-label={t('app.loading')} />;
  return <Image src={photo.url} alt={t('sections.photo.alt')} width={90} height={120} preview={false} />;
}
