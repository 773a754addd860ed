import {
  type ApiKey,
  type ApiKeyCreate,
  type ApiKeyCreated,
  type ApiKeyScope,
  apiKeyScopes,
} from '@zhicheng/contracts';
import type { Db, DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { hashApiKey, issueApiKeySecret, isWellFormedApiKey } from './api-key-secret.js';
import { type ApiKeyOwner, type ApiKeyRow, apiKeysRepository as repo } from './api-keys-repository.js';

/** `last_used_at` is written at most this often per key, not on every request. */
export const LAST_USED_EVERY_MS = 60_000;

/** The key behind a request, as the guard and the audit trail name it. */
export interface ApiKeyPrincipal {
  id: string;
  name: string;
  prefix: string;
  scopes: readonly ApiKeyScope[];
}

export interface KeyAuthentication {
  actor: Actor;
  apiKey: ApiKeyPrincipal;
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    ownerKind: row.ownerKind,
    unitId: row.unitId,
    scopes: row.scopes as ApiKeyScope[],
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Unit admins keep their unit's keys, the bureau admin the bureau's; the routes admit no one else. */
function ownerOf(actor: Actor): ApiKeyOwner {
  if (actor.role === 'unit_admin' && actor.unitId) return { kind: 'unit', unitId: actor.unitId };
  if (actor.role === 'bureau_admin') return { kind: 'bureau' };
  throw new AppError('forbidden');
}

const invalidKey = () => new AppError('invalid_api_key');

export type ApiKeysService = ReturnType<typeof createApiKeysService>;

/** Integrators' API keys: issued once, stored as SHA-256, revocable, optionally expiring. */
export function createApiKeysService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  function audit(tx: DbOrTx, ctx: RequestContext, actor: Actor, action: string, row: ApiKeyRow) {
    return recordAudit(tx, ctx, {
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      targetType: 'api_key',
      targetId: row.id,
      details: { name: row.name, prefix: row.prefix, ownerKind: row.ownerKind, scopes: row.scopes },
    });
  }

  return {
    async list(actor: Actor): Promise<ApiKey[]> {
      return (await repo.list(db, ownerOf(actor))).map(toApiKey);
    },

    /** Issues a key; the 201 response is the only place its secret ever appears. */
    async create(actor: Actor, input: ApiKeyCreate, ctx: RequestContext): Promise<ApiKeyCreated> {
      const owner = ownerOf(actor);
      const now = clock.now();
      const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt <= now) {
        throw AppError.validation([{ path: 'expiresAt', message: '到期时间须晚于当前时间' }]);
      }
      const secret = issueApiKeySecret();
      const row = await db.transaction(async (tx) => {
        const inserted = await repo.insert(tx, {
          name: input.name,
          prefix: secret.prefix,
          keyHash: secret.hash,
          ownerKind: owner.kind,
          unitId: owner.kind === 'unit' ? owner.unitId : null,
          // Stored in the contract's order, whatever order they were picked in.
          scopes: apiKeyScopes.filter((scope) => input.scopes.includes(scope)),
          createdBy: actor.userId,
          createdAt: now,
          expiresAt,
        });
        await audit(tx, ctx, actor, 'api_key.created', inserted);
        return inserted;
      });
      return { ...toApiKey(row), key: secret.key };
    },

    /** Revokes one of the owner's keys at once; revoking it again changes nothing. */
    async revoke(actor: Actor, id: string, ctx: RequestContext): Promise<ApiKey> {
      const owner = ownerOf(actor);
      return db.transaction(async (tx) => {
        const current = await repo.findOwned(tx, owner, id);
        if (!current) throw AppError.notFound('没有找到该 API 密钥');
        if (current.revokedAt) return toApiKey(current);
        const revoked = (await repo.revoke(tx, current.id, clock.now())) ?? current;
        await audit(tx, ctx, actor, 'api_key.revoked', revoked);
        return toApiKey(revoked);
      });
    },

    /**
     * The actor a key acts as: its creator, with the role of the admin of its owner (a unit admin of its
     * unit, or the bureau admin), so it sees exactly what that admin sees. Unknown, revoked or expired
     * keys, and keys whose creator's account is no longer active, are refused alike.
     */
    async authenticate(key: string): Promise<KeyAuthentication> {
      if (!isWellFormedApiKey(key)) throw invalidKey();
      const found = await repo.findByHash(db, hashApiKey(key));
      const now = clock.now();
      if (!found) throw invalidKey();
      const { key: row, creator, unit } = found;
      if (row.revokedAt || (row.expiresAt && row.expiresAt <= now) || creator.status !== 'active') {
        throw invalidKey();
      }
      if (row.ownerKind === 'unit' && !unit) throw invalidKey();
      if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
        await repo.touchLastUsed(db, row.id, now, new Date(now.getTime() - LAST_USED_EVERY_MS));
      }
      const unitKey = row.ownerKind === 'unit';
      return {
        apiKey: { id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes as ApiKeyScope[] },
        actor: {
          userId: creator.id,
          username: creator.username,
          role: unitKey ? 'unit_admin' : 'bureau_admin',
          name: creator.name,
          sessionId: `api-key:${row.id}`,
          mustChangePassword: false,
          unitId: unitKey ? row.unitId : null,
          departmentId: null,
          committeeId: null,
          unit: unitKey ? unit : null,
          department: null,
          committee: null,
        },
      };
    },
  };
}
