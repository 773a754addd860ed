import http from 'node:http';
import https from 'node:https';
import {
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_EVENT_TYPE_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
} from '@zhicheng/contracts';
import { signWebhookBody } from './signature.js';
import {
  checkTarget,
  type HostResolver,
  hostOf,
  pinnedLookup,
  type ResolvedAddress,
} from './target-guard.js';

export interface AttemptRequest {
  url: string;
  secret: string;
  /** The stored envelope: every retry sends these exact bytes. */
  body: string;
  eventId: string;
  eventType: string;
  /** The attempt's time, signed as `t`. */
  at: Date;
  timeoutMs: number;
  resolve: HostResolver;
  allowPrivateNetworks: boolean;
}

export interface AttemptOutcome {
  /** The receiver's status; null when none came (refused target, no connection, timeout). */
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
}

export const isSuccess = (outcome: AttemptOutcome) =>
  outcome.responseStatus !== null && outcome.responseStatus >= 200 && outcome.responseStatus < 300;

/**
 * One delivery attempt: re-checks the target (its DNS answer may have changed since the webhook was
 * created), then POSTs the signed body to exactly the checked addresses. Redirects are not followed
 * (a 3xx is a failed attempt); the whole attempt, resolution included, has `timeoutMs`.
 */
export async function sendAttempt(request: AttemptRequest): Promise<AttemptOutcome> {
  const started = performance.now();
  const outcome = (responseStatus: number | null, error: string | null): AttemptOutcome => ({
    responseStatus,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  const signal = AbortSignal.timeout(request.timeoutMs);
  const timedOut = `${Math.round(request.timeoutMs / 100) / 10} 秒内无响应，已超时`;
  const url = new URL(request.url);

  const target = await Promise.race([
    checkTarget(url, { resolve: request.resolve, allowPrivateNetworks: request.allowPrivateNetworks }),
    new Promise<null>((resolve) => signal.addEventListener('abort', () => resolve(null), { once: true })),
  ]);
  if (target === null) return outcome(null, timedOut);
  if (!target.ok) {
    return outcome(
      null,
      target.reason === 'forbidden'
        ? `目标地址 ${target.address} 属于内网或本机，已拒绝推送`
        : `无法解析域名 ${hostOf(url)}`,
    );
  }

  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(request.body)),
    'user-agent': 'zhicheng-webhooks/1',
    [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(request.secret, request.body, request.at),
    [WEBHOOK_EVENT_ID_HEADER]: request.eventId,
    [WEBHOOK_EVENT_TYPE_HEADER]: request.eventType,
  };
  try {
    const status = await post(url, target.addresses, headers, request.body, signal);
    return outcome(status, null);
  } catch (error) {
    if (signal.aborted) return outcome(null, timedOut);
    const code = (error as NodeJS.ErrnoException).code;
    return outcome(null, `连接失败：${code ?? (error as Error).message}`);
  }
}

function post(
  url: URL,
  addresses: ResolvedAddress[],
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      { method: 'POST', headers, lookup: pinnedLookup(addresses), agent: false, signal },
      (response) => {
        // Only the status counts; the body is not read (a receiver could stream forever).
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
