import { createHash, randomBytes } from 'node:crypto';

/** Opaque refresh tokens: 256 random bits; only their SHA-256 is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export const REFRESH_COOKIE = 'zc_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

/** Claims of an access token; `sid` ties it to a revocable session. */
export interface AccessTokenClaims {
  sub: string;
  role: string;
  sid: string;
}

export const JWT_ISSUER = 'zhicheng';
export const JWT_AUDIENCE = 'zhicheng-api';
