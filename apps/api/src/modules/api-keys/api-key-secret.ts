import { createHash, randomInt } from 'node:crypto';

/** Every key starts with this, so the authenticate plugin tells keys from JWT access tokens. */
export const API_KEY_PREFIX = 'zck_';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 43 base62 characters carry 256 random bits (62^43 > 2^256). */
const SECRET_LENGTH = 43;
/** How much of a key lists show: the marker and 8 characters, enough to tell keys apart. */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 8;

const shape = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${SECRET_LENGTH}}$`);

export interface IssuedSecret {
  /** The whole key, shown to its creator once and never stored. */
  key: string;
  /** The public start of the key, stored and listed. */
  prefix: string;
  /** SHA-256 (hex) of the key: what the database keeps and looks keys up by. */
  hash: string;
}

/** A fresh key: base62 (no `-` or `_` to break a double-click selection), uniformly random. */
export function issueApiKeySecret(): IssuedSecret {
  let secret = '';
  for (let i = 0; i < SECRET_LENGTH; i++) secret += alphabet[randomInt(alphabet.length)];
  const key = `${API_KEY_PREFIX}${secret}`;
  return { key, prefix: key.slice(0, SHOWN_LENGTH), hash: hashApiKey(key) };
}

/**
 * A key is 256 random bits, so a fast hash is enough: nobody can search that space, and a lookup by
 * hash needs no per-key salt.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether a bearer credential is meant as an API key (it may still be unknown or revoked). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/** Whether a credential has a key's exact shape; anything else is refused without a lookup. */
export function isWellFormedApiKey(credential: string): boolean {
  return shape.test(credential);
}
