import type { Db } from '@zhicheng/db';
import type { FastifyRequest } from 'fastify';
import { type RequestContext, recordAudit } from '../modules/audit/audit-repository.js';
import { requestContext } from '../plugins/authenticate.js';
import type { Clock } from './clock.js';

/**
 * Refused access as audit events (ASVS 16.3.2): an authenticated caller's 403 `forbidden`, or a 404 on an
 * object route (another tenant's object answers "not found", so a probe shows as a run of these). One
 * caller gets at most `perMinute` events a minute so a scripted probe cannot flood the trail; the rest
 * are counted and recorded as one `access.denied_suppressed` event once the minute is over (at the
 * caller's next refusal, or when the app closes).
 */
export interface DeniedAccessAudit {
  record(request: FastifyRequest, status: number, code: string): Promise<void>;
  /** Writes the summaries still pending (the app closes). */
  flush(): Promise<void>;
}

const windowMs = 60_000;
/** Windows kept before expired ones are swept (their summaries written first). */
const sweepAbove = 1000;

interface Window {
  start: number;
  recorded: number;
  suppressed: number;
  ctx: RequestContext;
  actorId: string;
  actorRole: string;
}

/** Whether a refusal is one the trail records (see `DeniedAccessAudit`). */
export function isAuditedDenial(request: FastifyRequest, code: string): boolean {
  if (!request.actor || !request.url.startsWith('/api/v1/')) return false;
  if (code === 'forbidden') return true;
  // Only object routes (`/applications/:id`): an unknown path's 404 is no probe of someone's object.
  return code === 'not_found' && (request.routeOptions.url ?? '').includes(':');
}

export function createDeniedAccessAudit(deps: {
  db: Db;
  clock: Clock;
  perMinute?: number;
}): DeniedAccessAudit {
  const perMinute = deps.perMinute ?? 10;
  const windows = new Map<string, Window>();

  async function writeSummary(window: Window) {
    if (window.suppressed === 0) return;
    const count = window.suppressed;
    window.suppressed = 0;
    await recordAudit(deps.db, window.ctx, {
      actorId: window.actorId,
      actorRole: window.actorRole,
      action: 'access.denied_suppressed',
      details: {
        count,
        from: new Date(window.start).toISOString(),
        to: new Date(window.start + windowMs).toISOString(),
      },
    });
  }

  /** Takes the windows whose minute is over out of the map; their summaries are written by the caller. */
  function takeExpired(now: number): Window[] {
    const expired: Window[] = [];
    for (const [key, window] of windows) {
      if (now - window.start < windowMs) continue;
      windows.delete(key);
      expired.push(window);
    }
    return expired;
  }

  return {
    async record(request, status, code) {
      const actor = request.actor;
      if (!actor) return;
      const now = deps.clock.now().getTime();
      const key = request.apiKey ? `api-key:${request.apiKey.id}` : `user:${actor.userId}`;
      const ctx = requestContext(request);
      // Decided synchronously, so parallel refusals count against one window and the cap holds.
      const expired: Window[] = [];
      let window = windows.get(key);
      if (window && now - window.start >= windowMs) {
        windows.delete(key);
        expired.push(window);
        window = undefined;
      }
      if (!window) {
        if (windows.size >= sweepAbove) expired.push(...takeExpired(now));
        window = {
          start: now,
          recorded: 0,
          suppressed: 0,
          ctx,
          actorId: actor.userId,
          actorRole: actor.role,
        };
        windows.set(key, window);
      }
      const recorded = window.recorded < perMinute;
      if (recorded) window.recorded += 1;
      else window.suppressed += 1;
      for (const old of expired) await writeSummary(old);
      if (!recorded) return;
      const params = (request.params ?? {}) as Record<string, unknown>;
      const target = params.id ?? Object.values(params)[0];
      await recordAudit(deps.db, ctx, {
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'access.denied',
        targetId: typeof target === 'string' ? target.slice(0, 100) : null,
        details: { method: request.method, route: request.routeOptions.url, status, code },
      });
    },
    async flush() {
      const pending = [...windows.values()];
      windows.clear();
      for (const window of pending) await writeSummary(window);
    },
  };
}
