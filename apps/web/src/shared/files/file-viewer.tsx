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
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileBlob, useObjectUrl } from './get-file-blob';

/** The bytes typed as stored: the browser shows a framed PDF only when its blob says application/pdf. */
function asStoredType(blob: Blob, contentType: MaterialFile['contentType']): Blob {
  return blob.type === contentType ? blob : new Blob([blob], { type: contentType });
}

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
 * A PDF in the browser's own viewer, framed from an object URL of the bytes fetched with the bearer
 * token (the file route cannot be framed directly: a frame cannot carry the token). The CSP allows
 * exactly this: `frame-src 'self' blob:` (a `blob:` URL is only ever made by this origin), while
 * `object-src` stays `'none'`. Opening in a new tab and downloading stay as fallbacks for browsers that
 * download PDFs instead of showing them.
 */
function PdfViewer({ file, url }: { file: MaterialFile; url: string }) {
  const { t } = useTranslation();
  return (
    <div className="file-viewer">
      <Space className="file-viewer-toolbar" wrap size={8}>
        <FilePdfOutlined aria-hidden className="file-viewer-pdf-icon" />
        <Typography.Text type="secondary">
          {file.pages === null ? t('fileViewer.pagesUnknown') : t('fileViewer.pages', { count: file.pages })}
        </Typography.Text>
        <Button
          size="small"
          type="link"
          icon={<ExportOutlined />}
          href={url}
          target="_blank"
          rel="noopener"
          aria-label={t('fileViewer.openNamed', { name: file.fileName })}
        >
          {t('fileViewer.open')}
        </Button>
        <Button
          size="small"
          type="link"
          icon={<DownloadOutlined />}
          href={url}
          download={file.fileName}
          aria-label={t('fileViewer.downloadNamed', { name: file.fileName })}
        >
          {t('fileViewer.download')}
        </Button>
      </Space>
      <iframe
        className="file-viewer-stage file-viewer-pdf-frame"
        src={url}
        title={t('fileViewer.pdfFrame', { name: file.fileName })}
      />
    </div>
  );
}

/** One stored file shown in the page: an image with zoom and rotation, a PDF in the browser's viewer. */
export function FileViewer({ file }: { file: MaterialFile }) {
  const { t } = useTranslation();
  const blob = useFileBlob(file.id, 'original');
  const typed = useMemo(
    () => (blob.data ? asStoredType(blob.data, file.contentType) : undefined),
    [blob.data, file.contentType],
  );
  const url = useObjectUrl(typed);
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
