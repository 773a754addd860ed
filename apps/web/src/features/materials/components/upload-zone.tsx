import { InboxOutlined } from '@ant-design/icons';
import { Button, Progress, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from './check-file';
import type { UploadItem } from './use-uploads';

interface UploadZoneProps {
  items: UploadItem[];
  maxFileBytes: number;
  onFile: (file: File) => void;
  onClear: () => void;
}

const progressStatus = { uploading: 'active', done: 'success', error: 'exception' } as const;

/** Drag-and-drop zone and file picker (several files at once), then a progress bar per file. */
export function UploadZone({ items, maxFileBytes, onFile, onClear }: UploadZoneProps) {
  const { t } = useTranslation();
  return (
    <div className="upload-zone">
      {/* No `accept`: antd would silently drop other files, and people should hear why they are refused. */}
      <Upload.Dragger
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('materials.dropHint')}</p>
        <p className="ant-upload-hint">{t('materials.dropRules', { max: formatBytes(maxFileBytes) })}</p>
      </Upload.Dragger>
      {items.length > 0 ? (
        <ul className="upload-list" aria-label={t('materials.uploadsLabel')}>
          {items.map((item) => (
            <li key={item.uid}>
              <span className="upload-name">{item.name}</span>
              {item.status === 'error' ? (
                <Typography.Text type="danger" role="alert">
                  {item.message}
                </Typography.Text>
              ) : (
                <Progress
                  percent={item.percent}
                  status={progressStatus[item.status]}
                  size="small"
                  aria-label={t('materials.progressOf', { name: item.name })}
                />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {items.length > 0 && !items.some((i) => i.status === 'uploading') ? (
        <Button size="small" type="link" onClick={onClear}>
          {t('materials.clearUploads')}
        </Button>
      ) : null}
    </div>
  );
}
