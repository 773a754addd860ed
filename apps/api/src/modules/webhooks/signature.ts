import { createHmac } from 'node:crypto';

/**
 * The `X-Zhicheng-Signature` value of one attempt: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * t + "." + body)>`. The timestamp is part of the signed text, so a receiver that rejects old `t`
 * values cannot be fed a replayed delivery.
 */
export function signWebhookBody(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}
