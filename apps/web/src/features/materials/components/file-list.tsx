import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EyeOutlined,
  HolderOutlined,
} from '@ant-design/icons';
import type { MaterialFile } from '@zhicheng/contracts';
import { Button, Space, Typography } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileThumbnail } from '../../../shared/files/file-thumbnail';
import { formatBytes } from './check-file';

interface FileListProps {
  files: MaterialFile[];
  editable: boolean;
  onReorder: (fileIds: string[]) => void;
  onDelete: (file: MaterialFile) => void;
  onPreview: (file: MaterialFile) => void;
}

/** `ids` with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** Where a file sits in the category's material, in pages (an image is one page, a PDF its count). */
export type FilePosition =
  | { kind: 'page'; from: number; to: number }
  /** A PDF whose pages are not counted yet: where it starts. */
  | { kind: 'from'; from: number }
  /** After an uncounted PDF the pages are unknown: the file's place in the order. */
  | { kind: 'file'; no: number };

/**
 * Each file's pages within the category: a 3-page PDF first is pages 1–3 and the image after it page 4
 * (numbering files as pages would call a one-page PDF after two images "第 3 页" whatever it holds,
 * and a many-page PDF "第 1 页").
 */
export function filePositions(files: readonly Pick<MaterialFile, 'contentType' | 'pages'>[]): FilePosition[] {
  let next: number | null = 1;
  return files.map((file, index) => {
    const pages = file.contentType === 'application/pdf' ? file.pages : 1;
    if (next === null) return { kind: 'file', no: index + 1 };
    const from: number = next;
    if (pages === null) {
      next = null;
      return { kind: 'from', from };
    }
    next = from + Math.max(pages, 1);
    return { kind: 'page', from, to: next - 1 };
  });
}

/**
 * The category's pages in order. Reordering works by dragging a row (native drag and drop) and by
 * 上移/下移 buttons, which keyboards and screen readers can use.
 */
export function FileList({ files, editable, onReorder, onDelete, onPreview }: FileListProps) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<number | null>(null);
  const ids = files.map((f) => f.id);
  const move = (from: number, to: number) => onReorder(moveItem(ids, from, to));
  const positions = filePositions(files);
  const positionText = (position: FilePosition | undefined) => {
    if (!position) return '';
    if (position.kind === 'file') return t('materials.fileNo', { no: position.no });
    if (position.kind === 'from') return t('materials.pageFrom', { from: position.from });
    return position.from === position.to
      ? t('materials.page', { no: position.from })
      : t('materials.pageRange', { from: position.from, to: position.to });
  };

  const dropOn = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged !== null && dragged !== index) move(dragged, index);
    setDragged(null);
  };

  if (files.length === 0) {
    return <Typography.Text type="secondary">{t('materials.noFilesYet')}</Typography.Text>;
  }
  return (
    <ol className="file-list" aria-label={t('materials.fileListLabel')}>
      {files.map((file, index) => (
        <li
          key={file.id}
          className={dragged === index ? 'file-row dragging' : 'file-row'}
          draggable={editable}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            setDragged(index);
          }}
          onDragOver={(event) => event.preventDefault()}
          onDrop={dropOn(index)}
          onDragEnd={() => setDragged(null)}
        >
          {editable ? <HolderOutlined className="drag-handle" aria-hidden /> : null}
          <span className="file-page">{positionText(positions[index])}</span>
          <FileThumbnail file={file} size={72} />
          <span className="file-meta">
            <span className="file-name">{file.fileName}</span>
            <Typography.Text type="secondary">
              {formatBytes(file.size)}
              {file.pages !== null ? ` · ${t('materials.pages', { count: file.pages })}` : ''}
            </Typography.Text>
          </span>
          <Space wrap size={4} className="file-actions">
            <Button size="small" icon={<EyeOutlined aria-hidden />} onClick={() => onPreview(file)}>
              {t('materials.preview')}
            </Button>
            {editable ? (
              <>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined aria-hidden />}
                  disabled={index === 0}
                  aria-label={t('materials.moveUpName', { name: file.fileName })}
                  onClick={() => move(index, index - 1)}
                >
                  {t('materials.moveUp')}
                </Button>
                <Button
                  size="small"
                  icon={<ArrowDownOutlined aria-hidden />}
                  disabled={index === files.length - 1}
                  aria-label={t('materials.moveDownName', { name: file.fileName })}
                  onClick={() => move(index, index + 1)}
                >
                  {t('materials.moveDown')}
                </Button>
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('materials.deleteName', { name: file.fileName })}
                  onClick={() => onDelete(file)}
                >
                  {t('materials.delete')}
                </Button>
              </>
            ) : null}
          </Space>
        </li>
      ))}
    </ol>
  );
}
