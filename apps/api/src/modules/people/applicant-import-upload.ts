import { applicantImportLimits } from '@zhicheng/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.js';

export const IMPORT_FILE_FIELD = 'file';
const maxMegabytes = applicantImportLimits.maxBytes / (1024 * 1024);

/** The multipart parser's own failures are the client's; anything else is ours. */
function asClientError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('file_too_large', `导入文件不能超过 ${maxMegabytes} MB`, { cause: error });
  }
  if (code === 'FST_FILES_LIMIT') {
    return new AppError('bad_request', '一次只能导入一个文件', { cause: error });
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (code?.startsWith('FST_') || (status !== undefined && status >= 400 && status < 500)) {
    return new AppError('bad_request', '上传的数据不完整或格式不正确，请重新上传', { cause: error });
  }
  return error;
}

/** The one file of an import request (field `file`, at most 1 MB), read into memory. */
export async function receiveImportFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      `请以 multipart/form-data 上传，文件放在 ${IMPORT_FILE_FIELD} 字段中`,
    );
  }
  let file: Buffer | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: applicantImportLimits.maxBytes, files: 1, fields: 10, parts: 11, headerPairs: 100 },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== IMPORT_FILE_FIELD) {
        part.file.resume();
        throw new AppError('bad_request', `文件须放在 multipart 的 ${IMPORT_FILE_FIELD} 字段中`);
      }
      file = await part.toBuffer();
    }
  } catch (error) {
    throw asClientError(error);
  }
  if (!file)
    throw new AppError('bad_request', `请在 multipart 的 ${IMPORT_FILE_FIELD} 字段中选择要导入的 CSV 文件`);
  return file;
}
