import './file-viewer.css';
import {
  DownloadOutlined,
  ExportOutlined,
  FilePdfOutlined,
  RotateLeftOutlined,
  RotateRightOutlined,
  UndoOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons';
import type { MaterialFile } from '@zhicheng/contracts';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileBlob, useObjectUrl } from './get-file-blob';

const zoomSteps = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

function ImageViewer({ file, url }: { file: MaterialFile; url: string }) {
  const { t } = useTranslation();
  const [zoom, setZoom] = useState(3); // index of 1 in zoomSteps
  const [rotation, setRotation] = useState(0);
  const scale = zoomSteps[zoom] ?? 1;
  return (
    <div className="file-viewer">
      <Space className="file-viewer-toolbar" wrap size={4}>
        <Button
          size="small"
          icon={<ZoomOutOutlined />}
          disabled={zoom === 0}
          onClick={() => setZoom((z) => Math.max(0, z - 1))}
        >
          {t('fileViewer.zoomOut')}
        </Button>
        <Button
          size="small"
          icon={<ZoomInOutlined />}
          disabled={zoom === zoomSteps.length - 1}
          onClick={() => setZoom((z) => Math.min(zoomSteps.length - 1, z + 1))}
        >
          {t('fileViewer.zoomIn')}
        </Button>
        <Button size="small" icon={<RotateLeftOutlined />} onClick={() => setRotation((r) => r - 90)}>
          {t('fileViewer.rotateLeft')}
        </Button>
        <Button size="small" icon={<RotateRightOutlined />} onClick={() => setRotation((r) => r + 90)}>
          {t('fileViewer.rotateRight')}
        </Button>
        <Button
          size="small"
          icon={<UndoOutlined />}
          onClick={() => {
            setZoom(3);
            setRotation(0);
          }}
        >
          {t('fileViewer.reset')}
        </Button>
        <output className="file-viewer-state" aria-live="polite">
          {t('fileViewer.state', {
            percent: Math.round(scale * 100),
            degrees: ((rotation % 360) + 360) % 360,
          })}
        </output>
        <Button size="small" type="link" icon={<DownloadOutlined />} href={url} download={file.fileName}>
          {t('fileViewer.download')}
        </Button>
      </Space>
      <div className="file-viewer-stage">
        <img
          src={url}
          alt={file.fileName}
          className="file-viewer-image"
          style={{ transform: `rotate(${rotation}deg) scale(${scale})` }}
        />
      </div>
    </div>
  );
}

/**
 * A PDF: the CSP (`default-src 'self'`) blocks framing `blob:` URLs, and the file route needs the
 * bearer token, so the browser's viewer cannot be embedded here. The page count is shown, and the
 * bytes fetched with the token open in a new tab or download.
 */
function PdfViewer({ file, url }: { file: MaterialFile; url: string }) {
  const { t } = useTranslation();
  return (
    <div className="file-viewer file-viewer-pdf">
      <Space orientation="vertical" size={8}>
        <Space size={8}>
          <FilePdfOutlined aria-hidden className="file-viewer-pdf-icon" />
          <Typography.Text strong>{file.fileName}</Typography.Text>
          <Typography.Text type="secondary">
            {file.pages === null
              ? t('fileViewer.pagesUnknown')
              : t('fileViewer.pages', { count: file.pages })}
          </Typography.Text>
        </Space>
        <Typography.Text type="secondary">{t('fileViewer.pdfHint')}</Typography.Text>
        <Space wrap>
          <Button
            icon={<ExportOutlined />}
            href={url}
            target="_blank"
            rel="noopener"
            aria-label={t('fileViewer.openNamed', { name: file.fileName })}
          >
            {t('fileViewer.open')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={url}
            download={file.fileName}
            aria-label={t('fileViewer.downloadNamed', { name: file.fileName })}
          >
            {t('fileViewer.download')}
          </Button>
        </Space>
      </Space>
    </div>
  );
}

/** One stored file shown in the page: an image with zoom and rotation, a PDF with its page count. */
export function FileViewer({ file }: { file: MaterialFile }) {
  const { t } = useTranslation();
  const blob = useFileBlob(file.id, 'original');
  const url = useObjectUrl(blob.data);
  if (blob.error) return <Alert type="error" showIcon role="alert" title={t('fileViewer.failed')} />;
  if (!url)
    return (
      <Spin tip={t('fileViewer.loading')}>
        <div className="file-viewer-loading" />
      </Spin>
    );
  return file.contentType === 'application/pdf' ? (
    <PdfViewer file={file} url={url} />
  ) : (
    <ImageViewer file={file} url={url} />
  );
}
