import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../errors/app-error.js';
import { SNIFF_BYTES, type SniffedType, sniffType } from './magic-bytes.js';

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
 * driver discards its partial object) and hashes SHA-256 on the way. Nothing is ever buffered whole.
 */
export class UploadInspector extends Transform {
  contentType: SniffedType | undefined;
  size = 0;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headLength = 0;

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
    if (this.contentType) return callback(null, chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) return callback();
    callback(this.decide());
  }

  override _flush(callback: TransformCallback) {
    if (this.contentType) return callback();
    callback(this.decide());
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
