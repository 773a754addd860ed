import type { MaterialFile } from '@zhicheng/contracts';
import { Alert, Image, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFileBlob, useObjectUrl } from '../../../shared/files/get-file-blob';

interface FilePreviewProps {
  file: MaterialFile;
  onClose: () => void;
}

/** Shows the original file: images in antd's image viewer, PDFs in the browser's own viewer. */
export function FilePreview({ file, onClose }: FilePreviewProps) {
  const { t } = useTranslation();
  const blob = useFileBlob(file.id, 'original');
  const url = useObjectUrl(blob.data);

  if (file.contentType !== 'application/pdf' && url) {
    return (
      <Image
        src={url}
        alt={file.fileName}
        style={{ display: 'none' }}
        preview={{ open: true, src: url, onOpenChange: (open) => (open ? undefined : onClose()) }}
      />
    );
  }
  return (
    <Modal
      open
      title={file.fileName}
      footer={null}
      width="min(960px, 96vw)"
      onCancel={onClose}
      destroyOnHidden
    >
      {blob.error ? (
        <Alert type="error" showIcon role="alert" title={t('materials.previewFailed')} />
      ) : url ? (
        <iframe className="pdf-frame" title={file.fileName} src={url} />
      ) : (
        <Spin tip={t('app.loading')}>
          <div className="pdf-frame" />
        </Spin>
      )}
    </Modal>
  );
}
