import './file-thumbnail.css';
import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { MaterialFile } from '@zhicheng/contracts';
import { useTranslation } from 'react-i18next';
import { useFileBlob, useObjectUrl } from './get-file-blob';

interface FileThumbnailProps {
  file: MaterialFile;
  /** Edge length in pixels. */
  size?: number;
}

/** An image page's thumbnail (fetched with the token), or a PDF icon with its page count. */
export function FileThumbnail({ file, size = 48 }: FileThumbnailProps) {
  const { t } = useTranslation();
  const isImage = file.contentType !== 'application/pdf';
  const blob = useFileBlob(file.id, 'thumbnail', isImage && file.hasThumbnail);
  const url = useObjectUrl(blob.data);
  const box = { width: size, height: size };

  if (!isImage) {
    return (
      <span className="file-thumbnail file-thumbnail-pdf" style={box} title={file.fileName}>
        <FilePdfOutlined aria-hidden style={{ fontSize: size / 2.4 }} />
        <span className="file-thumbnail-pages">
          {file.pages === null ? t('materials.pdf') : t('materials.pages', { count: file.pages })}
        </span>
      </span>
    );
  }
  return (
    <span className="file-thumbnail" style={box} title={file.fileName}>
      {url ? (
        <img src={url} alt={t('materials.thumbnailAlt', { name: file.fileName })} />
      ) : (
        <FileImageOutlined aria-label={file.fileName} style={{ fontSize: size / 2.4 }} />
      )}
    </span>
  );
}
