import { UploadOutlined } from '@ant-design/icons';
import { photoContentTypes, photoMaxBytes } from '@zhicheng/contracts';
import { Button, Image, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { useFileUrl } from '../../../shared/files/get-file-blob';
import { useUploadPhoto } from '../api/upload-photo';

interface PhotoFieldProps {
  id: string;
  describedBy: string | undefined;
  applicationId: string;
  value: string | null;
  onChange: (fileId: string) => void;
}

/** The 1-inch photo: checked here for type and size first, then uploaded; the field holds the file id. */
export function PhotoField({ id, describedBy, applicationId, value, onChange }: PhotoFieldProps) {
  const { t } = useTranslation();
  const upload = useUploadPhoto(applicationId);
  const photo = useFileUrl(value);
  const [problem, setProblem] = useState<string | null>(null);

  function send(file: File) {
    if (!(photoContentTypes as readonly string[]).includes(file.type)) {
      setProblem(t('sections.photo.badType'));
      return;
    }
    if (file.size > photoMaxBytes) {
      setProblem(t('sections.photo.tooLarge'));
      return;
    }
    setProblem(null);
    upload.mutate(file, {
      onSuccess: (uploaded) => onChange(uploaded.id),
      onError: (error) => setProblem(error instanceof ApiError ? error.displayMessage : t('errors.unknown')),
    });
  }

  return (
    <Space align="start" wrap>
      <div className="section-photo" aria-live="polite">
        {photo.url ? (
          <Image src={photo.url} alt={t('sections.photo.alt')} width={90} height={120} preview={false} />
        ) : (
          <Typography.Text type="secondary">{t('sections.photo.none')}</Typography.Text>
        )}
      </div>
      <Space orientation="vertical" size={4}>
        <Upload
          accept={photoContentTypes.join(',')}
          showUploadList={false}
          beforeUpload={(file) => {
            send(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button
            id={id}
            aria-describedby={describedBy}
            icon={<UploadOutlined aria-hidden />}
            loading={upload.isPending}
          >
            {upload.isPending
              ? t('sections.photo.uploading')
              : value
                ? t('sections.photo.change')
                : t('sections.photo.upload')}
          </Button>
        </Upload>
        {problem ? (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        ) : null}
      </Space>
    </Space>
  );
}
