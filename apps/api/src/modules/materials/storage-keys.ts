import { randomBytes } from 'node:crypto';

/**
 * A UUIDv7: its first 48 bits are the creation time in milliseconds. Storage keys carry it so the
 * cleanup job can tell an object's age from its key alone, on every driver (object listings do not
 * agree on timestamps, and a HEAD per object would be slow on S3).
 */
export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const APPLICATIONS_PREFIX = 'applications/';

/** A fresh key for an uploaded object; user input (the file name) never reaches it. */
export function newObjectKey(applicationId: string, now = Date.now()): string {
  return `${APPLICATIONS_PREFIX}${applicationId}/${uuidv7(now)}`;
}

export function thumbnailKeyOf(storageKey: string): string {
  return `${storageKey}-thumb`;
}

const V7_AT_END = /\/([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}(-thumb)?$/;

/** When the object under a generated key was created; undefined for keys the app did not generate. */
export function createdAtOfKey(key: string): number | undefined {
  const match = V7_AT_END.exec(key);
  if (!match) return undefined;
  return Number.parseInt(`${match[1]}${match[2]}`, 16);
}
