import type { QueueSort } from '@zhicheng/contracts';
import { AppError } from '../../errors/app-error.js';

/**
 * Where a keyset page ends: the last row's sort value and id. Time sorts carry the instant as
 * `YYYY-MM-DDTHH:mm:ss.ffffffZ` (microseconds, as PostgreSQL stores it; null for an unsubmitted
 * application under a submitted-time sort), name sorts the applicant's name.
 */
export interface QueueKeyset {
  value: string | null;
  id: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export const isNameSort = (sort: QueueSort) => sort === 'name' || sort === '-name';

/** The opaque `cursor`: base64url JSON `{ s: sort, v: value, id }`. */
export function encodeQueueCursor(sort: QueueSort, keyset: QueueKeyset): string {
  return Buffer.from(JSON.stringify({ s: sort, v: keyset.value, id: keyset.id })).toString('base64url');
}

/** The keyset a cursor names; anything else (tampered, another sort's) is a 400 on `cursor`. */
export function decodeQueueCursor(cursor: string, sort: QueueSort): QueueKeyset {
  const parsed = parse(cursor);
  if (!parsed || parsed.s !== sort || !isValidValue(parsed.v, sort)) {
    throw AppError.validation([{ path: 'cursor', message: '分页游标无效，请从第一页重新加载' }]);
  }
  return { value: parsed.v, id: parsed.id };
}

function parse(cursor: string): { s: unknown; v: string | null; id: string } | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const { s, v, id } = data as Record<string, unknown>;
  if (typeof id !== 'string' || !uuidPattern.test(id)) return undefined;
  if (v !== null && typeof v !== 'string') return undefined;
  return { s, v, id };
}

function isValidValue(value: string | null, sort: QueueSort): boolean {
  if (isNameSort(sort)) return value !== null && value.length <= 200;
  if (value === null) return sort !== '-updatedAt';
  // A real instant (no 2026-02-30), so PostgreSQL's cast cannot fail on it.
  if (!instantPattern.test(value)) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === value.slice(0, 19);
}
