import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

/** The version an `If-Match` header names (`3`, `"3"` or `W/"3"`), or undefined when absent. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const raw = request.headers['if-match'];
  if (raw === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(raw).trim());
  if (!match) {
    throw new AppError('bad_request', 'If-Match 头应为资源的版本号，例如 "3"', {
      errors: [{ path: 'If-Match', message: '版本号格式不正确' }],
    });
  }
  return Number(match[1]);
}

/** `?cursor=` of offset-paginated lists: the number of rows already seen. */
export function offsetFromCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = Number(cursor);
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw AppError.validation([{ path: 'cursor', message: '分页游标无效' }]);
  }
  return offset;
}

export function nextCursor(offset: number, pageSize: number, total: number): string | null {
  return offset + pageSize < total ? String(offset + pageSize) : null;
}
