import { randomBytes } from 'node:crypto';

/** A signing secret: 256 random bits, `whsec_` + base64url (the prefix tells it apart in a config file). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
