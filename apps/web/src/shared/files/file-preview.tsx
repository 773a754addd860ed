import type { MaterialFile } from '@zhicheng/contracts';
import { Modal } from 'antd';
import { FileViewer } from './file-viewer';

interface FilePreviewProps {
  file: MaterialFile;
  onClose: () => void;
}

/** The original file in a dialog: images with zoom and rotation, PDFs in the browser's PDF viewer. */
export function FilePreview({ file, onClose }: FilePreviewProps) {
  return (
    <Modal
      open
      title={file.fileName}
      footer={null}
      width="min(960px, 96vw)"
      onCancel={onClose}
      destroyOnHidden
    >
      <FileViewer file={file} />
    </Modal>
  );
}
