import { pipeline } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import type { ObjectStorage } from '../../storage/object-storage.js';
import type { SniffedType } from './magic-bytes.js';
import { newObjectKey } from './storage-keys.js';
import { UploadInspector } from './upload-inspector.js';

export interface ReceivedFile {
  storageKey: string;
  fileName: string;
  contentType: SniffedType;
  size: number;
  sha256: string;
}

export interface ReceiveOptions {
  applicationId: string;
  allowed: readonly SniffedType[];
  maxFileBytes: number;
  /** How many more files this request may add. */
  maxFiles: number;
  tooManyFilesMessage: string;
  /** What is left of the application's byte quota. */
  remainingBytes: number;
}

export const FILE_FIELD = 'file';
const PARSER_BUFFER_BYTES = 1024 * 1024;

/**
 * Streams every `file` part of a multipart request into storage, one after the other, checking type,
 * size and counts on the way. All or nothing: on any failure the objects this request already stored are
 * deleted before the error propagates, so the caller writes rows only for a complete set.
 */
export async function receiveFiles(
  request: FastifyRequest,
  storage: ObjectStorage,
  options: ReceiveOptions,
): Promise<ReceivedFile[]> {
  const received: ReceivedFile[] = [];
  let usedBytes = 0;
  try {
    const parts = request.parts({
      // Larger buffers than busboy's 16 KB defaults: otherwise parsing pauses the socket on every read.
      highWaterMark: PARSER_BUFFER_BYTES,
      fileHwm: PARSER_BUFFER_BYTES,
      limits: {
        // One byte over our own limits, so the inspector and the count below answer with our codes.
        fileSize: options.maxFileBytes + 1,
        files: options.maxFiles + 1,
        fields: 20,
        fieldSize: 4096,
        parts: options.maxFiles + 21,
        headerPairs: 100,
      },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== FILE_FIELD) {
        part.file.resume();
        throw new AppError('bad_request', `文件须放在 multipart 的 ${FILE_FIELD} 字段中`);
      }
      if (received.length >= options.maxFiles) {
        part.file.resume();
        throw new AppError('too_many_files', options.tooManyFilesMessage);
      }
      const file = await storeOne(part, storage, options, options.remainingBytes - usedBytes);
      received.push(file);
      usedBytes += file.size;
    }
  } catch (error) {
    await Promise.allSettled(received.map((f) => storage.delete(f.storageKey)));
    throw asClientError(error);
  }
  if (received.length === 0) {
    throw new AppError('bad_request', `请在 multipart 的 ${FILE_FIELD} 字段中选择要上传的文件`);
  }
  return received;
}

async function storeOne(
  part: MultipartFile,
  storage: ObjectStorage,
  options: ReceiveOptions,
  remainingBytes: number,
): Promise<ReceivedFile> {
  const fileName = displayName(part.filename);
  const inspector = new UploadInspector({
    allowed: options.allowed,
    maxFileBytes: options.maxFileBytes,
    remainingBytes,
    fileName,
  });
  const storageKey = newObjectKey(options.applicationId);
  let sourceFailed = false;
  part.file.once('error', () => {
    sourceFailed = true;
  });
  // `pipeline` passes an error on either side to the other, so a refused file fails the driver's write
  // (which discards its partial object) and a broken request body fails the inspector.
  pipeline(part.file, inspector, () => {});
  try {
    await storage.put(storageKey, inspector, { contentType: inspector.contentType });
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    if (error instanceof AppError) throw error;
    if (sourceFailed)
      throw new AppError('bad_request', '上传的数据不完整或格式不正确，请重新上传', { cause: error });
    throw error;
  }
  if (!inspector.contentType) throw new Error('upload inspector finished without a type');
  return {
    storageKey,
    fileName,
    contentType: inspector.contentType,
    size: inspector.size,
    sha256: inspector.sha256,
  };
}

/** The multipart parser's own failures are the client's: a broken body or a limit of the parser. */
function asClientError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('file_too_large', undefined, { cause: error });
  if (code === 'FST_FILES_LIMIT') return new AppError('too_many_files', undefined, { cause: error });
  const status = (error as { statusCode?: number }).statusCode;
  const multipartFailure =
    (typeof code === 'string' && code.startsWith('FST_')) ||
    (status !== undefined && status >= 400 && status < 500) ||
    /multipart|boundary|unexpected end of form|part terminated|malformed/i.test(
      String((error as Error).message),
    );
  if (multipartFailure) {
    return new AppError('bad_request', '上传的数据不完整或格式不正确，请重新上传', { cause: error });
  }
  return error;
}

/** Display only: strip any path a browser sent and cap the length. */
function displayName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  return (base || '未命名文件').slice(0, 200);
}
