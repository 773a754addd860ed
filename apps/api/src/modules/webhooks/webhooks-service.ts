import { randomUUID } from 'node:crypto';
import { WEBHOOK_PING_EVENT, type WebhookCreate } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import type { WebhookConfig } from '../../config.js';
import { AppError } from '../../errors/app-error.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { deliveriesRepository as deliveries } from './deliveries-repository.js';
import { queueAttempt } from './delivery-jobs.js';
import { envelopeBody } from './delivery-service.js';
import { checkTarget, type HostResolver } from './target-guard.js';
import { generateWebhookSecret } from './webhook-secret.js';
import { webhooksRepository as repo, type WebhookOwner, type WebhookRow } from './webhooks-repository.js';

export interface WebhooksServiceDeps {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  config: WebhookConfig;
  resolve: HostResolver;
}

/** A unit admin manages the unit's webhooks, the bureau admin the bureau's; nobody else any. */
export function webhookOwnerOf(actor: Actor): WebhookOwner {
  if (actor.role === 'unit_admin' && actor.unitId) return { kind: 'unit', unitId: actor.unitId };
  if (actor.role === 'bureau_admin') return { kind: 'bureau' };
  throw new AppError('forbidden');
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;

export function createWebhooksService(deps: WebhooksServiceDeps) {
  const { db, clock, queue, config } = deps;

  async function load(owner: WebhookOwner, id: string): Promise<WebhookRow> {
    const found = await repo.find(db, owner, id);
    if (!found) throw AppError.notFound('没有找到该推送地址');
    return found;
  }

  /** Refuses a target on a private network (422) or one that does not resolve (validation). */
  async function assertTargetAllowed(url: string): Promise<void> {
    const check = await checkTarget(new URL(url), {
      resolve: deps.resolve,
      allowPrivateNetworks: config.allowPrivateNetworks,
    });
    if (check.ok) return;
    if (check.reason === 'unresolvable') {
      throw AppError.validation([{ path: 'url', message: '无法解析该地址的域名' }]);
    }
    const message = `该地址指向内网或本机（${check.address}），不允许推送`;
    throw new AppError('webhook_target_forbidden', message, { errors: [{ path: 'url', message }] });
  }

  return {
    list(actor: Actor, page: { limit: number; offset: number }) {
      return repo.list(db, webhookOwnerOf(actor), page);
    },

    /** Creates a subscription; the returned row carries the secret, shown to the caller once. */
    async create(actor: Actor, input: WebhookCreate, ctx: RequestContext): Promise<WebhookRow> {
      const owner = webhookOwnerOf(actor);
      await assertTargetAllowed(input.url);
      return db.transaction(async (tx) => {
        const webhook = await repo.insert(tx, {
          ownerKind: owner.kind,
          unitId: owner.kind === 'unit' ? owner.unitId : null,
          url: input.url,
          events: [...new Set(input.events)],
          description: input.description || null,
          secret: generateWebhookSecret(),
          createdBy: actor.userId,
        });
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'webhook.created',
          targetType: 'webhook',
          targetId: webhook.id,
          details: { url: webhook.url, events: webhook.events },
        });
        return webhook;
      });
    },

    async remove(actor: Actor, id: string, ctx: RequestContext): Promise<void> {
      const owner = webhookOwnerOf(actor);
      await db.transaction(async (tx) => {
        const removed = await repo.delete(tx, owner, id);
        if (!removed) throw AppError.notFound('没有找到该推送地址');
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'webhook.deleted',
          targetType: 'webhook',
          targetId: id,
          details: { url: removed.url },
        });
      });
    },

    async deliveries(actor: Actor, id: string, page: { limit: number; cursor: string | undefined }) {
      const webhook = await load(webhookOwnerOf(actor), id);
      return deliveries.list(db, webhook.id, page);
    },

    /** A `webhook.ping` delivery through the same queue, signing and retries as real events. */
    async ping(actor: Actor, id: string) {
      const webhook = await load(webhookOwnerOf(actor), id);
      const eventId = randomUUID();
      const [delivery] = await deliveries.insertNew(db, [
        {
          webhookId: webhook.id,
          eventId,
          eventType: WEBHOOK_PING_EVENT,
          body: envelopeBody({
            id: eventId,
            type: WEBHOOK_PING_EVENT,
            occurredAt: clock.now().toISOString(),
            data: { webhookId: webhook.id },
          }),
        },
      ]);
      if (!delivery) throw new Error('ping delivery not inserted');
      await queueAttempt(queue, { deliveryId: delivery.id, attempt: 0 });
      return delivery;
    },
  };
}
