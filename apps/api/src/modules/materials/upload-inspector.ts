import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../errors/app-error.js';
import { checkImage, MIN_IMAGE_SIDE_PX } from './image-check.js';
import { SNIFF_BYTES, type SniffedType, sniffType } from './magic-bytes.js';
import { createPageCounter } from './pdf-pages.js';

export interface InspectorLimits {
  /** Types this upload accepts. */
  allowed: readonly SniffedType[];
  /** Per-file limit: more bytes → 413 file_too_large. */
  maxFileBytes: number;
  /** What is left of the application's quota: more bytes → 413 payload_too_large. */
  remainingBytes: number;
  fileName: string;
}

/**
 * Sits between the multipart stream and `storage.put`: holds back only the first few bytes until the
 * magic number decides the type, counts bytes (failing the stream the moment a limit is passed, so the
 * driver discards its partial object) and hashes SHA-256 on the way. Before the stream ends it proves
 * the content is what the magic number says: an image must decode (real dimensions, at least
 * MIN_IMAGE_SIDE_PX a side), a PDF must show its structure. Failing the end fails the driver's write,
 * so a refused file is never stored. PDFs are scanned as they stream; images, at most the per-file
 * limit, are kept for the decoder — nothing else is buffered whole.
 */
export class UploadInspector extends Transform {
  contentType: SniffedType | undefined;
  size = 0;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headLength = 0;
  private readonly imageChunks: Buffer[] = [];
  private readonly pdfScan = createPageCounter();

  constructor(private readonly limits: InspectorLimits) {
    // Room for a few socket reads, so the parser is not paused on every chunk while the disk catches up.
    super({ highWaterMark: 2 * 1024 * 1024 });
  }

  private digest: string | undefined;

  /** The SHA-256 of every byte that passed (read it once the stream has ended). */
  get sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.size += chunk.length;
    const over = this.overLimit();
    if (over) return callback(over);
    this.hash.update(chunk);
    if (this.contentType) {
      this.observe(chunk);
      return callback(null, chunk);
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) return callback();
    callback(this.decide());
  }

  override _flush(callback: TransformCallback) {
    const refused = this.contentType ? null : this.decide();
    if (refused) return callback(refused);
    this.verifyContent().then(
      (error) => callback(error),
      (error: unknown) => callback(error as Error),
    );
  }

  /** Feeds the bytes of a decided type to its content check. */
  private observe(chunk: Buffer) {
    if (this.contentType === 'application/pdf') this.pdfScan.push(chunk);
    else this.imageChunks.push(chunk);
  }

  /** The content check at the end of the file: null when the file is what its type says. */
  private async verifyContent(): Promise<AppError | null> {
    const name = this.limits.fileName;
    if (this.contentType === 'application/pdf') {
      this.pdfScan.finish();
      if (this.pdfScan.looksLikePdf()) return null;
      return new AppError(
        'file_type_not_allowed',
        `“${name}”不是有效的 PDF 文件（读不到页面），请确认文件完整后重新上传`,
      );
    }
    const image = await checkImage(Buffer.concat(this.imageChunks));
    this.imageChunks.length = 0;
    if (image.ok) return null;
    if (image.reason === 'too_small') {
      return new AppError(
        'file_type_not_allowed',
        `“${name}”的尺寸过小（${image.width}×${image.height} 像素），图片每边至少 ${MIN_IMAGE_SIDE_PX} 像素`,
      );
    }
    return new AppError(
      'file_type_not_allowed',
      `“${name}”无法作为图片读取，文件可能已损坏或不完整，请重新导出后上传`,
    );
  }

  /** Decides the type from the held-back bytes and releases them; an error when not allowed. */
  private decide(): AppError | null {
    const held = Buffer.concat(this.head);
    this.head = [];
    const type = sniffType(held);
    if (!type || !this.limits.allowed.includes(type)) {
      return new AppError(
        'file_type_not_allowed',
        `“${this.limits.fileName}”不是允许的文件类型，仅支持 ${allowedNames(this.limits.allowed)}`,
      );
    }
    this.contentType = type;
    this.observe(held);
    this.push(held);
    return null;
  }

  private overLimit(): AppError | undefined {
    if (this.size > this.limits.maxFileBytes) {
      return new AppError(
        'file_too_large',
        `“${this.limits.fileName}”超过单个文件 ${formatMb(this.limits.maxFileBytes)} 的上限`,
        { extensions: { maxFileBytes: this.limits.maxFileBytes } },
      );
    }
    if (this.size > this.limits.remainingBytes) {
      return new AppError('payload_too_large', '本申报的材料总大小将超过上限，请删除部分文件后再上传');
    }
    return undefined;
  }
}

const typeNames: Record<SniffedType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

function allowedNames(allowed: readonly SniffedType[]): string {
  return allowed.map((t) => typeNames[t]).join('、');
}

export function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
