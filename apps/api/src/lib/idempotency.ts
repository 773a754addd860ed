import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { problemContentType } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { canonicalJson } from './canonical-json.js';
import type { Clock } from './clock.js';
import {
  type IdempotencyId,
  type IdempotencyRow,
  recordedBody,
  idempotencyRepository as repo,
} from './idempotency-repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request claimed an Idempotency-Key and must record its response. */
    idempotency?: IdempotencyId;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The `Idempotency-Key` request header of POSTs that create or transition (api.md). Loose, so the
 * other headers survive validation (Fastify replaces `request.headers` with the parsed value).
 */
export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, 'Idempotency-Key 应为 1–255 个可见 ASCII 字符（例如 UUID）')
    .optional()
    .describe(
      'Optional. A repeat with the same key (same user, method and path) within 24 h returns the first ' +
        'response without acting again; the same key with a different body → 422 idempotency_key_reused.',
    ),
});

export interface IdempotencyOptions {
  db: Db;
  clock: Clock;
  /** How long a recorded response is replayed (api.md: 24 h). */
  ttlMs?: number;
  /** A claim without a response after this long belongs to a request that died; it may be taken over. */
  staleMs?: number;
  /** How long a repeat waits for the first request to finish before answering 409. */
  waitMs?: number;
  pollMs?: number;
}

function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(body ?? null))
    .digest('hex');
}

/**
 * Route hooks implementing `Idempotency-Key`: `preHandler` claims the key (or replays / waits for the
 * first response), `onSend` records the response the claimant sent. Use after `requireAuth`:
 * keys belong to the authenticated user. Server faults (5xx) are not recorded, so a retry runs again.
 */
export function createIdempotency(options: IdempotencyOptions) {
  const { db, clock } = options;
  const ttlMs = options.ttlMs ?? DAY_MS;
  const staleMs = options.staleMs ?? 60_000;
  const waitMs = options.waitMs ?? 10_000;
  const pollMs = options.pollMs ?? 25;

  function expired(row: IdempotencyRow, now: Date): boolean {
    const age = now.getTime() - row.createdAt.getTime();
    return row.responseStatus === null ? age > staleMs : age > ttlMs;
  }

  function replay(reply: FastifyReply, row: IdempotencyRow) {
    const status = row.responseStatus ?? 500;
    return reply
      .code(status)
      .header('content-type', status >= 400 ? problemContentType : 'application/json; charset=utf-8')
      .header('idempotent-replayed', 'true')
      .send(recordedBody(row));
  }

  async function preHandler(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['idempotency-key'];
    const userId = request.actor?.userId;
    if (typeof key !== 'string' || !userId) return;
    const id: IdempotencyId = { userId, scope: `${request.method} ${request.url.split('?')[0]}`, key };
    const hash = requestHash(request.body);
    const deadline = Date.now() + waitMs;
    while (Date.now() <= deadline) {
      const now = clock.now();
      if (await repo.claim(db, id, hash, now)) {
        request.idempotency = id;
        return;
      }
      const row = await repo.find(db, id);
      if (!row) continue; // released by a failed first request: claim it again
      if (expired(row, now)) {
        // Drops exactly that old row, not a fresh claim another request made meanwhile.
        await repo.dropIfOlder(db, id, new Date(row.createdAt.getTime() + 1));
        continue;
      }
      if (row.requestHash !== hash) {
        throw new AppError(
          'idempotency_key_reused',
          '该 Idempotency-Key 已用于内容不同的请求，请换一个新的 Key',
          {
            errors: [{ path: 'Idempotency-Key', message: '同一个 Key 只能用于同一个请求' }],
          },
        );
      }
      if (row.responseStatus !== null) return replay(reply, row);
      await sleep(pollMs);
    }
    throw new AppError('conflict', '使用同一 Idempotency-Key 的请求仍在处理中，请稍后重试');
  }

  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const id = request.idempotency;
    if (!id) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500 || typeof payload !== 'string') await repo.release(db, id);
    else await repo.complete(db, id, reply.statusCode, payload);
    return payload;
  }

  return { preHandler, onSend };
}

export type Idempotency = ReturnType<typeof createIdempotency>;
