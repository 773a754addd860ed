import { type Db, pgErrorCode, type Tx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { bumpCatalogVersion } from './catalog-reader.js';

export interface CatalogEdit<T> {
  action: string;
  targetType: string;
  /** What a person calls the thing, for messages: 系列, 专业, 评委会 … */
  label: string;
  /** Field that carries a duplicate code or name, for the 409's field error. */
  uniqueField?: string;
  run(tx: Tx): Promise<T & { id: string }>;
}

/**
 * Runs one catalogue edit: in a transaction with the audit event and the catalogue version bump.
 * A reference that blocks a delete becomes 409 "deactivate instead"; a duplicate code becomes 409.
 */
export async function editCatalog<T>(
  db: Db,
  actor: Actor,
  ctx: RequestContext,
  edit: CatalogEdit<T>,
): Promise<T & { id: string }> {
  try {
    return await db.transaction(async (tx) => {
      const result = await edit.run(tx);
      await bumpCatalogVersion(tx);
      await recordAudit(tx, ctx, {
        actorId: actor.userId,
        actorRole: actor.role,
        action: edit.action,
        targetType: edit.targetType,
        targetId: result.id,
      });
      return result;
    });
  } catch (error) {
    const code = pgErrorCode(error);
    if (code === '23503') {
      throw new AppError('conflict', `该${edit.label}已被使用，不能删除；如不再使用，请将其停用`);
    }
    if (code === '23505') {
      const field = edit.uniqueField ?? 'code';
      throw new AppError('conflict', `${edit.label}编码或名称已存在`, {
        errors: [{ path: field, message: '已存在，请换一个' }],
      });
    }
    throw error;
  }
}

export function notFound(label: string) {
  return AppError.notFound(`没有找到该${label}`);
}
